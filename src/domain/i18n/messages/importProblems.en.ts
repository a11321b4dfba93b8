/** What is wrong in a portfolio file being imported, place by place (the import report's table). */
export const importProblems = {
  wholeFile: '(the whole file)',
  lineColumn: 'line {line}, column {column}',
  notAnObject: 'A portfolio file is one JSON object in \'{ }\', with "format", "version" and the portfolio.',
  notOurs:
    'This is not a CEU Portfolio file: "format" must be "{format}". Export the portfolio from CEU Portfolio, or follow docs/portfolio-json.md.',
  newerFormat:
    'This file was written by a newer version of CEU Portfolio (format version {version}; this app reads version {newest}). Install the latest version of the app to import it.',
  packIdTwice: 'rulePacks[{first}] already uses the id "{id}". Give each rule pack its own id.',
  packIdBuiltIn:
    '"{id}" is a built-in rule pack, which the app already has. Remove it from "rulePacks", or give your own pack another id.',
  packIdTaken:
    'Your portfolio already has a different rule pack with the id "{id}". Give this one another id (and use that id in the credentials that follow it).',
  refTwice: 'credentials[{first}] already uses the ref "{ref}". Give each credential its own ref.',
  noSuchPack: 'There is no rule pack "{id}". Use one of: {ids}; or define it under "rulePacks".',
  expiryBeforeCertified:
    'The expiry date {expires} is before the certification date {certified}. Check both dates.',
  badOverrides:
    'The changes made to the {credential} rules for this credential are not valid: {issues}. Correct or remove these changes.',
  noCredentialsListed:
    'There is no credential with the ref "{ref}": this file lists no credentials. Add it under "credentials", or remove the ref.',
  noSuchRef: 'There is no credential with the ref "{ref}" in this file. Use one of: {known}.',
  unknownField:
    '"{key}" is not a field of the portfolio format. Check its spelling (names are case-sensitive, e.g. "completedOn") or remove it.',
  tooDeep:
    'The file is nested {depth, number} levels deep; a portfolio file is never more than about {max}. Check that you chose a portfolio file (one CEU Portfolio exported, or one written as its documentation describes).',
  invalidJsonHere: 'This is not valid JSON here: {reason}.',
  invalidJson: 'This is not valid JSON ({reason}).',
  json: {
    singleQuotes: 'text must be in double quotes ("), not single quotes',
    expectedValue:
      "expected a value (text in double quotes, a number, true, false, null, '{' or [), but {found}",
    trailingCommaObject: "remove the comma before '}' (JSON does not allow a trailing comma)",
    expectedName: 'expected a field name in double quotes, but {found}',
    expectedColon: 'expected a colon (:) after the field name, but {found}',
    expectedCommaObject: "expected a comma or '}' after the value, but {found}",
    trailingCommaArray: 'remove the comma before ] (JSON does not allow a trailing comma)',
    expectedCommaArray: 'expected a comma or ] after the value, but {found}',
    unclosedText: 'this text has no closing double quote (")',
    controlCharacter: 'a line break or tab inside text must be written as \\n or \\t',
    badUnicode: '\\u must be followed by four hex digits',
    loneBackslash: 'a backslash in text must be doubled (\\\\), for example in a Windows path',
    badNumber: 'this is not a valid number',
    empty: 'the file is empty',
    expectedEnd: "expected the end of the file after the last '}', but {found}",
    foundEnd: 'the file ends',
    found: 'found "{char}"',
    foundLineBreak: 'found a line break',
  },
  field: {
    missing: 'This field is missing. Add it as {expected}.',
    wrongType: 'Expected {expected}, but found {found}.',
    oneOf: 'Use one of: {values}.',
    empty: 'This field is empty. Fill it in.',
    minChars: 'Use at least {min} characters.',
    minEntries: 'List at least {min} {min, plural, one {entry} other {entries}}.',
    atLeast: 'Must be {min} or more.',
    moreThan: 'Must be more than {min}.',
    maxChars: 'Keep this under {max} characters.',
    maxEntries: 'List at most {max} entries.',
    atMost: 'Must be {max} or less.',
    lessThan: 'Must be less than {max}.',
    badForm: 'This value is not in the expected form.',
    dateForm: 'Use a date in the form YYYY-MM-DD.',
    dateRange: 'That date is out of range (before 1900). Check the year.',
    email: 'Enter a full e-mail address, like name@example.com, or leave it empty.',
    creditNumber: 'Enter the amount of credit as a number.',
    unit: 'Use one of these units: {units}.',
    noSuchDay: 'That date does not exist on the calendar.',
    organizationRequired: 'The organization is required.',
    memberNumberRequired: 'The member number is required.',
    fullNameRequired: 'Your name as printed on certificates is required.',
    titleRequired: 'The course title is required.',
    providerRequired: 'The provider is required.',
    chooseCategory: 'Choose a category.',
    creditPositive: 'Credit must be more than zero.',
    costNegative: 'Cost cannot be negative.',
    chooseCredential: 'Choose the credential you hold.',
    auditPeriodBoth: 'Give both the first and the last day of the audit period.',
    auditPeriodOrder: 'The audit period must end on or after the day it starts.',
    auditReference: 'Enter the reference number from the audit letter or e-mail.',
    auditReferenceLong: 'Keep the reference under 80 characters.',
    auditNotesLong: 'Keep the notes under 2000 characters.',
    auditChoose: 'Choose the audited activities, or give the audit period.',
  },
  type: {
    string: 'text in double quotes',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list in [ ]',
    object: "an object in '{ }'",
    null: 'null',
  },
  value: {
    null: 'null',
    list: 'a list',
    text: 'text ("{text}")',
    number: 'the number {number}',
    object: 'an object',
  },
  certificate: {
    notFound:
      'The certificate file "{name}" was not found (looked for {file}). Put the file there or correct the path.',
    unopenable: 'The certificate file "{name}" cannot be opened ({reason}).',
    notAFile:
      '"{name}" is {kind, select, folder {a folder} pipe {a named pipe} device {a device} other {a socket}}, not a certificate file. Give the path of the file itself.',
    empty:
      'The certificate file "{name}" is empty (0 bytes). Download or scan the certificate again and put the new file there.',
    tooLarge:
      'The certificate file "{name}" is {size}; certificates can be at most 50 MB. Save it at a lower resolution or as a PDF.',
    unreadable:
      'The certificate file "{name}" cannot be read ({reason}). Check that you can open it, then import again.',
    permissionDenied: 'permission denied',
    wrongType:
      'The certificate file "{name}" is not a PDF, JPEG, PNG, HEIC/HEIF or WebP file (its contents were checked, not its name). Save the certificate in one of those formats.',
    outside:
      'The certificate file "{name}" is outside the folder of the portfolio file. Only files in {folder} and its subfolders are imported: copy the certificate into that folder, name it by its path there, then import again.',
    outsideLink:
      'The certificate file "{name}" is outside the folder of the portfolio file (it points to {target}). Only files in {folder} and its subfolders are imported: copy the certificate into that folder, name it by its path there, then import again.',
  },
} as const;
