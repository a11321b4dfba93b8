import type { PDFDocument } from '@cantoo/pdf-lib';
import { isUserError } from '../errors';
import { openCertificatePdf } from './certificate-pdf';
import { prepareImage, sniffCertificate } from './certificate-image';
import type { PreparedImage } from './certificate-image';
import { CertificateReadError, describeReadError, reasons } from './certificate-errors';
import type { PlannedCertificate } from './plan';
import type { CertificateProblem, PacketSource } from './types';

/** What reading one certificate found: something to place, or a problem to report. */
export type InspectedCertificate =
  | { kind: 'pdf'; pageCount: number; size: number; doc: PDFDocument | null }
  | { kind: 'image'; image: PreparedImage }
  | { kind: 'problem'; problem: CertificateProblem };

export async function readCertificateBytes(source: PacketSource, sha256: string): Promise<Uint8Array> {
  try {
    return await source.readCertificate(sha256);
  } catch (error) {
    // The store's own errors are already written for the holder (missing, or changed on disk).
    throw new CertificateReadError(
      isUserError(error) ? error.message : reasons.missingFromStore,
      false,
      error,
    );
  }
}

/**
 * Reads one certificate the way the packet will: a PDF is opened (and decrypted), an
 * image is decoded and prepared. Problems come back as values, not exceptions.
 */
export async function inspectCertificate(
  source: PacketSource,
  planned: PlannedCertificate,
): Promise<InspectedCertificate> {
  const { certificate, exhibit } = planned;
  try {
    const bytes = await readCertificateBytes(source, certificate.sha256);
    const kind = sniffCertificate(bytes);
    if (kind === 'empty') throw new CertificateReadError(reasons.empty);
    if (kind === 'pdf') {
      const doc = await openCertificatePdf(bytes, source.options.passwords[certificate.sha256]);
      return { kind: 'pdf', pageCount: doc.getPageCount(), size: bytes.length, doc };
    }
    return { kind: 'image', image: await prepareImage(bytes, kind) };
  } catch (error) {
    const { reason, needsPassword } = describeReadError(error);
    return {
      kind: 'problem',
      problem: {
        sha256: certificate.sha256,
        fileName: certificate.fileName,
        activityTitle: exhibit.activity.title,
        reason,
        needsPassword,
      },
    };
  }
}

/** One entry per distinct certificate (the same file may back two activities). */
export function distinctCertificates(certificates: PlannedCertificate[]): PlannedCertificate[] {
  const seen = new Set<string>();
  return certificates.filter((planned) => {
    if (seen.has(planned.certificate.sha256)) return false;
    seen.add(planned.certificate.sha256);
    return true;
  });
}
