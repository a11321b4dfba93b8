import fs from 'node:fs';
import path from 'node:path';
import {
  type CertificateProblem,
  certificateProblemsDetailsSchema,
  type OpenItem,
} from '../../domain/packet';
import { openItemText } from '../../domain/i18n/open-item-words';
import { unreadableReason } from '../../domain/i18n/unreadable-words';
import { isUserError, userError } from '../../core/errors';
import { describeOpenItem, openItemsFor, packetSourceFor, savePacketSource } from '../../core/packet';
import { stageWords } from '../../domain/i18n/stage-words';
import { dataDirOption, parseAsOf, parseCommandArgs, parseCredentialId } from '../args';
import { withPortfolio } from '../open-portfolio';
import { cliLanguage, say } from '../language';
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
  if (!values.out) throw new UsageError(say('cli.packet.outRequired'), 'packet');
  if (values['include-not-counted'] && values['no-include-not-counted']) {
    throw new UsageError(say('cli.packet.notBoth'), 'packet');
  }
  const asOf = parseAsOf(values['as-of'], 'packet');
  const passwordArgs = values.password.map((arg) => {
    const at = arg.indexOf('=');
    if (at <= 0) throw new UsageError(say('cli.packet.passwordShape', { value: arg }), 'packet');
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
      io.err(say('cli.packet.openItems', { count: openItems.length }));
      for (const item of openItems) io.err(`  - ${openItemLine(item)}`);
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
            io.progress(
              say('cli.packet.building', { stage: stageWords(step.stage, say) }),
              say('cli.backup.stepCount', { done: step.done, total: step.total }),
            ),
        },
      );
      io.endProgress();
      io.out(
        say('cli.packet.saved', {
          path: written.path,
          pages: written.pageCount,
          size: kilobytes(written.size),
        }),
      );
      if (written.placeholders.length > 0) {
        io.err(`ceu: ${say('cli.packet.placeholders', { count: written.placeholders.length })}`);
        for (const p of written.placeholders) io.err(problemLine(p));
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
    throw new UsageError(say('cli.packet.auditNumber', { value }), 'packet');
  return Number(value);
}

function checkOutPath(out: string): string {
  const file = path.resolve(out);
  const folder = path.dirname(file);
  if (!fs.existsSync(folder))
    throw userError('NOT_FOUND', { key: 'cli.backup.noFolder', values: { folder } });
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw userError('INVALID_INPUT', {
      key: 'cli.packet.isFolder',
      values: { file, example: path.join(file, 'packet.pdf') },
    });
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
      throw userError('INVALID_INPUT', {
        key: matches.length === 0 ? 'cli.packet.noSuchHash' : 'cli.packet.manyHashes',
        values: { prefix },
      });
    }
    passwords[matches[0]!] = password;
  }
  return passwords;
}

function reportProblems(problems: CertificateProblem[], io: Output): number {
  io.err(`ceu: ${say('cli.packet.cannotRead', { count: problems.length })}`);
  for (const p of problems) {
    io.err(problemLine(p));
    if (p.needsPassword) io.err(say('cli.packet.needsPassword', { hash: p.certificateSha256.slice(0, 12) }));
  }
  io.err(say('cli.packet.whatToDo'));
  return 1;
}

/** One unreadable certificate, with why, in the command line's language. */
function problemLine(p: {
  fileName: string;
  activityTitle: string;
  reason: string;
  reasonCode?: string;
}): string {
  return say('cli.packet.problem', {
    file: p.fileName,
    activity: p.activityTitle,
    reason: unreadableReason(p, say),
  });
}

/** An open item: the packet cover's English words, or the window's words in Spanish. */
function openItemLine(item: OpenItem): string {
  return cliLanguage() === 'en' ? describeOpenItem(item) : openItemText(item, say);
}

const kilobytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
