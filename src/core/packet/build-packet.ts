import { PDFDocument } from '@cantoo/pdf-lib';
import type { PDFPage } from '@cantoo/pdf-lib';
import { drawActivityLog } from './activity-log';
import { drawAttestation } from './attestation';
import { distinctCertificates, inspectAll, inspectCertificate } from './certificates';
import type { InspectedCertificate } from './certificates';
import { compressWithZlib } from './compress';
import { drawCover } from './cover';
import { writePageContents } from './draw';
import type { ContentsEntry } from './cover';
import { addExhibits } from './exhibits';
import { embedPacketFonts } from './fonts';
import { drawFooters } from './footer';
import { Flow } from './layout';
import type { PacketContext } from './layout';
import { writeLinks } from './links';
import { drawManifest } from './manifest';
import { setPacketMetadata } from './metadata';
import { drawNotCounted } from './not-counted';
import { writeOutline } from './outline';
import type { OutlineEntry } from './outline';
import { planPacket } from './plan';
import { openItemsFor } from './preflight';
import type { PacketPlan } from './plan';
import { drawSummary } from './summary';
import { Typesetter } from './text';
import type { BuildPacketOptions, BuiltPacket, CertificateProblem, PacketSource } from './types';
import { PacketProblemsError, throwIfAborted, yieldToEventLoop } from './types';

/** Bytes of certificate PDFs kept parsed between the check and the exhibits. */
const keepOpenBudget = 24 * 1024 * 1024;

/** Every certificate the packet would include that cannot be read, once per file. */
export async function checkCertificates(source: PacketSource): Promise<CertificateProblem[]> {
  const results = await inspectAll(source, distinctCertificates(planPacket(source).certificates));
  return results.flatMap((result) => (result.kind === 'problem' ? [result.problem] : []));
}

function contentsFor(source: PacketSource, plan: PacketPlan): ContentsEntry[] {
  const entries: ContentsEntry[] = [
    { title: 'Compliance summary', target: { section: 'Compliance summary' } },
    { title: 'Activity log', detail: `${plan.logged.length} counted`, target: { section: 'Activity log' } },
  ];
  if (source.options.includeNotCounted) {
    entries.push({
      title: 'Activities not counted',
      detail: `${plan.notCounted.length} listed`,
      target: { section: 'Activities not counted' },
    });
  }
  entries.push({ title: 'Attestation', target: { section: 'Attestation' } });
  if (plan.exhibits.length > 0) {
    const range = plan.exhibits.length === 1 ? 'Exhibit 1' : `Exhibits 1–${plan.exhibits.length}`;
    entries.push({ title: 'Exhibits', detail: range, target: { firstExhibit: true } });
  }
  if (source.options.includeManifest)
    entries.push({ title: 'Certificate manifest', target: { section: 'Certificate manifest' } });
  return entries;
}

function outlineFor(ctx: PacketContext): OutlineEntry[] {
  const entries: OutlineEntry[] = ctx.sections
    .filter((section) => section.title !== 'Certificate manifest')
    .map((section) => ({ title: section.title, page: section.page }));
  if (ctx.exhibits.length > 0) {
    entries.push({
      title: 'Exhibits',
      page: ctx.exhibits[0]!.page,
      open: true,
      children: ctx.exhibits.map((exhibit) => ({
        title: `Exhibit ${exhibit.number} — ${exhibit.title}`,
        page: exhibit.page,
      })),
    });
  }
  const manifest = ctx.sections.find((section) => section.title === 'Certificate manifest');
  if (manifest) entries.push({ title: manifest.title, page: manifest.page });
  return entries;
}

/**
 * Builds the packet in memory: cover, compliance summary, activity log, activities not
 * counted, attestation, exhibits and manifest, with an outline, links, and a footer on
 * every page. Throws PacketProblemsError (before anything is written) when certificates
 * cannot be read and placeholders are not allowed; throws an AbortError when cancelled.
 */
export async function buildPacket(
  source: PacketSource,
  options: BuildPacketOptions = {},
): Promise<BuiltPacket> {
  const { onProgress, signal, maxPages } = options;
  throwIfAborted(signal);
  const plan = planPacket(source);
  const distinct = distinctCertificates(plan.certificates);
  const checkFirst = maxPages === undefined;
  const total = (checkFirst ? distinct.length : 0) + plan.certificates.length + 2;
  let done = 0;
  const report = (stage: string) => onProgress?.({ done, total, stage });

  const inspected = new Map<string, InspectedCertificate>();
  const problems: CertificateProblem[] = [];
  let keptPdfBytes = 0;
  if (checkFirst) {
    // Reading every certificate first means a problem stops the build before any work
    // is wasted, and the prepared images are kept for the exhibits.
    report('Checking certificates');
    const results = await inspectAll(source, distinct, {
      signal,
      onEach(planned, result) {
        if (result.kind === 'pdf') {
          // Small PDFs stay open for the exhibits; large ones are read again when placed.
          if (keptPdfBytes + result.size <= keepOpenBudget) keptPdfBytes += result.size;
          else result.doc = null;
        }
        inspected.set(planned.certificate.sha256, result);
        done += 1;
        report('Checking certificates');
      },
    });
    for (const result of results) if (result.kind === 'problem') problems.push(result.problem);
    if (problems.length > 0 && !source.options.allowPlaceholders) throw new PacketProblemsError(problems);
  }

  throwIfAborted(signal);
  report('Writing the summary and activity log');
  const doc = await PDFDocument.create({ updateMetadata: false });
  compressWithZlib(doc.context);
  const fonts = await embedPacketFonts(
    doc,
    JSON.stringify([
      source.holder,
      source.credential,
      source.pack,
      source.evaluation,
      source.activities,
      source.audit ?? null,
    ]),
  );
  const numbers = new Map<PDFPage, number>();
  const ctx: PacketContext = {
    doc,
    fonts,
    type: new Typesetter(fonts),
    source,
    openItems: openItemsFor(source),
    placeholders: problems,
    sections: [],
    exhibits: [],
    links: [],
    deferred: [],
    exhibitPages: new Set(),
    pageNumber: (page) => numbers.get(page) ?? null,
  };
  drawCover(ctx, contentsFor(source, plan));
  const flow = new Flow(ctx);
  drawSummary(ctx, flow);
  drawActivityLog(ctx, flow, plan);
  if (source.options.includeNotCounted) drawNotCounted(ctx, flow, plan);
  drawAttestation(ctx, flow);
  done += 1;
  report('Adding exhibits');
  await yieldToEventLoop();

  await addExhibits(ctx, plan, {
    inspected,
    inspect: (planned) => inspectCertificate(source, planned),
    problems,
    describeFor: source.pack.approvedProviders?.label ?? `${source.pack.body}-approved providers`,
    options,
    onCertificate() {
      done += 1;
      report('Adding exhibits');
    },
  });
  throwIfAborted(signal);
  const stoppedEarly = maxPages !== undefined && doc.getPageCount() >= maxPages;
  if (source.options.includeManifest && !stoppedEarly) drawManifest(new Flow(ctx), plan);

  report('Saving');
  doc.getPages().forEach((page, index) => numbers.set(page, index + 1));
  for (const draw of ctx.deferred) draw();
  writeLinks(ctx);
  drawFooters(ctx);
  writeOutline(doc, outlineFor(ctx));
  setPacketMetadata(doc, source);
  writePageContents(doc);
  const bytes = await doc.save({
    // Object streams would save about a third of the packet's own pages (40 KB in a packet
    // of 60 one-page certificates, nothing next to the photos) but pdf-lib compresses them
    // in JavaScript, which cost a sixth of the time of such a packet.
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: 1000,
  });
  throwIfAborted(signal);
  done = total;
  report('Done');
  return { bytes, pageCount: doc.getPageCount(), problems, openItems: ctx.openItems };
}
