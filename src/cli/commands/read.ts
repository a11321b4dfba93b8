import { formatNumber } from '../../domain/units';
import { vocabularyOf } from '../../domain/i18n/vocabulary';
import type { MessageKey } from '../../domain/i18n/translator';
import { isUserError } from '../../core/errors';
import type { CertificateFields, ReadField } from '../../domain/reading/certificate-fields';
import { readCertificateFile, type ReadCertificate } from '../../core/reading/read-certificate';
import { parseCommandArgs } from '../args';
import { cliLanguage, say } from '../language';
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
  if (positionals.length === 0) throw new UsageError(say('cli.read.nameAFile'), 'read');
  const certificates: ReturnType<typeof toJson>[] = [];
  let failed = 0;
  for (const [i, file] of positionals.entries()) {
    if (positionals.length > 1)
      io.progress(
        say('cli.read.reading'),
        say('cli.backup.stepCount', { done: i + 1, total: positionals.length }),
      );
    try {
      const read = await readCertificateFile(file);
      if (values.json) certificates.push(toJson(read));
      else printBlock(read, io);
    } catch (error) {
      failed += 1;
      if (!isUserError(error)) throw error;
      const message = error.said ? say(error.said.key, error.said.values) : error.message;
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

const labels: [keyof CertificateFields, MessageKey][] = [
  ['holderName', 'cli.read.labels.holderName'],
  ['title', 'cli.read.labels.title'],
  ['provider', 'cli.read.labels.provider'],
  ['completedOn', 'cli.read.labels.completedOn'],
  ['credits', 'cli.read.labels.credits'],
  ['durationMinutes', 'cli.read.labels.durationMinutes'],
  ['approvingBody', 'cli.read.labels.approvingBody'],
  ['approvalNumber', 'cli.read.labels.approvalNumber'],
  ['certificateNumber', 'cli.read.labels.certificateNumber'],
  ['kind', 'cli.read.labels.kind'],
];

function printBlock(read: ReadCertificate, io: Output): void {
  io.out(`${read.file} (${say('cli.read.pages', { count: read.pages })})`);
  if (read.text === '') {
    io.out(say('cli.read.noWords'));
    io.out('');
    return;
  }
  for (const [key, label] of labels) {
    const field = read.fields[key];
    const shown = field
      ? `${describe(key, field)}${field.confidence < 0.9 ? say('cli.read.pleaseCheck') : ''}`
      : say('cli.read.notFound');
    io.out(`  ${`${say(label)}:`.padEnd(20)}${shown}`);
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
      .map((c) => {
        const words = vocabularyOf(say);
        const credit = `${formatNumber(c.amount)} ${words.unit(c.unit, c.amount)}`;
        return c.category
          ? `${credit}, ${cliLanguage() === 'en' ? c.category : words.category(c.category)}`
          : credit;
      })
      .join('; ');
  if (fields.durationMinutes) {
    const m = fields.durationMinutes.value;
    return m >= 60 && m % 60 === 0
      ? say('cli.read.hours', { count: m / 60 })
      : say('cli.read.minutes', { count: m });
  }
  if (fields.kind) return vocabularyOf(say).kind(fields.kind.value);
  return String(field.value);
}
