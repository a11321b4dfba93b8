import { type Draft, type DraftEdits, type ReadFields } from '../domain/drafts';
import { matchesAnyName } from '../domain/holder-name';
import type { Said } from '../domain/i18n/translator';
import type { Activity, ActivityInput } from '../domain/portfolio';
import * as repository from './db/draft-repository';
import type { Portfolio } from './portfolio';

/**
 * Activities drafted from certificate files. Each file dropped becomes a draft (its file
 * already in the certificate store) that is read in the background (src/core/draft-reader.ts);
 * the person reviews it in the activity form, and only confirming it saves an activity.
 * Drafts live in the database, so they survive a restart.
 */

export function listDrafts(portfolio: Portfolio): Draft[] {
  const names = holderNames(portfolio);
  return repository.listDrafts(portfolio.db).map((draft) => shown(draft, names));
}

export function getDraft(portfolio: Portfolio, id: number): Draft {
  return shown(repository.getDraft(portfolio.db, id), holderNames(portfolio));
}

/** One draft per stored certificate, each waiting to be read. */
export function createDrafts(portfolio: Portfolio, sha256s: readonly string[]): Draft[] {
  const ids = repository.createDrafts(
    portfolio.db,
    sha256s.map((sha256) => [sha256]),
    portfolio.now().toISOString(),
  );
  return ids.map((id) => getDraft(portfolio, id));
}

export function saveDraftEdits(portfolio: Portfolio, id: number, edits: DraftEdits): Draft {
  repository.saveDraftEdits(portfolio.db, id, edits, portfolio.now().toISOString());
  return getDraft(portfolio, id);
}

/** Removes the draft; its files stay in the store until the usual clean-up takes unused ones. */
export function discardDraft(portfolio: Portfolio, id: number): void {
  repository.deleteDraft(portfolio.db, id);
}

/** Makes the back draft's files the second side of the front draft, to be read again together. */
export function joinDrafts(portfolio: Portfolio, frontId: number, backId: number): Draft {
  repository.joinDrafts(portfolio.db, frontId, backId, portfolio.now().toISOString());
  return getDraft(portfolio, frontId);
}

/** Saves the activity and removes the draft, together or not at all. */
export function confirmDraft(portfolio: Portfolio, id: number, activity: ActivityInput): Activity {
  return portfolio.db
    .transaction(() => {
      repository.getDraft(portfolio.db, id);
      const saved = portfolio.saveActivity(activity);
      repository.deleteDraft(portfolio.db, id);
      return saved;
    })
    .immediate();
}

export function recordReading(
  portfolio: Portfolio,
  id: number,
  readToken: number,
  outcome: { read: ReadFields } | { failure: Said },
): boolean {
  return repository.recordReading(portfolio.db, id, readToken, outcome, portfolio.now().toISOString());
}

/** The holder's name and any name a certifying body has on record (a maiden name). */
function holderNames(portfolio: Portfolio): string[] {
  const holder = portfolio.getHolder();
  return [
    holder?.fullName ?? '',
    ...portfolio.listCredentials().map((credential) => credential.nameOnRecord ?? ''),
  ].filter((name) => name.trim() !== '');
}

function shown(draft: repository.StoredDraft, names: string[]): Draft {
  const read = draft.read?.holderName?.value ?? '';
  const mismatch = read !== '' && names.length > 0 && !matchesAnyName(read, names);
  return {
    id: draft.id,
    status: draft.status,
    failure: draft.failure ? plainSaid(draft.failure) : null,
    certificates: draft.certificates,
    read: draft.read,
    edits: draft.edits,
    nameMismatch: mismatch ? { read, holder: names[0]! } : null,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
}

/** A reason as the window says it: its key and its plain values (a file name, a number). */
function plainSaid(said: Said): NonNullable<Draft['failure']> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  }
  return { key: said.key, values };
}
