/**
 * Why one certificate cannot go into the packet, in words a medical assistant can act
 * on: what is wrong with the file and what to do about it. The program error behind a
 * reason (a parser message, a stack) is kept as the error's `cause` for whoever debugs,
 * and never shown: "Cannot read properties of undefined" helps no one at a deadline.
 */

const getANewCopy =
  'Download the certificate again from the provider, or scan the paper copy, and attach the new file to the activity.';

const takeAgain =
  'Take the photo or scan again, or download the certificate again from the provider, and attach the new file to the activity.';

export const reasons = {
  empty: `The file is empty (0 bytes), so there is no certificate in it. ${getANewCopy}`,
  missingFromStore:
    'The certificate file is missing from the app’s certificate folder; it may have been moved or deleted outside the app. Attach the certificate to the activity again.',
  pdfCutOff: `The PDF is incomplete: it stops before its end, so the download or copy was probably cut off. ${getANewCopy}`,
  pdfDamaged: `The PDF is damaged and cannot be opened. ${getANewCopy}`,
  pdfPageListDamaged: `The PDF is damaged: its list of pages cannot be read. ${getANewCopy}`,
  pdfPageUnreadable: `One of the PDF’s pages cannot be read: it is damaged, or made in a way the app cannot copy. ${getANewCopy}`,
  pdfNoPages: `The PDF has no pages, so there is no certificate to show. ${getANewCopy}`,
  notAPdf: `The file is not a PDF even though it is stored as one. ${getANewCopy}`,
  needsPassword:
    'This PDF is protected with a password to open it. Type the password to include it, or ask the provider for a copy without a password.',
  wrongPassword:
    'The password given for this PDF is not correct. Type it again exactly as the provider gave it (capital letters matter).',
  notReadable:
    'The file is neither a PDF nor an image that can be read. Save the certificate as a PDF, or photograph or scan it (JPEG, PNG or HEIC), and attach that file to the activity instead.',
  imageDamaged: `The image is damaged or incomplete; the copy was probably cut off. ${takeAgain}`,
  imageNoSize: `The image is damaged: its size cannot be read. ${takeAgain}`,
  heicDamaged:
    'The HEIC photo is damaged or incomplete, or saved in a way the app cannot open. Take the photo again (or set the phone’s camera to save photos as JPEG, “Most Compatible” on an iPhone) and attach the new file to the activity.',
  unknown: `The file cannot be read; it is probably damaged. ${getANewCopy}`,
} as const;

export class CertificateReadError extends Error {
  constructor(
    message: string,
    readonly needsPassword = false,
    /** The program error behind the reason, for debugging only; never shown to the holder. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CertificateReadError';
  }
}

/**
 * The reason to show for any error met while reading or placing a certificate. Errors
 * that were not translated where they happened get the general reason, never their text.
 */
export function describeReadError(error: unknown): { reason: string; needsPassword: boolean } {
  if (error instanceof CertificateReadError)
    return { reason: error.message, needsPassword: error.needsPassword };
  return { reason: reasons.unknown, needsPassword: false };
}
