import { PDFArray, PDFDocument, PDFName, PDFRawStream, ParseSpeeds } from '@cantoo/pdf-lib';
import type { PDFPage } from '@cantoo/pdf-lib';
import { CertificateReadError, reasons } from './certificate-errors';
import { streamsOf } from './certificate-pdf';

/**
 * Opening a certificate PDF, and everything that can be wrong with one, in words the
 * holder can act on. Owner-password encryption (AES-128, AES-256, RC4) is removed by
 * opening with the empty user password.
 */

const tail = new TextEncoder().encode('%%EOF');

function endsLikePdf(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 2048);
  outer: for (let i = bytes.length - tail.length; i >= from; i--) {
    for (let j = 0; j < tail.length; j++) if (bytes[i + j] !== tail[j]) continue outer;
    return true;
  }
  return false;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function load(bytes: Uint8Array, password: string): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { password, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/**
 * Opens a certificate PDF, decrypting it when it is encrypted. `password` is the one
 * the holder gave for this file, if any. Every failure is a CertificateReadError with a
 * reason in plain words; pdf-lib's own message is only kept as its cause.
 */
export async function openCertificatePdf(
  bytes: Uint8Array,
  password: string | undefined,
): Promise<PDFDocument> {
  if (!endsLikePdf(bytes)) throw new CertificateReadError(reasons.pdfCutOff);
  let doc: PDFDocument;
  try {
    doc = await load(bytes, password ?? '');
  } catch (error) {
    const text = message(error);
    if (password && /Password incorrect/i.test(text)) {
      // A password given for a file that only has an owner password is not needed.
      try {
        doc = await load(bytes, '');
      } catch {
        throw new CertificateReadError(reasons.wrongPassword, true, error);
      }
    } else if (/NEEDS PASSWORD|Password incorrect/i.test(text)) {
      throw new CertificateReadError(reasons.needsPassword, true, error);
    } else if (/No PDF header/i.test(text)) {
      throw new CertificateReadError(reasons.notAPdf, false, error);
    } else {
      throw new CertificateReadError(reasons.pdfDamaged, false, error);
    }
  }
  let pageCount: number;
  try {
    // pdf-lib finds the pages lazily: a missing catalog or page tree shows up only here.
    pageCount = doc.getPageCount();
  } catch (error) {
    throw new CertificateReadError(reasons.pdfPageListDamaged, false, error);
  }
  if (pageCount === 0) throw new CertificateReadError(reasons.pdfNoPages);
  if (!doc.getPages().every((page) => pageContentCopyable(page, doc)))
    throw new CertificateReadError(reasons.pdfPageUnreadable);
  return doc;
}

/** The compressions pdf-lib can undo (see decodePDFRawStream); others cannot be copied. */
const decodableFilters = new Set(
  ['FlateDecode', 'LZWDecode', 'ASCII85Decode', 'ASCIIHexDecode', 'RunLengthDecode'].map((name) =>
    PDFName.of(name),
  ),
);

/**
 * Whether a page's content can be copied into the packet. Checked when the file is
 * opened, so the certificate check names such a file before the export starts rather
 * than the export failing part way.
 */
function pageContentCopyable(page: PDFPage, doc: PDFDocument): boolean {
  return streamsOf(page.node.get(PDFName.of('Contents')), doc).every((stream) => {
    if (!(stream instanceof PDFRawStream)) return true;
    const filter = stream.dict.lookup(PDFName.of('Filter'));
    if (filter === undefined) return true;
    if (filter instanceof PDFName) return decodableFilters.has(filter);
    if (!(filter instanceof PDFArray)) return false;
    for (let i = 0; i < filter.size(); i++) {
      const name = filter.lookup(i);
      if (!(name instanceof PDFName) || !decodableFilters.has(name)) return false;
    }
    return true;
  });
}
