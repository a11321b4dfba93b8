import type { ArchiveSummary, RestoreSummary, SnapshotTaken } from '../domain/backup';
import type { JobControl } from '../domain/job';
import type { PacketRequest } from '../domain/packet';
import {
  createBackupArchive,
  restorePortfolio,
  snapshotIfDue,
  snapshotOnQuit,
  summarizeSnapshot,
  takeSnapshot,
} from './backup';
import { checkPacket, previewPacket, savePacket } from './packet';
import { allPhotos, preparePhotoFiles } from './certificates/prepare-photos';
import { PreparedImageStore, type PhotoToPrepare } from './certificates/prepared-images';
import { dataPaths } from './data-dir';
import { Portfolio } from './portfolio';
import { planPortfolio } from './plan';
import type { PlanRequest } from '../domain/plan/request';
import { readStoredCertificates } from './reading/read-stored';
import { backupFolder, loadSettings } from './settings';

/**
 * The long jobs core can run, by name. Each is a plain async function of its input, an
 * AbortSignal and a progress callback, opening its own connection to the portfolio: the
 * app runs them on a worker thread (electron/main/job-worker.ts) so the window never
 * waits, tests and the harness may run them in-process, and the CLI calls the same core
 * functions directly. Inputs and results must survive structured cloning (plain data and
 * byte arrays): they cross a thread boundary.
 */
export interface CoreJobContext {
  dataDir: string;
  /** better-sqlite3 built for the running runtime (the Electron build in the app). */
  nativeBinding?: string;
}

export const coreJobs = {
  /**
   * Reads stored certificates by hash (one file, or a card's front and back) and proposes
   * an activity's fields from them. Writes nothing: the caller records the result.
   */
  'certificate.read': (ctx: CoreJobContext, input: { sha256s: string[] }, control: JobControl) =>
    withPortfolio(ctx, (portfolio) => readStoredCertificates(portfolio, input.sha256s, control)),
  'packet.check': (ctx: CoreJobContext, request: PacketRequest) =>
    withPortfolio(ctx, (portfolio) => checkPacket(portfolio, request)),
  'packet.preview': (ctx: CoreJobContext, request: PacketRequest) =>
    withPortfolio(ctx, (portfolio) => previewPacket(portfolio, request)),
  'packet.save': (
    ctx: CoreJobContext,
    input: { target: string; request: PacketRequest },
    control: JobControl,
  ) => withPortfolio(ctx, (portfolio) => savePacket(portfolio, input.target, input.request, control)),
  /** The cheapest plan to every deadline: HiGHS solves it off the main thread. */
  'plan.make': (ctx: CoreJobContext, input: { asOf?: string; request: PlanRequest }) =>
    withPortfolio(ctx, (portfolio) =>
      planPortfolio(portfolio, {
        asOf: input.asOf,
        member: input.request.member,
        limits: {
          budget: input.request.budget,
          hoursPerMonth: input.request.hoursPerMonth,
          preferred: input.request.preferred,
          excluded: input.request.excluded,
        },
      }),
    ),
  /** "With your plan": one evaluation per planned day, so off the main thread. */
  'plan.withPlan': (ctx: CoreJobContext, input: { asOf?: string }) =>
    withPortfolio(ctx, async (portfolio) => portfolio.withPlan(input.asOf)),
  /**
   * The packet's page images of photo certificates just stored (HEIC added by hand, whose
   * decoder runs on the calling thread; an import). Without opening the database.
   */
  'certificates.prepare': (ctx: CoreJobContext, input: { photos: PhotoToPrepare[] }, control: JobControl) =>
    preparePhotoFiles(preparedImagesOf(ctx), input.photos, control),
  'backup.archive': (ctx: CoreJobContext, input: { target: string }, control: JobControl) =>
    withPortfolio(ctx, async (portfolio): Promise<ArchiveSummary> => {
      const result = await createBackupArchive(portfolio, input.target, {
        ...control,
        nativeBinding: ctx.nativeBinding,
      });
      return { path: result.path, size: result.size, certificates: result.certificates };
    }),
  /** A snapshot into the backup folder: now (by hand), if none today (daily), or if none in ten minutes (quit). */
  'backup.snapshot': (ctx: CoreJobContext, input: { when: 'now' | 'daily' | 'quit' }, control: JobControl) =>
    withPortfolio(ctx, async (portfolio): Promise<SnapshotTaken> => {
      const settings = loadSettings(ctx.dataDir).settings.backup;
      const job = { ...control, nativeBinding: ctx.nativeBinding };
      const now = portfolio.now();
      if (input.when === 'now') {
        const result = await takeSnapshot(portfolio, backupFolder(ctx.dataDir, settings), job);
        return {
          taken: true,
          snapshot: summarizeSnapshot(result.snapshot),
          bytesWritten: result.bytesWritten,
        };
      }
      const due = input.when === 'daily' ? snapshotIfDue : snapshotOnQuit;
      const result = await due(portfolio, settings, now, job);
      return result.taken
        ? { taken: true, snapshot: summarizeSnapshot(result.snapshot), bytesWritten: result.bytesWritten }
        : { taken: false, snapshot: null, bytesWritten: 0 };
    }),
  /**
   * Replaces the portfolio with a backup. The caller holds the folder's lock and has
   * closed its own connection (Portfolio.whileClosed): nothing else may have it open.
   */
  'backup.restore': async (ctx: CoreJobContext, input: { source: string }, control: JobControl) => {
    const result = await restorePortfolio(ctx.dataDir, input.source, {
      ...control,
      nativeBinding: ctx.nativeBinding,
    });
    // Page images are not in backups: make those of the restored photos now, so the next
    // packet is quick (a restore of this portfolio's own backup finds most still kept). The
    // restore is done by now: a failure here only leaves the packet to make them.
    await withPortfolio(ctx, async (portfolio) => allPhotos(portfolio))
      .then((photos) => preparePhotoFiles(preparedImagesOf(ctx), photos, control))
      .catch(() => undefined);
    const summary: RestoreSummary = {
      previousDir: result.replacedDatabase ? result.previousDir : null,
      activities: result.activities,
      certificates: result.certificates,
    };
    return summary;
  },
} satisfies Record<string, (ctx: CoreJobContext, input: never, control: JobControl) => Promise<unknown>>;

export type CoreJobName = keyof typeof coreJobs;
export type CoreJobInput<N extends CoreJobName> = Parameters<(typeof coreJobs)[N]>[1];
export type CoreJobResult<N extends CoreJobName> = Awaited<ReturnType<(typeof coreJobs)[N]>>;

/** Runs core jobs: on a worker thread in the app, in-process in tests. */
export interface CoreJobRunner {
  run<N extends CoreJobName>(
    name: N,
    input: CoreJobInput<N>,
    control?: JobControl,
  ): Promise<CoreJobResult<N>>;
}

export function isCoreJobName(name: unknown): name is CoreJobName {
  return typeof name === 'string' && Object.hasOwn(coreJobs, name);
}

/** Runs a core job by name on this thread. */
export async function runCoreJob<N extends CoreJobName>(
  ctx: CoreJobContext,
  name: N,
  input: CoreJobInput<N>,
  control: JobControl = {},
): Promise<CoreJobResult<N>> {
  const job = coreJobs[name] as (
    c: CoreJobContext,
    i: CoreJobInput<N>,
    j: JobControl,
  ) => Promise<CoreJobResult<N>>;
  return await job(ctx, input, control);
}

/** The same jobs on the calling thread (tests, the harness's in-process mode). */
export function createInProcessJobRunner(ctx: CoreJobContext): CoreJobRunner {
  return { run: (name, input, control) => runCoreJob(ctx, name, input, control) };
}

function preparedImagesOf(ctx: CoreJobContext): PreparedImageStore {
  const paths = dataPaths(ctx.dataDir);
  return new PreparedImageStore(paths.preparedImagesDir, paths.certificatesDir);
}

async function withPortfolio<T>(ctx: CoreJobContext, run: (portfolio: Portfolio) => Promise<T>): Promise<T> {
  const portfolio = Portfolio.open({ dataDir: ctx.dataDir, nativeBinding: ctx.nativeBinding });
  try {
    return await run(portfolio);
  } finally {
    portfolio.close();
  }
}
