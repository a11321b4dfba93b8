import fs from 'node:fs';
import path from 'node:path';
import { type CertificateProblem, certificateProblemsDetailsSchema } from '../../domain/packet';
import { UserError, isUserError } from '../../core/errors';
import { describeOpenItem, openItemsFor, packetSourceFor, savePacketSource } from '../../core/packet';
import { dataDirOption, parseAsOf, parseCommandArgs, parseCredentialId } from '../args';
import { withPortfolio } from '../open-portfolio';
import type { Output } from '../output';
import { UsageError } from '../usage-error';

/**
 * `ceu packet`: the same packet the app exports, through the same packet service.
 * Unreadable certificates are listed with the option that gets past each one.
 */
export async function packetCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('packet', args, {
    ...dataDirOption,
    credential: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    'include-not-counted': { type: 'boolean' },
    'no-include-not-counted': { type: 'boolean' },
    manifest: { type: 'boolean', default: false },
    'allow-placeholders': { type: 'boolean', default: false },
    password: { type: 'string', multiple: true, default: [] },
    audit: { type: 'string' },
  });
  const credentialId = parseCredentialId(values.credential, 'packet');
  if (!values.out) throw new UsageError('--out FILE is required: where to save the packet PDF.', 'packet');
  if (values['include-not-counted'] && values['no-include-not-counted']) {
    throw new UsageError('Use --include-not-counted or --no-include-not-counted, not both.', 'packet');
  }
  const asOf = parseAsOf(values['as-of'], 'packet');
  const passwordArgs = values.password.map((arg) => {
    const at = arg.indexOf('=');
    if (at <= 0) throw new UsageError(`--password "${arg}" must look like SHA=PASSWORD.`, 'packet');
    return { prefix: arg.slice(0, at).toLowerCase(), password: arg.slice(at + 1) };
  });
  const out = checkOutPath(values.out);
  const auditId = values.audit === undefined ? undefined : parseAuditId(values.audit);

  return withPortfolio(values['data-dir'], { create: false }, async (portfolio) => {
    const source = packetSourceFor(portfolio, {
      credentialId,
      asOf: asOf ?? portfolio.today(),
      includeNotCounted: !values['no-include-not-counted'],
      includeManifest: values.manifest,
      allowPlaceholders: values['allow-placeholders'],
      passwords: {},
      auditId,
    });
    const passwords = matchPasswords(source.activities, passwordArgs);
    // The pre-flight check: the packet is still made (a script asked for it), and its
    // cover lists the same items, so nobody submits it believing nothing is missing.
    const openItems = openItemsFor(source);
    if (openItems.length > 0) {
      io.err(`Open items (the packet's cover will list ${openItems.length === 1 ? 'it' : 'them'}):`);
      for (const item of openItems) io.err(`  - ${describeOpenItem(item)}`);
    }
    const controller = new AbortController();
    const cancel = () => controller.abort();
    process.once('SIGINT', cancel);
    try {
      const written = await savePacketSource(
        out,
        { ...source, options: { ...source.options, passwords } },
        {
          signal: controller.signal,
          onProgress: (step) =>
            io.progress(`Building the packet: ${step.stage}`, `${step.done} of ${step.total}`),
        },
      );
      io.endProgress();
      io.out(`Saved the packet to ${written.path} (${written.pageCount} pages, ${kilobytes(written.size)}).`);
      if (written.placeholders.length > 0) {
        io.err(
          `ceu: ${written.placeholders.length === 1 ? 'One certificate was' : `${written.placeholders.length} certificates were`} replaced by a placeholder page (listed on the cover; the log marks that credit "certificate missing"):`,
        );
        for (const p of written.placeholders)
          io.err(`  - "${p.fileName}" (activity "${p.activityTitle}"): ${p.reason}`);
      }
      return 0;
    } catch (error) {
      io.endProgress();
      const problems =
        isUserError(error) && error.code === 'CERTIFICATE_PROBLEMS'
          ? certificateProblemsDetailsSchema.safeParse(error.details)
          : null;
      if (problems?.success) return reportProblems(problems.data.problems, io);
      throw error;
    } finally {
      process.removeListener('SIGINT', cancel);
    }
  });
}

function parseAuditId(value: string): number {
  if (!/^[1-9]\d{0,14}$/.test(value))
    throw new UsageError(`--audit "${value}" must be an audit's number, as the app shows it.`, 'packet');
  return Number(value);
}

function checkOutPath(out: string): string {
  const file = path.resolve(out);
  const folder = path.dirname(file);
  if (!fs.existsSync(folder))
    throw new UserError(
      'NOT_FOUND',
      `The folder ${folder} does not exist. Create it, or choose another place with --out.`,
    );
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new UserError(
      'INVALID_INPUT',
      `${file} is a folder. Give a file name for the packet, such as ${path.join(file, 'packet.pdf')}.`,
    );
  }
  return file;
}

/** Lets people give the first characters of a hash, as `ceu` prints them. */
function matchPasswords(
  activities: { certificates: { sha256: string; fileName: string }[] }[],
  given: { prefix: string; password: string }[],
): Record<string, string> {
  const hashes = [...new Set(activities.flatMap((a) => a.certificates.map((c) => c.sha256)))];
  const passwords: Record<string, string> = {};
  for (const { prefix, password } of given) {
    const matches = prefix.length >= 8 ? hashes.filter((h) => h.startsWith(prefix)) : [];
    if (matches.length !== 1) {
      throw new UserError(
        'INVALID_INPUT',
        matches.length === 0
          ? `No certificate in this packet has a SHA-256 starting with "${prefix}" (give at least 8 characters). Run the command without --password to list the certificates that need one.`
          : `More than one certificate has a SHA-256 starting with "${prefix}". Give more characters.`,
      );
    }
    passwords[matches[0]!] = password;
  }
  return passwords;
}

function reportProblems(problems: CertificateProblem[], io: Output): number {
  const count = problems.length === 1 ? 'One certificate' : `${problems.length} certificates`;
  io.err(`ceu: ${count} cannot be read, so no packet was saved:`);
  for (const p of problems) {
    io.err(`  - "${p.fileName}" (activity "${p.activityTitle}"): ${p.reason}`);
    if (p.needsPassword)
      io.err(`      It needs a password: add --password ${p.certificateSha256.slice(0, 12)}=PASSWORD`);
  }
  io.err(
    'Attach a readable copy in the app, give the password, or run again with --allow-placeholders to put a placeholder page in its place.',
  );
  return 1;
}

const kilobytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
