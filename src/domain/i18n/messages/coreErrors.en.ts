/** Core's messages to the person, as catalog keys: the window, the CLI and the dialogs say them in their language. */
export const coreErrors = {
  openItems:
    "{count, plural, one {One thing is still open for this packet. Fix it first, or export anyway: the packet's cover will then list it.} other {# things are still open for this packet. Fix them first, or export anyway: the packet's cover will then list them.}}",
  certificateProblems:
    '{count, plural, one {One certificate} other {# certificates}} could not be read, so the packet was not saved. Attach a readable copy, enter the password, or export with a placeholder page for each.',
  packetCancelled: 'The packet export was cancelled. No file was saved.',
  nameFirst:
    'Enter your name first, exactly as it is printed on your certificates: the packet shows it on the cover and on every page.',
  notChecked:
    'The {credential} credential could not be checked against its rules, so no packet can be made for it. Open the credential and choose its rule pack again.',
  auditOtherCredential:
    "That audit is for another credential, not {credential}. Choose the audit's own credential.",
  sampleNotEmpty:
    'Your portfolio already has {credentials, plural, one {# credential} other {# credentials}} and {activities, plural, one {# activity} other {# activities}}, and the sample can only be loaded into an empty portfolio. Nothing was changed. To try the sample, use a new data folder.',
  sampleHasHolder:
    "This portfolio is already {name}'s, and the sample can only be loaded into a new, empty portfolio, so its invented courses never mix with your own. Nothing was changed. To try the sample, use a new data folder.",
  notTheSample:
    'This portfolio is your own, not the sample, so nothing was removed. To delete something, delete it where it is shown.',
  activitiesGone:
    '{count, plural, one {One of the chosen activities no longer exists} other {# of the chosen activities no longer exist}}; nothing was changed. Choose again from the list.',
  notClaimed:
    '{count, plural, one {One chosen activity is} other {# chosen activities are}} not claimed for this credential. Choose activities from its own list.',
} as const;
