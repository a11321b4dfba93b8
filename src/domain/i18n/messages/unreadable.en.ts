/**
 * Why one certificate cannot go into the packet, in words a medical assistant can act on.
 * The core's packet code uses these English sentences (placeholder pages, logs); the
 * window shows the person's language from the same key.
 */
const getANewCopy =
  'Download the certificate again from the provider, or scan the paper copy, and attach the new file to the activity.';

const takeAgain =
  'Take the photo or scan again, or download the certificate again from the provider, and attach the new file to the activity.';

export const unreadable = {
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

export type UnreadableReason = keyof typeof unreadable;
