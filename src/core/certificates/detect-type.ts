/**
 * What a certificate file really is, decided from its first bytes. The file name's
 * extension is never trusted: phones save HEIC as .jpg, portals serve PDFs as .aspx.
 */
export type CertificateMediaType =
  'application/pdf' | 'image/jpeg' | 'image/png' | 'image/heic' | 'image/webp';

export const acceptedTypesInWords = 'PDF, JPEG, PNG, HEIC/HEIF or WebP';

const heifBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

export function detectMediaType(bytes: Uint8Array): CertificateMediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    const end = Math.min(bytes.length, boxSize > 0 ? boxSize : 64);
    // The major brand and every compatible brand are 4-byte codes after the box header.
    const brands: string[] = [];
    for (let at = 8; at + 4 <= end; at += 4) {
      if (at !== 12) brands.push(ascii(bytes, at, at + 4)); // offset 12 is the minor version
    }
    // AVIF shares HEIF's container (and its "mif1" brand) but not its codec; we do not take it.
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return null;
    return brands.some((brand) => heifBrands.has(brand)) ? 'image/heic' : null;
  }
  // PDF readers accept the header anywhere in the first 1024 bytes; so do we.
  const head = ascii(bytes, 0, Math.min(bytes.length, 1024));
  if (head.includes('%PDF-')) return 'application/pdf';
  return null;
}

export function extensionFor(type: CertificateMediaType): string {
  return {
    'application/pdf': 'pdf',
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/heic': 'heic',
    'image/webp': 'webp',
  }[type];
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to && i < bytes.length; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}
