import type { JobControl } from '../../domain/job';
import type {
  CertificateProblem,
  OpenItem,
  PacketPreview,
  PacketRequest,
  WrittenPacket,
} from '../../domain/packet';
import { getAudit } from '../audits';
import { type UserError, userError } from '../errors';
import type { Portfolio } from '../portfolio';
import { buildPacket, checkCertificates } from './build-packet';
import { openItemsFor } from './preflight';
import { packetSourceFor } from './source';
import { PacketProblemsError, type PacketSource } from './types';
import { writePacket } from './write-packet';

/**
 * The packet service: check, preview and save, for the app (its worker thread) and the
 * CLI alike. Every failure leaves here as a UserError written for the person: unreadable
 * certificates as CERTIFICATE_PROBLEMS with the list in `details.problems`, a cancel as
 * CANCELLED. Callers show the message; none of them translates errors again.
 */

/** Pages the preview builds: enough to see the cover, the log and the first exhibits. */
export const previewPageLimit = 8;

/** Every certificate the packet would include that cannot be read, once per file. */
export async function checkPacket(
  portfolio: Portfolio,
  request: PacketRequest,
): Promise<CertificateProblem[]> {
  return await asUserErrors(() => checkCertificates(packetSourceFor(portfolio, request)));
}

/**
 * The pre-flight check's open items for this packet: cheap (no certificate is opened),
 * so the app runs it before every export.
 */
export function preflightPacket(
  portfolio: Portfolio,
  request: Omit<PacketRequest, 'exportAnyway'>,
): OpenItem[] {
  return openItemsFor(packetSourceFor(portfolio, request));
}

/**
 * Stops an export that has open items unless the person chose "export anyway": the
 * items travel in `details.openItems` for the window to list with a fix for each.
 */
export function refuseOpenItems(portfolio: Portfolio, request: PacketRequest): void {
  if (request.exportAnyway) return;
  const openItems = preflightPacket(portfolio, request);
  if (openItems.length === 0) return;
  throw userError(
    'PACKET_OPEN_ITEMS',
    { key: 'coreErrors.openItems', values: { count: openItems.length } },
    { openItems },
  );
}

/** The first pages, built in memory. A preview never stops at an unreadable certificate: it shows its placeholder. */
export async function previewPacket(portfolio: Portfolio, request: PacketRequest): Promise<PacketPreview> {
  return await asUserErrors(async () => {
    const source = packetSourceFor(portfolio, { ...request, allowPlaceholders: true });
    const built = await buildPacket(source, { maxPages: previewPageLimit });
    return { pdf: built.bytes as Uint8Array<ArrayBuffer>, pageCount: built.pageCount };
  });
}

/** Builds the packet and saves it to `target` (temporary name, then renamed: a cancel or crash leaves no file). */
export async function savePacket(
  portfolio: Portfolio,
  target: string,
  request: PacketRequest,
  control: JobControl = {},
): Promise<WrittenPacket> {
  return await savePacketSource(target, packetSourceFor(portfolio, request), control);
}

/** `savePacket` for a caller that has already gathered the source (the CLI matches passwords against it). */
export async function savePacketSource(
  target: string,
  source: PacketSource,
  control: JobControl = {},
): Promise<WrittenPacket> {
  return await asUserErrors(() => writePacket(target, source, control));
}

/** The error for certificates that stop a packet: one message, the list in `details`. */
export function certificateProblemsError(problems: CertificateProblem[]): UserError {
  return userError(
    'CERTIFICATE_PROBLEMS',
    { key: 'coreErrors.certificateProblems', values: { count: problems.length } },
    { problems },
  );
}

async function asUserErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PacketProblemsError) throw certificateProblemsError(error.problems);
    if (isAbort(error)) throw userError('CANCELLED', { key: 'coreErrors.packetCancelled' });
    throw error;
  }
}

function isAbort(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'AbortError' || (error as { code?: string }).code === 'ABORT_ERR')
  );
}

/** "CMA packet 2026-11-24 - Jane Doe.pdf": what the person will look for in their folder. */
export function packetFileName(
  portfolio: Portfolio,
  request: Pick<PacketRequest, 'credentialId' | 'asOf' | 'auditId'>,
): string {
  let credential = 'Recertification';
  let kind = 'packet';
  try {
    credential = portfolio.findRulePack(portfolio.getCredential(request.credentialId).rulePackId).credential;
    if (request.auditId !== undefined)
      kind = `audit response ${getAudit(portfolio, request.auditId).reference}`;
  } catch {
    // The export itself will report a missing credential in words; the name can be plain.
  }
  const holder = portfolio.getHolder()?.fullName;
  const name = `${credential} ${kind} ${request.asOf ?? portfolio.today()}${holder ? ` - ${holder}` : ''}`;
  // Characters no file system accepts in a name (and control characters) become spaces.
  const safe = [...name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('');
  return `${safe.replace(/\s+/g, ' ').trim()}.pdf`;
}
