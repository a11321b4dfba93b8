import type { Activity, Credential, Holder } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import type { CredentialEvaluation } from '../../domain/evaluation';
import type { JobControl } from '../../domain/job';
import type { CertificateProblem, OpenItem, WrittenPacket } from '../../domain/packet';
import type { PreparedImageCache } from './prepared-image';

export type { CertificateProblem, WrittenPacket };

export interface PacketSourceOptions {
  /** Add the "Activities not counted" section with the reasons. */
  includeNotCounted: boolean;
  /** Add a last page listing each exhibit's original file, type, size and SHA-256. */
  includeManifest: boolean;
  /** Passwords for certificates that need one to open, by SHA-256. */
  passwords: Record<string, string>;
  /** Put a placeholder page in place of a certificate that cannot be read. */
  allowPlaceholders: boolean;
}

export interface PacketSource {
  holder: Holder;
  credential: Credential;
  pack: RulePack;
  evaluation: CredentialEvaluation;
  /** All activities linked to this credential, counted or not. */
  activities: Activity[];
  /**
   * Bytes of one certificate from the certificate store. May answer at once: the
   * packet is built off the UI thread, where reading without a promise is faster.
   */
  readCertificate(sha256: string): Uint8Array | Promise<Uint8Array>;
  /**
   * Photos' page images prepared at intake: used when kept, made (and kept) when not.
   * Without it every photo is decoded from its original.
   */
  preparedImages?: PreparedImageCache;
  /** The sample portfolio: every page says SAMPLE. */
  sample?: boolean;
  /** Set for an audit response: the packet holds only the audited activities. */
  audit?: { reference: string; dueOn: string };
  /** YYYY-MM-DD: printed as the date prepared and used for the document's dates. */
  preparedOn: string;
  options: PacketSourceOptions;
}

export interface BuildPacketOptions extends JobControl {
  /** For a preview: stop adding exhibits once the packet has this many pages. */
  maxPages?: number;
}

export interface BuiltPacket {
  bytes: Uint8Array;
  pageCount: number;
  /** Certificates replaced by a placeholder page (only when placeholders are allowed). */
  problems: CertificateProblem[];
  /** What the pre-flight check found open; the cover lists it. */
  openItems: OpenItem[];
}

/** Thrown by buildPacket when certificates cannot be read and placeholders are not allowed. */
export class PacketProblemsError extends Error {
  readonly problems: CertificateProblem[];

  constructor(problems: CertificateProblem[]) {
    const count = problems.length;
    super(
      count === 1
        ? `A certificate cannot be read: “${problems[0]?.fileName ?? ''}”. ${problems[0]?.reason ?? ''}`
        : `${count} certificates cannot be read.`,
    );
    this.name = 'PacketProblemsError';
    this.problems = problems;
  }
}

/** The error a cancelled build throws; callers test `error.name === 'AbortError'`. */
export function abortError(): Error {
  const error = new Error('Building the packet was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** How long packet work may keep the event loop before letting other work run. */
const sliceMs = 8;
let lastYield = 0;

/**
 * Lets progress events and other work (the window's requests, in the app) run between
 * certificates, at most every few milliseconds: a turn of the event loop after every
 * one-page certificate cost more than the certificate itself.
 */
export function yieldToEventLoop(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < sliceMs) return Promise.resolve();
  lastYield = now;
  return new Promise((resolve) => setImmediate(resolve));
}
