/** The stages a long job reports (a backup, a restore, a packet), as core names them. */
export const stages = {
  unpacking: 'Unpacking and checking',
  checkingDatabase: 'Checking the database',
  replacing: 'Replacing the portfolio',
  copyingAndChecking: 'Copying and checking',
  copyingDatabase: 'Copying the database',
  addingCertificates: 'Adding certificates',
  copyingCertificates: 'Copying certificates',
  checkingCertificates: 'Checking certificates',
  writingSummary: 'Writing the summary and activity log',
  addingExhibits: 'Adding exhibits',
  preparingPhotos: 'Preparing photos for the packet',
  saving: 'Saving',
  readingCertificate: 'Reading the certificate',
  done: 'Done',
} as const;
