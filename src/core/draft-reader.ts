import type { Said } from '../domain/i18n/translator';
import * as repository from './db/draft-repository';
import { recordReading } from './drafts';
import { isUserError } from './errors';
import type { CoreJobRunner } from './jobs';
import type { Portfolio } from './portfolio';

/** Two readings at once: this machine's two cores, and the window stays free on the main thread. */
export const readingsAtOnce = 2;

/**
 * Reads drafts in the background: each reading is the core job `certificate.read` (on a
 * worker thread in the app), at most `readingsAtOnce` at a time, and its result is written
 * to the draft here, on the portfolio's own connection. A draft changed meanwhile (joined
 * with another, discarded) ignores a result meant for what it was.
 */
export class DraftReader {
  private readonly waiting: { id: number; readToken: number }[] = [];
  private running = 0;
  private readonly settled: (() => void)[] = [];

  constructor(
    private readonly portfolio: () => Portfolio,
    private readonly jobs: CoreJobRunner,
    private readonly log: (error: unknown) => void = () => undefined,
  ) {}

  /** Reads every draft left waiting (created, joined, or interrupted by a restart). */
  readWaiting(): void {
    const queued = new Set(this.waiting.map((w) => `${w.id}:${w.readToken}`));
    for (const draft of repository.draftsStillReading(this.portfolio().db)) {
      if (
        !queued.has(`${draft.id}:${draft.readToken}`) &&
        !this.inFlight.has(`${draft.id}:${draft.readToken}`)
      )
        this.waiting.push(draft);
    }
    this.pump();
  }

  /** Resolves once nothing is waiting or being read (tests). */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.settled.push(resolve));
  }

  private readonly inFlight = new Set<string>();
  private readonly controllers = new Map<number, AbortController>();

  /** Stops reading a draft that is gone (discarded): its worker need not finish. */
  stop(id: number): void {
    this.controllers.get(id)?.abort();
    const at = this.waiting.findIndex((draft) => draft.id === id);
    if (at >= 0) this.waiting.splice(at, 1);
  }

  private pump(): void {
    while (this.running < readingsAtOnce && this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      this.running += 1;
      const key = `${next.id}:${next.readToken}`;
      this.inFlight.add(key);
      void this.read(next).finally(() => {
        this.inFlight.delete(key);
        this.running -= 1;
        this.pump();
        if (this.running === 0 && this.waiting.length === 0) {
          for (const resolve of this.settled.splice(0)) resolve();
        }
      });
    }
  }

  private async read(draft: { id: number; readToken: number }): Promise<void> {
    let outcome: Parameters<typeof recordReading>[3];
    try {
      const stored = repository.listDrafts(this.portfolio().db, draft.id)[0];
      if (!stored || stored.readToken !== draft.readToken) return;
      const controller = new AbortController();
      this.controllers.set(draft.id, controller);
      const reading = await this.jobs
        .run(
          'certificate.read',
          { sha256s: stored.certificates.map((c) => c.sha256) },
          { signal: controller.signal },
        )
        .finally(() => this.controllers.delete(draft.id));
      outcome = reading.textFound ? { read: reading.fields } : { failure: { key: 'drafts.reason.noText' } };
    } catch (error) {
      outcome = { failure: reasonOf(error) };
      if (!isUserError(error)) this.log(error);
    }
    try {
      recordReading(this.portfolio(), draft.id, draft.readToken, outcome);
    } catch (error) {
      this.log(error);
    }
  }
}

function reasonOf(error: unknown): Said {
  if (isUserError(error) && error.said) return error.said;
  return { key: 'drafts.reason.unreadable' };
}
