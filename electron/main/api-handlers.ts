import type { EventName, EventPayload } from '../../src/api/contract';
import type { PacketRequest } from '../../src/domain/packet';
import { exportPortfolio, importPortfolio } from '../../src/core/exchange';
import type { CoreJobRunner } from '../../src/core/jobs';
import { packetFileName } from '../../src/core/packet';
import type { Portfolio } from '../../src/core/portfolio';
import { loadSamplePortfolio } from '../../src/core/sample';
import type { ApiHandlers } from './bind-api';
import type { JobHandlers } from './bind-jobs';
import type { Dialogs } from './dialog-requests';

export type EmitEvent = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

/** Everything the handlers need from the outside; the app and the harness each build one. */
export interface ApiContext {
  portfolio: Portfolio;
  appVersion: string;
  dialogs: Dialogs;
  emit: EmitEvent;
  /** The folder holding the sample portfolio (resources/sample). */
  sampleDir: string;
  /** Runs core's long jobs: on worker threads in the app. */
  jobs: CoreJobRunner;
}

/** The handler of every operation in src/api/contract.ts. */
export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  const { portfolio } = ctx;

  return {
    getAppInfo: () => ({
      version: ctx.appVersion,
      dataDir: portfolio.paths.dataDir,
      databasePath: portfolio.paths.databasePath,
    }),
    getHolder: () => portfolio.getHolder(),
    saveHolder: (holder) => portfolio.saveHolder(holder),

    listRulePacks: () => portfolio.listRulePacks(),
    saveCustomRulePack: (pack) => portfolio.saveCustomRulePack(pack),
    deleteCustomRulePack: ({ id }) => {
      portfolio.deleteCustomRulePack(id);
      return null;
    },

    listCredentials: () => portfolio.listCredentials(),
    saveCredential: ({ id, credential }) => portfolio.saveCredential(credential, id),
    deleteCredential: ({ id }) => {
      portfolio.deleteCredential(id);
      return null;
    },

    listActivities: () => portfolio.listActivities(),
    getActivity: ({ id }) => portfolio.getActivity(id),
    saveActivity: ({ id, activity }) => portfolio.saveActivity(activity, id),
    deleteActivity: ({ id }) => {
      portfolio.deleteActivity(id);
      return null;
    },

    listTrash: () => portfolio.listTrash(),
    restoreFromTrash: (item) => {
      portfolio.restoreFromTrash(item);
      return null;
    },
    emptyTrash: () => portfolio.emptyTrash(),

    addCertificate: ({ fileName, bytes }) => portfolio.certificates.add(fileName, bytes),
    cleanUpCertificates: () => portfolio.certificates.cleanUp(),

    evaluate: ({ asOf }) => portfolio.evaluate(asOf),
    summarize: ({ asOf }) => portfolio.summarize(asOf),

    checkPacket: async (request) => ({
      problems: await ctx.jobs.run('packet.check', withAsOf(portfolio, request)),
    }),
    previewPacket: (request) => ctx.jobs.run('packet.preview', withAsOf(portfolio, request)),

    exportPortfolio: async () => {
      const folder = await ctx.dialogs.chooseFolder({
        title: 'Choose a folder to export your portfolio into',
      });
      if (folder === null) return null;
      return await exportPortfolio(portfolio, folder);
    },
    importPortfolio: async () => {
      const file = await ctx.dialogs.chooseOpenFile({
        title: 'Choose a portfolio file to import',
        filters: [{ name: 'CEU Portfolio export', extensions: ['json'] }],
      });
      if (file === null) return null;
      return await importPortfolio(portfolio, file);
    },
    loadSamplePortfolio: () => loadSamplePortfolio(portfolio, ctx.sampleDir),
  };
}

/** The long jobs of src/api/contract.ts. */
export function createJobHandlers(ctx: ApiContext): JobHandlers {
  const { portfolio } = ctx;
  return {
    exportPacket: async ({ request }, control) => {
      const fixed = withAsOf(portfolio, request);
      const target = await ctx.dialogs.chooseSavePath({
        title: 'Save the recertification packet',
        defaultName: packetFileName(portfolio, fixed),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      });
      if (target === null) return null;
      return await ctx.jobs.run('packet.save', { target, request: fixed }, control);
    },
  };
}

/** Fixes the as-of date once, so the worker and the window agree on "today". */
function withAsOf(portfolio: Portfolio, request: PacketRequest): PacketRequest {
  return { ...request, asOf: request.asOf ?? portfolio.today() };
}
