import type Database from 'better-sqlite3';
import { format } from 'date-fns';
import { type CredentialEvaluation, type CredentialSummary, summarizeEvaluation } from '../domain/evaluation';
import type { Activity, ActivityInput, Credential, CredentialInput, Holder } from '../domain/portfolio';
import type { RulePack } from '../domain/rule-pack';
import { builtInRulePacks, effectivePack, evaluatePortfolio, InvalidOverridesError } from '../domain/rules';
import { CertificateStore } from './certificates/certificate-store';
import { PreparedImageStore } from './certificates/prepared-images';
import { type DataPaths, dataPaths, ensureDataDir } from './data-dir';
import * as activities from './db/activity-repository';
import * as credentials from './db/credential-repository';
import * as cycles from './db/cycle-repository';
import { withCycleHistory } from './cycle-history';
import type { PastCycle } from '../domain/cycle-history';
import * as holder from './db/holder-repository';
import { openDatabase } from './db/open-database';
import * as rulePacks from './db/rule-pack-repository';
import * as trash from './db/trash-repository';
import * as plans from './db/plan-repository';
import {
  builtInCatalogue,
  type CatalogueItem,
  catalogueItemSchema,
  personalCatalogue,
} from '../domain/plan/catalogue';
import {
  completionWithPlan,
  type PlannedActivity,
  type PlannedActivityInput,
  plannedActivityInputSchema,
  type WithPlan,
} from '../domain/plan/planned';
import type { TrashContents, TrashedItem } from '../domain/trash';
import { type SaidAs, userError } from './errors';

export interface OpenPortfolioOptions {
  dataDir: string;
  /** better-sqlite3 addon built for the running runtime (the Electron build in the app). */
  nativeBinding?: string;
  /** The clock, for tests. */
  now?: () => Date;
}

/**
 * One person's portfolio on disk: the database and the certificate store in one data
 * folder. Everything the app, the CLI and the tests do to a portfolio goes through here.
 */
export class Portfolio {
  private store: CertificateStore;
  /** Photos' page images for the packet, kept by hash (a cache: see prepared-images.ts). */
  readonly preparedImages: PreparedImageStore;
  private readonly builtInIds = new Set(builtInRulePacks.map((p) => p.id));

  private constructor(
    private database: Database.Database,
    readonly paths: DataPaths,
    readonly now: () => Date,
    private readonly nativeBinding: string | undefined,
  ) {
    this.preparedImages = new PreparedImageStore(paths.preparedImagesDir, paths.certificatesDir);
    this.store = new CertificateStore(database, paths.certificatesDir, now, this.preparedImages);
  }

  static open(options: OpenPortfolioOptions): Portfolio {
    const paths = dataPaths(options.dataDir);
    ensureDataDir(paths);
    const db = openDatabase(paths.databasePath, { nativeBinding: options.nativeBinding });
    return new Portfolio(db, paths, options.now ?? (() => new Date()), options.nativeBinding);
  }

  /** The open database. While a restore replaces the portfolio, every use says so instead of failing. */
  get db(): Database.Database {
    this.assertNotReplacing();
    return this.database;
  }

  get certificates(): CertificateStore {
    this.assertNotReplacing();
    return this.store;
  }

  private assertNotReplacing(): void {
    if (this.replacing) {
      throw userError('BUSY', { key: 'errors.restoring' });
    }
  }

  private replacing = false;

  /**
   * Closes the database while `run` replaces the portfolio's files (a restore), then opens
   * what is there afterwards, so everything holding this Portfolio keeps working.
   */
  async whileClosed<T>(run: () => Promise<T>): Promise<T> {
    this.replacing = true;
    this.database.close();
    try {
      return await run();
    } finally {
      ensureDataDir(this.paths);
      this.database = openDatabase(this.paths.databasePath, { nativeBinding: this.nativeBinding });
      this.store = new CertificateStore(
        this.database,
        this.paths.certificatesDir,
        this.now,
        this.preparedImages,
      );
      this.replacing = false;
    }
  }

  close(): void {
    if (this.database.open) this.database.close();
  }

  today(): string {
    return format(this.now(), 'yyyy-MM-dd');
  }

  getHolder(): Holder | null {
    return holder.getHolder(this.db);
  }
  saveHolder(input: Holder): Holder {
    return holder.saveHolder(this.db, input);
  }

  listRulePacks(): RulePack[] {
    return [...builtInRulePacks, ...rulePacks.listCustomRulePacks(this.db)];
  }
  findRulePack(id: string): RulePack {
    const pack = this.listRulePacks().find((p) => p.id === id);
    if (!pack) throw userError('NOT_FOUND', { key: 'errors.rulesGone', values: { id } });
    return pack;
  }
  saveCustomRulePack(input: unknown): RulePack {
    return rulePacks.saveCustomRulePack(this.db, input, this.builtInIds, this.now);
  }
  deleteCustomRulePack(id: string): void {
    rulePacks.deleteCustomRulePack(this.db, id);
  }

  listCredentials(): Credential[] {
    return credentials.listCredentials(this.db);
  }
  getCredential(id: number): Credential {
    return credentials.getCredential(this.db, id);
  }
  saveCredential(input: CredentialInput, id?: number): Credential {
    const pack = this.findRulePack(input.rulePackId);
    // One invalid change to a pack would make every evaluation fail: refuse it here.
    try {
      effectivePack(pack, input.overrides ?? {});
    } catch (error) {
      if (error instanceof InvalidOverridesError)
        throw userError(
          'INVALID_INPUT',
          {
            key: 'coreErrors.invalidOverrides',
            values: { credential: error.credential, issues: error.issues.join('; ') },
          },
          { issues: error.issues },
        );
      throw error;
    }
    return credentials.saveCredential(this.db, input, id, this.now);
  }
  /** Moves the credential to the trash (restorable for 30 days). */
  deleteCredential(id: number): void {
    credentials.deleteCredential(this.db, id, this.now);
  }

  /** Finished cycles, oldest first: one credential's, or every credential's. */
  listPastCycles(credentialId?: number): PastCycle[] {
    return cycles.listPastCycles(this.db, credentialId);
  }

  listActivities(): Activity[] {
    return activities.listActivities(this.db);
  }
  getActivity(id: number): Activity {
    return activities.getActivity(this.db, id);
  }
  saveActivity(input: ActivityInput, id?: number): Activity {
    return activities.saveActivity(this.db, input, id, this.now);
  }
  /** Moves the activity to the trash (restorable for 30 days). */
  deleteActivity(id: number): void {
    activities.deleteActivity(this.db, id, this.now);
  }

  /** Planned activities, soonest first. They never count as earned. */
  listPlanned(): PlannedActivity[] {
    return plans.listPlanned(this.db);
  }
  savePlanned(input: PlannedActivityInput, id?: number): PlannedActivity {
    return plans.savePlanned(this.db, plannedActivityInputSchema.parse(input), id, this.now());
  }
  deletePlanned(id: number): void {
    plans.deletePlanned(this.db, id);
  }
  /** Marks a planned activity done: saves it as a normal activity and drops the plan, in one step. */
  completePlanned(id: number, activity: ActivityInput): Activity {
    return this.db.transaction(() => {
      plans.getPlanned(this.db, id);
      const saved = this.saveActivity(activity);
      plans.deletePlanned(this.db, id);
      return saved;
    })();
  }

  /** The catalogue of ways to earn credit: the built-in items and the person's own, with what they own marked. */
  catalogue(): CatalogueItem[] {
    return personalCatalogue(plans.listOwnItems(this.db), plans.listOwned(this.db));
  }
  saveOwnCatalogueItem(input: unknown): CatalogueItem {
    const item = catalogueItemSchema.parse(input);
    if (builtInCatalogue.some((builtIn) => builtIn.id === item.id)) {
      throw userError('CONFLICT', { key: 'planning.errors.builtInId', values: { id: item.id } });
    }
    plans.saveOwnItem(this.db, item, this.now());
    return this.catalogue().find((entry) => entry.id === item.id)!;
  }
  deleteOwnCatalogueItem(id: string): void {
    plans.deleteOwnItem(this.db, id);
  }
  setCatalogueOwned(itemId: string, owned: boolean): void {
    if (!this.catalogue().some((item) => item.id === itemId)) {
      throw userError('NOT_FOUND', { key: 'planning.errors.itemGone' });
    }
    plans.setOwned(this.db, itemId, owned, this.now());
  }

  /** For each credential not yet complete that has planned activities: the day the plan completes it, if it does. */
  withPlan(asOf: string = this.today()): WithPlan[] {
    const planned = this.listPlanned();
    if (planned.length === 0) return [];
    const activityList = this.listActivities();
    return completionWithPlan(
      this.evaluateWith(activityList, asOf),
      activityList,
      planned,
      (list, day) => this.evaluateWith(list, day),
      asOf,
    );
  }

  listTrash(): TrashContents {
    return trash.listTrash(this.db);
  }
  restoreFromTrash(item: TrashedItem): void {
    trash.restoreFromTrash(this.db, item.kind, item.id);
  }
  /** Removes everything in the trash for good. */
  emptyTrash(): { activities: number; credentials: number } {
    return trash.emptyTrash(this.db);
  }
  /** Removes what has been in the trash for more than 30 days; the app runs this every day it is open. */
  purgeExpiredTrash(): { activities: number; credentials: number } {
    return trash.purgeExpiredTrash(this.db, this.now());
  }

  /** Where every credential stands, without the per-activity detail. */
  summarize(asOf: string = this.today()): { asOf: string; credentials: CredentialSummary[] } {
    const evaluation = this.evaluate(asOf);
    return { asOf: evaluation.asOf, credentials: evaluation.credentials.map(summarizeEvaluation) };
  }

  /**
   * Where every credential stands as of a date (today by default), or only the credentials
   * named (a packet needs one: the others are not evaluated at all).
   */
  evaluate(
    asOf: string = this.today(),
    only?: { credentialIds: readonly number[] },
  ): { asOf: string; credentials: CredentialEvaluation[] } {
    return { asOf, credentials: this.evaluateWith(this.listActivities(), asOf, only) };
  }

  /** Every credential (or those named) evaluated over the activities given: the saved ones, or a "what if". */
  evaluateWith(
    activityList: readonly Activity[],
    asOf: string,
    only?: { credentialIds: readonly number[] },
  ): CredentialEvaluation[] {
    const all = this.listCredentials().filter((c) => !only || only.credentialIds.includes(c.id));
    const packs = this.listRulePacks();
    for (const credential of all) {
      const pack = packs.find((p) => p.id === credential.rulePackId);
      const label: SaidAs = {
        key: 'coreErrors.credentialLabel',
        values: {
          credential: pack?.credential ?? credential.rulePackId,
          number: credential.credentialNumber || 'none',
        },
      };
      if (!pack) {
        throw userError('NOT_FOUND', {
          key: 'coreErrors.packGone',
          values: { label, pack: credential.rulePackId },
        });
      }
      try {
        effectivePack(pack, credential.overrides);
      } catch (error) {
        if (!(error instanceof InvalidOverridesError)) throw error;
        throw userError('INVALID_INPUT', {
          key: 'coreErrors.invalidOverridesInPortfolio',
          values: { credential: error.credential, issues: error.issues.join('; ') },
        });
      }
    }
    const placed = withCycleHistory(
      all,
      (credential) =>
        effectivePack(packs.find((p) => p.id === credential.rulePackId) as RulePack, credential.overrides),
      cycles.listPastCycleFacts(this.db),
      activityList,
      asOf,
    );
    return evaluatePortfolio({ ...placed, packs, asOf });
  }
}
