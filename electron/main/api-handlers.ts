import { changeActivities } from '../../src/core/activity-bulk';
import { previewActivity } from '../../src/core/count-preview';
import { DraftReader } from '../../src/core/draft-reader';
import {
  confirmDraft,
  createDrafts,
  discardDraft,
  getDraft,
  joinDrafts,
  listDrafts,
  saveDraftEdits,
} from '../../src/core/drafts';
import { upcomingFor } from '../../src/core/reminders';
import { keepChosenAsPlanned } from '../../src/core/plan';
import fs from 'node:fs';
import { userError } from '../../src/core/errors';
import { rememberWritten, wasWritten } from './written-files';
import { loadSettings, saveSettings } from '../../src/core/settings';
import { deleteAudit, listAudits, saveAudit, setAuditAnswered } from '../../src/core/audits';
import type { PacketRequest } from '../../src/domain/packet';
import { exportPortfolio, importPortfolio, writeActivityLogCsv } from '../../src/core/exchange';
import { packetFileName, preflightPacket, refuseOpenItems } from '../../src/core/packet';
import { photoKindOf } from '../../src/core/packet/certificate-image';
import type { PhotoToPrepare } from '../../src/core/certificates/prepared-images';
import type { Portfolio } from '../../src/core/portfolio';
import { clearSample, isSamplePortfolio, loadSamplePortfolio } from '../../src/core/sample';
import { renewCredential, undoLastRenewal } from '../../src/core/renewals';
import { createBackupJobs, createBackupOperations } from './backup-handlers';
import { verifyPortfolio } from '../../src/core/verify/verify-portfolio';
import type { ApiHandlers } from './bind-api';
import type { JobHandlers } from './bind-jobs';
import type { ApiContext } from './api-context';
import { dialogWords } from './dialog-words';

export type { ApiContext, EmitEvent } from './api-context';

/** The handler of every operation in src/api/contract.ts. */
export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  const { portfolio } = ctx;
  const say = () => dialogWords(portfolio.paths.dataDir, ctx.systemLanguages);
  // Drafts waiting to be read (a restart in the middle of reading) are read again now.
  const reader = new DraftReader(
    () => portfolio,
    ctx.jobs,
    (error) => ctx.log?.('drafts', error),
  );
  reader.readWaiting();
  // Preparing is a convenience: if it fails, the packet prepares the image when it needs it.
  const preparePhotosOffThread = (photos: PhotoToPrepare[]) =>
    ctx.jobs.run('certificates.prepare', { photos }).catch(() => undefined);

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
    getLanguage: () => ({
      choice: loadSettings(portfolio.paths.dataDir).settings.language,
      system: ctx.systemLanguages?.() ?? [],
    }),
    setLanguage: ({ choice }) => {
      const { settings } = loadSettings(portfolio.paths.dataDir);
      settings.language = choice;
      saveSettings(portfolio.paths.dataDir, settings);
      ctx.onLanguageChanged?.(choice);
      return { choice, system: ctx.systemLanguages?.() ?? [] };
    },
    getReminderSettings: () => loadSettings(portfolio.paths.dataDir).settings.reminders,
    setReminderSettings: (reminders) => {
      const { settings } = loadSettings(portfolio.paths.dataDir);
      settings.reminders = reminders;
      saveSettings(portfolio.paths.dataDir, settings);
      return reminders;
    },
    getUpdateChecks: () => ({ check: loadSettings(portfolio.paths.dataDir).settings.updates.check }),
    setUpdateChecks: ({ check }) => {
      const { settings } = loadSettings(portfolio.paths.dataDir);
      settings.updates.check = check;
      saveSettings(portfolio.paths.dataDir, settings);
      ctx.onUpdateChecksChanged?.(check);
      return { check };
    },
    listAudits: () => listAudits(portfolio),
    saveAudit: ({ id, audit }) => saveAudit(portfolio, audit, id),
    setAuditAnswered: ({ id, answered }) => setAuditAnswered(portfolio, id, answered),
    deleteAudit: ({ id }) => {
      deleteAudit(portfolio, id);
      return null;
    },
    deleteCredential: ({ id }) => {
      portfolio.deleteCredential(id);
      return null;
    },

    listPastCycles: ({ credentialId }) => portfolio.listPastCycles(credentialId),
    renewCredential: (input) => renewCredential(portfolio, input),
    undoRenewal: ({ credentialId }) => undoLastRenewal(portfolio, credentialId),

    listActivities: () => portfolio.listActivities(),
    getActivity: ({ id }) => portfolio.getActivity(id),
    saveActivity: ({ id, activity }) => portfolio.saveActivity(activity, id),
    previewActivity: (input) => previewActivity(portfolio, input),
    listUpcoming: () => {
      const { asOf, items } = upcomingFor(portfolio);
      return { asOf, items };
    },
    listPlanned: () => portfolio.listPlanned(),
    savePlanned: ({ id, planned }) => portfolio.savePlanned(planned, id),
    deletePlanned: ({ id }) => {
      portfolio.deletePlanned(id);
      return null;
    },
    completePlanned: ({ id, activity }) => portfolio.completePlanned(id, activity),
    listWithPlan: () =>
      portfolio.listPlanned().length === 0 ? [] : ctx.jobs.run('plan.withPlan', { asOf: portfolio.today() }),
    listCatalogue: () => portfolio.catalogue(),
    saveCatalogueItem: (item) => portfolio.saveOwnCatalogueItem(item),
    deleteCatalogueItem: ({ id }) => {
      portfolio.deleteOwnCatalogueItem(id);
      return null;
    },
    setCatalogueOwned: ({ itemId, owned }) => {
      portfolio.setCatalogueOwned(itemId, owned);
      return null;
    },
    makePlan: (request) => ctx.jobs.run('plan.make', { asOf: portfolio.today(), request }),
    keepPlanItem: (chosen) => keepChosenAsPlanned(portfolio, chosen),
    changeActivities: ({ activityIds, action }) => changeActivities(portfolio, activityIds, action),
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

    listDrafts: () => {
      // A portfolio restored with drafts still to read has them read now.
      reader.readWaiting();
      return listDrafts(portfolio);
    },
    getDraft: ({ id }) => getDraft(portfolio, id),
    addDrafts: ({ sha256s }) => {
      const drafts = createDrafts(portfolio, sha256s);
      reader.readWaiting();
      return drafts;
    },
    saveDraftEdits: ({ id, edits }) => saveDraftEdits(portfolio, id, edits),
    confirmDraft: ({ id, activity }) => confirmDraft(portfolio, id, activity),
    discardDraft: ({ id }) => {
      discardDraft(portfolio, id);
      reader.stop(id);
      return null;
    },
    joinDrafts: ({ frontId, backId }) => {
      const draft = joinDrafts(portfolio, frontId, backId);
      reader.readWaiting();
      return draft;
    },

    addCertificate: async ({ fileName, bytes }) => {
      const certificate = portfolio.certificates.add(fileName, bytes);
      // A photo's page image is made now, once, from the bytes in hand: no packet decodes
      // it again. sharp works on libuv's threads, so this thread only waits (about 0.1 s for
      // 12 megapixels); HEIC's decoder would hold this thread, so a worker makes that one,
      // not waited for (starting a worker costs more than the image). A photo that cannot
      // be read is reported by the packet, with the rest.
      const kind = photoKindOf(certificate.mediaType);
      if (kind === 'image') await portfolio.preparedImages.prepareAtIntake(certificate, bytes);
      if (kind === 'heif') void preparePhotosOffThread([certificate]);
      return certificate;
    },
    cleanUpCertificates: () => portfolio.certificates.cleanUp(),
    verifyPortfolio: () => verifyPortfolio(portfolio),

    evaluate: ({ asOf }) => portfolio.evaluate(asOf),
    summarize: ({ asOf }) => portfolio.summarize(asOf),

    checkPacket: async (request) => ({
      problems: await ctx.jobs.run('packet.check', withAsOf(portfolio, request)),
      openItems: preflightPacket(portfolio, withAsOf(portfolio, request)),
    }),
    previewPacket: (request) => ctx.jobs.run('packet.preview', withAsOf(portfolio, request)),

    exportPortfolio: async () => {
      const folder = await ctx.dialogs.chooseFolder({
        title: say()('dialogs.exportFolder'),
      });
      if (folder === null) return null;
      return await exportPortfolio(portfolio, folder);
    },
    importPortfolio: async () => {
      const words = say();
      const file = await ctx.dialogs.chooseOpenFile({
        title: words('dialogs.importFile'),
        filters: [{ name: words('dialogs.portfolioFiles'), extensions: ['json'] }],
      });
      if (file === null) return null;
      return await importPortfolio(portfolio, file, { preparePhotos: preparePhotosOffThread });
    },
    loadSamplePortfolio: () =>
      loadSamplePortfolio(portfolio, ctx.sampleDir, { preparePhotos: preparePhotosOffThread }),
    getSampleMode: () => ({ sample: isSamplePortfolio(portfolio) }),
    exportActivityLog: async () => {
      const words = say();
      const target = await ctx.dialogs.chooseSavePath({
        title: words('dialogs.saveActivityLog'),
        defaultName: words('dialogs.activityLogName', { date: portfolio.today() }),
        filters: [{ name: words('dialogs.csvFiles'), extensions: ['csv'] }],
      });
      if (target === null) return null;
      const written = writeActivityLogCsv(portfolio, target);
      rememberWritten(ctx, written.path);
      return written;
    },
    openWrittenFile: async ({ path: filePath, how }) => {
      if (!wasWritten(ctx, filePath) || !fs.existsSync(filePath)) {
        throw userError('NOT_FOUND', { key: 'coreErrors.fileMoved' });
      }
      if (how === 'folder') ctx.dialogs.showInFolder(filePath);
      else await ctx.dialogs.openFile(filePath);
      return null;
    },
    clearSample: () => clearSample(portfolio),
    ...createBackupOperations(ctx),
  };
}

/** The long jobs of src/api/contract.ts. */
export function createJobHandlers(ctx: ApiContext): JobHandlers {
  const { portfolio } = ctx;
  const say = () => dialogWords(portfolio.paths.dataDir, ctx.systemLanguages);
  return {
    exportPacket: async ({ request }, control) => {
      const fixed = withAsOf(portfolio, request);
      // Before the save dialog: the person decides on open items before choosing a file.
      refuseOpenItems(portfolio, fixed);
      const words = say();
      const target = await ctx.dialogs.chooseSavePath({
        title: words('dialogs.savePacket'),
        defaultName: packetFileName(portfolio, fixed),
        filters: [{ name: words('dialogs.pdfFiles'), extensions: ['pdf'] }],
      });
      if (target === null) return null;
      const saved = await ctx.jobs.run('packet.save', { target, request: fixed }, control);
      rememberWritten(ctx, saved.path);
      return saved;
    },
    ...createBackupJobs(ctx),
  };
}

/** Fixes the as-of date once, so the worker and the window agree on "today". */
function withAsOf(portfolio: Portfolio, request: PacketRequest): PacketRequest {
  return { ...request, asOf: request.asOf ?? portfolio.today() };
}
