/** Messages from the portfolio's core: what happened, and what to do. */
export const errors = {
  busy: 'Your portfolio is busy with another task (for example an import from the command line). Try again in a moment. Nothing was changed.',
  restoring: 'Your portfolio is being restored from a backup. Try again in a moment.',
  certificateEmpty:
    '"{file}" is empty (0 bytes). Download or scan the certificate again and attach the new file.',
  certificateTooBig:
    '"{file}" is {size}; certificates can be at most 50 MB. Save it at a lower resolution or as a PDF and attach it again.',
  certificateType:
    '"{file}" is not a {types} file (its contents were checked, not its name). Save the certificate in one of those formats and attach it again.',
  certificateMissing: 'The certificate file {id}… is missing from the data folder. Attach it again.',
  certificateChanged: 'The certificate file {id}… has been changed or damaged on disk. Attach it again.',
  activityGone: 'That activity no longer exists. It may have been deleted.',
  credentialGone: 'That credential no longer exists. It may have been deleted.',
  auditGone: 'That audit is no longer in your portfolio. It may have been deleted.',
  attachedGone: 'One of the attached certificates is no longer in the store. Attach the file again.',
  chosenCredentialGone: 'One of the chosen credentials no longer exists. Reload and choose again.',
  rulesGone: 'The rule pack “{id}” is not available. Choose other rules for this credential.',
  noRenewalToUndo: 'This credential has no renewal to undo. Nothing was changed.',
} as const;
