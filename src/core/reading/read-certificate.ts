import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readCertificateFields, type CertificateFields } from '../../domain/reading/certificate-fields';
import { detectMediaType, type CertificateMediaType } from '../certificates/detect-type';
import { userError } from '../errors';
import { readPdfText } from './pdf-text';

/** What was read from one certificate file: the contract of `ceu read --json` (docs/read-json.md). */
export interface ReadCertificate {
  file: string;
  sha256: string;
  mediaType: CertificateMediaType;
  pages: number;
  text: string;
  fields: CertificateFields;
}

/** Reads one certificate file on this computer: nothing is sent anywhere. */
export async function readCertificateFile(file: string): Promise<ReadCertificate> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw userError('NOT_FOUND', { key: 'coreErrors.fileUnopenable', values: { name: path.basename(file) } });
  }
  const mediaType = detectMediaType(bytes);
  if (!mediaType) {
    throw userError('CERTIFICATE_REJECTED', {
      key: 'coreErrors.notCertificateFile',
      values: { name: path.basename(file) },
    });
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  let pages = 1;
  let text: string;
  if (mediaType === 'application/pdf') {
    const pdf = await readPdfText(bytes);
    pages = pdf.pages;
    text = pdf.pageTexts.join('\n\n').trim();
    if (text === '') text = await ocrScannedPdf(bytes);
  } else {
    text = await ocrImage(bytes, mediaType);
  }
  return { file, sha256, mediaType, pages, text, fields: readCertificateFields(text) };
}

async function ocrScannedPdf(bytes: Uint8Array): Promise<string> {
  const { ocrPdfPages } = await import('./ocr');
  return ocrPdfPages(bytes);
}

async function ocrImage(bytes: Uint8Array, mediaType: CertificateMediaType): Promise<string> {
  const { ocrPhoto } = await import('./ocr');
  return ocrPhoto(bytes, mediaType);
}
