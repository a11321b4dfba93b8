import type { z } from 'zod';
import type { CertificateProblem, packetOptionsSchema } from '../../src/api/contract';
import { UserError } from '../../src/core/errors';
import { PacketProblemsError, buildPacket, checkCertificates, writePacket } from '../../src/core/packet';
import { packetSourceFor } from '../../src/core/packet-source';
import type { Portfolio } from '../../src/core/portfolio';

export type PacketJobOptions = z.output<typeof packetOptionsSchema>;

export interface PacketStep {
  done: number;
  total: number;
  stage: string;
}

export interface PacketJob {
  onProgress: (step: PacketStep) => void;
  signal: AbortSignal;
}

/** Pages the preview builds: enough to see the cover, the log and the first exhibits. */
export const previewPageLimit = 8;

/**
 * Builds packets. The app runs this on a worker thread (packet-worker-runner.ts) so a
 * long export never freezes the window; tests run it in-process.
 */
export interface PacketRunner {
  check(options: PacketJobOptions): Promise<CertificateProblem[]>;
  preview(options: PacketJobOptions): Promise<{ pdf: Uint8Array<ArrayBuffer>; pageCount: number }>;
  write(
    targetPath: string,
    options: PacketJobOptions,
    job: PacketJob,
  ): Promise<{ path: string; pageCount: number; size: number }>;
}

export function createInProcessPacketRunner(portfolio: Portfolio): PacketRunner {
  return {
    async check(options) {
      return await asUserErrors(async () => checkCertificates(packetSourceFor(portfolio, options)));
    },
    async preview(options) {
      return await asUserErrors(async () => {
        // A preview never stops at an unreadable certificate: it shows its placeholder page.
        const source = packetSourceFor(portfolio, { ...options, allowPlaceholders: true });
        const built = await buildPacket(source, { maxPages: previewPageLimit });
        return { pdf: built.bytes as Uint8Array<ArrayBuffer>, pageCount: built.pageCount };
      });
    },
    async write(targetPath, options, job) {
      return await asUserErrors(async () =>
        writePacket(targetPath, packetSourceFor(portfolio, options), {
          onProgress: job.onProgress,
          signal: job.signal,
        }),
      );
    },
  };
}

/** Turns the packet builder's own errors into messages for the person exporting. */
export async function asUserErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toUserError(error);
  }
}

export function toUserError(error: unknown): unknown {
  if (error instanceof PacketProblemsError) {
    const problems = error.problems;
    const count = problems.length === 1 ? 'One certificate' : `${problems.length} certificates`;
    return new UserError(
      'CERTIFICATE_PROBLEMS',
      `${count} could not be read, so the packet was not saved. Attach a readable copy, enter the password, or export with a placeholder page for each.`,
      { problems },
    );
  }
  if (isAbort(error)) {
    return new UserError('CANCELLED', 'The packet export was cancelled. No file was saved.');
  }
  return error;
}

function isAbort(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'AbortError' || (error as { code?: string }).code === 'ABORT_ERR')
  );
}
