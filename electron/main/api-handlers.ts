import type { EventName, EventPayload } from '../../src/api/contract';
import { UserError } from '../../src/core/errors';
import { exportPortfolio, importPortfolio } from '../../src/core/exchange';
import type { Portfolio } from '../../src/core/portfolio';
import { loadSamplePortfolio } from '../../src/core/sample';
import { verifyPortfolio } from '../../src/core/verify/verify-portfolio';
import type { ApiHandlers } from './bind-api';
import type { Dialogs } from './dialog-requests';
import type { PacketJobOptions, PacketRunner } from './packet-runner';

export type EmitEvent = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

/** Everything the handlers need from the outside; the app and the harness each build one. */
export interface ApiContext {
  portfolio: Portfolio;
  appVersion: string;
  dialogs: Dialogs;
  emit: EmitEvent;
  /** The folder holding the sample portfolio (resources/sample). */
  sampleDir: string;
  packets: PacketRunner;
}

/** The handler of every operation in src/api/contract.ts. */
export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  const { portfolio } = ctx;
  const runningExports = new Map<string, AbortController>();

  /** Fixes the as-of date once, so the worker and the window agree on "today". */
  const withAsOf = (options: PacketJobOptions): PacketJobOptions => ({
    ...options,
    asOf: options.asOf ?? portfolio.today(),
  });

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

    addCertificate: ({ fileName, bytes }) => portfolio.certificates.add(fileName, bytes),
    cleanUpCertificates: () => portfolio.certificates.cleanUp(),
    verifyPortfolio: () => verifyPortfolio(portfolio),

    evaluate: ({ asOf }) => portfolio.evaluate(asOf),
    summarize: ({ asOf }) => portfolio.summarize(asOf),

    checkPacket: async (options) => ({ problems: await ctx.packets.check(withAsOf(options)) }),
    previewPacket: (options) => ctx.packets.preview(withAsOf(options)),
    exportPacket: async ({ jobId, options }) => {
      if (runningExports.has(jobId)) {
        throw new UserError(
          'CONFLICT',
          'This packet is already being exported. Wait for it to finish or cancel it.',
        );
      }
      const jobOptions = withAsOf(options);
      const targetPath = await ctx.dialogs.chooseSavePath({
        title: 'Save the recertification packet',
        defaultName: packetFileName(portfolio, jobOptions),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      });
      if (targetPath === null) return null;
      const controller = new AbortController();
      runningExports.set(jobId, controller);
      try {
        return await ctx.packets.write(targetPath, jobOptions, {
          signal: controller.signal,
          onProgress: (step) => ctx.emit('packetProgress', { jobId, ...step }),
        });
      } finally {
        runningExports.delete(jobId);
      }
    },
    cancelPacket: ({ jobId }) => {
      runningExports.get(jobId)?.abort();
      return null;
    },

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

/** "CMA packet 2026-11-24 - Jane Doe.pdf": what the person will look for in their folder. */
export function packetFileName(portfolio: Portfolio, options: PacketJobOptions): string {
  let credential = 'Recertification';
  try {
    credential = portfolio.findRulePack(portfolio.getCredential(options.credentialId).rulePackId).credential;
  } catch {
    // The export itself will report a missing credential in words; the name can be plain.
  }
  const holder = portfolio.getHolder()?.fullName;
  const name = `${credential} packet ${options.asOf ?? portfolio.today()}${holder ? ` - ${holder}` : ''}`;
  // Characters no file system accepts in a name (and control characters) become spaces.
  const safe = [...name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('');
  return `${safe.replace(/\s+/g, ' ').trim()}.pdf`;
}
