import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import { embedSourcePages, placementMatrix } from './certificate-pdf';
import { openCertificatePdf } from './open-certificate-pdf';
import type { EmbeddedSourcePage } from './certificate-pdf';
import { certificateArea, drawExhibitBand, drawHairline, fitIntoArea, pageSize } from './certificate-page';
import type { PreparedImage } from './prepared-image';
import { readCertificateBytes } from './certificates';
import type { InspectedCertificate } from './certificates';
import { CertificateReadError, describeReadError, reasons } from './certificate-errors';
import { drawXObject } from './draw';
import { addDescriptionPage, addPlaceholderPage } from './exhibit-pages';
import type { PacketContext } from './layout';
import type { ExhibitPlan, PacketPlan, PlannedCertificate } from './plan';
import type { BuildPacketOptions, CertificateProblem } from './types';
import { PacketProblemsError, throwIfAborted, yieldToEventLoop } from './types';

/** PDF certificates are shown at their real size or smaller, never enlarged. */
const maxPdfScale = 1;

function detailText(fileIndex: number, fileCount: number, pageIndex: number, pageCount: number): string {
  const parts: string[] = [];
  if (fileCount > 1) parts.push(`File ${fileIndex} of ${fileCount}`);
  if (pageCount > 1) parts.push(`Page ${pageIndex} of ${pageCount}`);
  return parts.join(' · ');
}

function placePdfPage(
  ctx: PacketContext,
  exhibit: ExhibitPlan,
  source: EmbeddedSourcePage,
  detail: string,
): PDFPage {
  const landscape = source.displayWidth > source.displayHeight;
  const page = ctx.doc.addPage(pageSize(landscape));
  drawExhibitBand(ctx, page, exhibit, detail);
  const fit = fitIntoArea(certificateArea(landscape), source.displayWidth, source.displayHeight, maxPdfScale);
  drawHairline(page, fit);
  drawXObject(page, source.ref, 'Certificate', placementMatrix(source, fit.scale, fit.x, fit.y));
  return page;
}

async function placeImage(
  ctx: PacketContext,
  exhibit: ExhibitPlan,
  image: PreparedImage,
  detail: string,
): Promise<PDFPage> {
  const page = ctx.doc.addPage(pageSize(image.landscape));
  drawExhibitBand(ctx, page, exhibit, detail);
  const embedded = await ctx.doc.embedJpg(image.jpeg);
  drawHairline(page, image.placed);
  const { x, y, width, height } = image.placed;
  drawXObject(page, embedded.ref, 'Photo', [width, 0, 0, height, x, y]);
  return page;
}

async function placePdfCertificate(
  ctx: PacketContext,
  exhibit: ExhibitPlan,
  sha256: string,
  fileIndex: number,
  opened: PDFDocument | null,
): Promise<PDFPage[]> {
  const sourceDoc: PDFDocument =
    opened ??
    (await openCertificatePdf(
      await readCertificateBytes(ctx.source, sha256),
      ctx.source.options.passwords[sha256],
    ));
  let embedded: EmbeddedSourcePage[];
  try {
    embedded = embedSourcePages(ctx.doc, sourceDoc);
  } catch (error) {
    // Opening checks the page list and how each page is compressed; damage inside a
    // page's streams or resources is met only here, when they are copied.
    throw new CertificateReadError(reasons.pdfPageUnreadable, false, error);
  }
  return embedded.map((sourcePage, i) =>
    placePdfPage(
      ctx,
      exhibit,
      sourcePage,
      detailText(fileIndex, exhibit.certificates.length, i + 1, embedded.length),
    ),
  );
}

export interface ExhibitRun {
  /** What the check found, by SHA-256; certificates not in it are read when reached (previews). */
  inspected: Map<string, InspectedCertificate>;
  inspect(planned: PlannedCertificate): Promise<InspectedCertificate>;
  /** Problems already accepted (placeholders allowed); later ones are added here. */
  problems: CertificateProblem[];
  describeFor: string;
  options: BuildPacketOptions;
  onCertificate(): void;
}

/**
 * Appends every exhibit: an optional description page, then each certificate's pages
 * (or a placeholder), yielding to the event loop between certificates.
 */
export async function addExhibits(ctx: PacketContext, plan: PacketPlan, run: ExhibitRun): Promise<void> {
  const { signal, maxPages } = run.options;
  for (const exhibit of plan.exhibits) {
    if (maxPages !== undefined && ctx.doc.getPageCount() >= maxPages) return;
    const before = ctx.doc.getPageCount();
    if (exhibit.describe) addDescriptionPage(ctx, exhibit, run.describeFor);
    for (const [i, certificate] of exhibit.certificates.entries()) {
      throwIfAborted(signal);
      const fileIndex = i + 1;
      const detail = detailText(fileIndex, exhibit.certificates.length, 1, 1);
      let inspected = run.inspected.get(certificate.sha256);
      if (!inspected) {
        inspected = await run.inspect({ certificate, exhibit, index: fileIndex });
        run.inspected.set(certificate.sha256, inspected);
        if (inspected.kind === 'problem') {
          if (!ctx.source.options.allowPlaceholders) throw new PacketProblemsError([inspected.problem]);
          run.problems.push(inspected.problem);
        }
      }
      if (inspected.kind === 'problem') {
        addPlaceholderPage(ctx, exhibit, inspected.problem, detail);
      } else if (inspected.kind === 'image') {
        await placeImage(ctx, exhibit, inspected.image, detail);
      } else {
        try {
          const opened = inspected.doc;
          // Let the parsed file go once placed; a later exhibit with the same file reads it again.
          inspected.doc = null;
          await placePdfCertificate(ctx, exhibit, certificate.sha256, fileIndex, opened);
        } catch (error) {
          const problem = {
            ...describeReadError(error),
            activityId: exhibit.activity.id,
            activityTitle: exhibit.activity.title,
            certificateSha256: certificate.sha256,
            fileName: certificate.fileName,
          };
          if (!ctx.source.options.allowPlaceholders) throw new PacketProblemsError([problem]);
          run.problems.push(problem);
          addPlaceholderPage(ctx, exhibit, problem, detail);
        }
      }
      run.onCertificate();
      await yieldToEventLoop();
    }
    const pages = ctx.doc.getPages().slice(before);
    for (const page of pages) ctx.exhibitPages.add(page);
    const first = pages[0];
    if (first) {
      exhibit.startPage = first;
      ctx.exhibits.push({ number: exhibit.number, title: exhibit.activity.title, page: first });
    }
  }
}
