/** How certificate files are described to the user: type in words, size in KB/MB. */

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/heic': 'HEIC photo',
  'image/webp': 'WebP image',
};

export function certificateTypeName(mediaType: string): string {
  return typeNames[mediaType] ?? mediaType;
}

export function isPdf(mediaType: string): boolean {
  return mediaType === 'application/pdf';
}

/** Chromium cannot draw HEIC, so those photos get no inline preview (the packet converts them). */
export function canShowInline(mediaType: string): boolean {
  return mediaType === 'image/jpeg' || mediaType === 'image/png' || mediaType === 'image/webp';
}

export { roundedFileSize as formatFileSize } from '../../domain/file-size';
