import { formatCredit } from '../../domain/units';
import { activityKindLabels } from '../../domain/portfolio';
import type { CertificateFields, ReadField } from '../../domain/reading/certificate-fields';
import { readCertificateFile, type ReadCertificate } from '../../core/reading/read-certificate';
import { parseCommandArgs } from '../args';
import type { Output } from '../output';
import { UsageError } from '../usage-error';

/**
 * `ceu read FILE...`: what the app reads from each certificate, on this computer. The
 * JSON form is a contract (docs/read-json.md). Reads every file even when one fails, so
 * one bad file does not hide what the others say; exit 1 if any failed.
 */
export async function readCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'read',
    args,
    { json: { type: 'boolean', default: false } },
    Number.MAX_SAFE_INTEGER,
  );
  if (positionals.length === 0) throw new UsageError('Name at least one certificate file to read.', 'read');
  const certificates: ReturnType<typeof toJson>[] = [];
  let failed = 0;
  for (const [i, file] of positionals.entries()) {
    if (positionals.length > 1) io.progress('Reading certificates', `${i + 1} of ${positionals.length}`);
    try {
      const read = await readCertificateFile(file);
      if (values.json) certificates.push(toJson(read));
      else printBlock(read, io);
    } catch (error) {
      failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof Error && error.name === 'UserError')) throw error;
      io.endProgress();
      io.err(`ceu: ${file}: ${message}`);
    }
  }
  io.endProgress();
  if (values.json) io.out(JSON.stringify({ certificates }, null, 2));
  return failed === 0 ? 0 : 1;
}

function toJson(read: ReadCertificate) {
  const fields = Object.fromEntries(
    Object.entries(read.fields).map(([key, field]: [string, ReadField<unknown> | null]) => [
      key,
      field && {
        value: field.value,
        confidence: Math.round(field.confidence * 100) / 100,
        source: field.source,
      },
    ]),
  );
  return {
    file: read.file,
    sha256: read.sha256,
    mediaType: read.mediaType,
    pages: read.pages,
    text: read.text,
    fields,
  };
}

const labels: [keyof CertificateFields, string][] = [
  ['holderName', 'Name'],
  ['title', 'Course'],
  ['provider', 'Provider'],
  ['completedOn', 'Completed'],
  ['credits', 'Credit'],
  ['durationMinutes', 'Length'],
  ['approvingBody', 'Approved by'],
  ['approvalNumber', 'Approval number'],
  ['certificateNumber', 'Certificate number'],
  ['kind', 'Kind'],
];

function printBlock(read: ReadCertificate, io: Output): void {
  const pages = read.pages === 1 ? '1 page' : `${read.pages} pages`;
  io.out(`${read.file} (${pages})`);
  if (read.text === '') {
    io.out('  No words could be read from this file. Check that it is a clear, upright certificate.');
    io.out('');
    return;
  }
  for (const [key, label] of labels) {
    const field = read.fields[key];
    const shown = field
      ? `${describe(key, field)}${field.confidence < 0.9 ? '  (please check)' : ''}`
      : 'not found';
    io.out(`  ${`${label}:`.padEnd(20)}${shown}`);
  }
  io.out('');
}

function describe(
  key: keyof CertificateFields,
  field: NonNullable<CertificateFields[keyof CertificateFields]>,
): string {
  const fields = { [key]: field } as Partial<CertificateFields>;
  if (fields.credits)
    return fields.credits.value
      .map((c) => `${formatCredit(c.amount, c.unit)}${c.category ? `, ${c.category}` : ''}`)
      .join('; ');
  if (fields.durationMinutes) {
    const m = fields.durationMinutes.value;
    return m >= 60 && m % 60 === 0 ? `${m / 60} hour${m === 60 ? '' : 's'}` : `${m} minutes`;
  }
  if (fields.kind) return activityKindLabels[fields.kind.value];
  return String(field.value);
}
