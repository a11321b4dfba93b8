import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { packetSourceFor } from '../../src/core/packet/source';
import { Portfolio } from '../../src/core/portfolio';
import { renewCredential, undoLastRenewal } from '../../src/core/renewals';
import { listPastCycleFacts } from '../../src/core/db/cycle-repository';
import { factsOf } from '../../src/domain/cycle-history';
import type { ActivityInput } from '../../src/domain/portfolio';
import { packetRequestSchema } from '../../src/domain/packet';
import { removeTempDirs, tempDir } from './fixtures';

const today = new Date(2026, 11, 5, 12);
let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  portfolio = undefined;
  removeTempDirs();
});

function open(): Portfolio {
  portfolio = Portfolio.open({ dataDir: tempDir('ceu-renew-'), now: () => today });
  return portfolio;
}

function course(credentialId: number, completedOn: string, amount: number, unit: string): ActivityInput {
  return {
    title: `Course of ${completedOn}`,
    provider: 'Relias Academy',
    kind: 'online_course',
    delivery: 'online',
    completedOn,
    credits: [{ amount, unit, category: '' }],
    credentialIds: [credentialId],
  } as ActivityInput;
}

function refusalOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('renewing a credential', () => {
  it('keeps the finished cycle with its evaluation and starts the next one with nothing earned', () => {
    const p = open();
    const rma = p.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2023-12-10' });
    for (const day of ['2024-03-01', '2025-01-15', '2026-06-20'])
      p.saveActivity(course(rma.id, day, 10, 'amt_ccp_point'));
    expect(p.evaluate().credentials[0]).toMatchObject({ counted: 30, status: 'complete' });

    const past = renewCredential(p, { credentialId: rma.id, on: '2026-12-01', by: 'ce' });
    expect(past).toMatchObject({
      startedOn: '2023-12-10',
      endedOn: '2026-12-09',
      ending: 'renewed',
      statedOn: '2026-12-01',
      nextStartedOn: '2026-12-10',
    });
    expect(past.evaluation).toMatchObject({ asOf: '2026-12-01', counted: 30, status: 'complete' });

    // Today the next cycle is the one shown: it starts on the 10th, nothing earned in it.
    const now = p.evaluate().credentials[0];
    expect(now?.cycle).toMatchObject({ start: '2026-12-10', end: '2029-12-09', from: 'certified_on' });
    expect(now).toMatchObject({ counted: 0, earned: 0, status: 'not_started' });
    expect(p.listPastCycles(rma.id)).toEqual([past]);

    // The past cycle's packet is the packet as of its last day.
    p.saveHolder({ fullName: 'Jane Doe', email: '', phone: '', address: '', memberNumbers: [] });
    const source = packetSourceFor(
      p,
      packetRequestSchema.parse({ credentialId: rma.id, asOf: past.evaluation.asOf }),
    );
    expect(source.evaluation).toMatchObject({
      counted: 30,
      cycle: { start: '2023-12-10', end: '2026-12-09' },
    });
  });

  it('undoes the last renewal without losing anything', () => {
    const p = open();
    const rma = p.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2023-12-10' });
    p.saveActivity(course(rma.id, '2024-03-01', 30, 'amt_ccp_point'));
    const before = p.evaluate();
    renewCredential(p, { credentialId: rma.id, on: '2026-11-30', by: 'ce' });
    expect(p.evaluate().credentials[0]?.counted).toBe(0);
    const undone = undoLastRenewal(p, rma.id);
    expect(undone.statedOn).toBe('2026-11-30');
    expect(p.listPastCycles()).toEqual([]);
    expect(p.evaluate()).toEqual(before);
    expect(refusalOf(() => undoLastRenewal(p, rma.id)).code).toBe('NOT_FOUND');
  });

  it('counts an activity in one cycle only, even where the credit window reaches back (NCCT)', () => {
    const p = open();
    const ncma = p.saveCredential({ rulePackId: 'ncct-ncma', certifiedOn: '2025-03-01' });
    const counted = p.saveActivity(course(ncma.id, '2025-05-01', 14, 'clock_hour'));
    const past = renewCredential(p, { credentialId: ncma.id, on: '2025-12-15', by: 'ce' });
    expect(past.evaluation.counted).toBe(14);
    expect(past.nextStartedOn).toBe('2026-01-01');
    p.saveActivity(course(ncma.id, '2026-02-01', 5, 'clock_hour'));

    const now = p.evaluate().credentials[0];
    expect(now?.cycle.start).toBe('2026-01-01');
    expect(now?.counted).toBe(5);
    expect(now?.activities.map((a) => a.activityId)).not.toContain(counted.id);
    // The finished cycle, looked at again, still counts it.
    expect(p.evaluate('2025-12-15').credentials[0]?.counted).toBe(14);
    // What every evaluation reads of the history, read inside SQLite, is the same as read in full.
    expect(listPastCycleFacts(p.db)).toEqual(p.listPastCycles().map(factsOf));
    expect(listPastCycleFacts(p.db)[0]?.countedActivityIds).toEqual([counted.id]);
    // And only that cycle's packet shows it.
    p.saveHolder({ fullName: 'Jane Doe', email: '', phone: '', address: '', memberNumbers: [] });
    const packetOf = (asOf?: string) =>
      packetSourceFor(p, packetRequestSchema.parse({ credentialId: ncma.id, asOf })).activities.map(
        (a) => a.id,
      );
    expect(packetOf('2025-12-15')).toContain(counted.id);
    expect(packetOf()).not.toContain(counted.id);
  });

  it('starts an AAMA cycle on the day of an early recertification', () => {
    const p = open();
    const cma = p.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2021-03-15' });
    const past = renewCredential(p, { credentialId: cma.id, on: '2026-01-10', by: 'exam' });
    expect(past).toMatchObject({ ending: 'renewed', endedOn: '2026-03-31', nextStartedOn: '2026-01-10' });
    expect(past.evaluation.asOf).toBe('2026-01-09');
    expect(p.evaluate().credentials[0]?.cycle).toMatchObject({ start: '2026-01-10', end: '2031-01-31' });
    // A second renewal continues from the new cycle.
    expect(
      refusalOf(() => renewCredential(p, { credentialId: cma.id, on: '2026-01-10', by: 'exam' })).message,
    ).toBe('Your current CMA cycle started on January 10, 2026. Enter a renewal date after that day.');
  });

  it('refuses a date that does not fit, saying why, and changes nothing', () => {
    const p = open();
    const cma = p.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2021-03-15' });
    const rma = p.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2025-05-10' });
    const cases: [number, string, 'ce' | 'exam', RegExp][] = [
      [cma.id, '2026-12-06', 'ce', /^That date is after today\./],
      [cma.id, '2021-03-01', 'ce', /^Your current CMA cycle started on March 15, 2021\./],
      [
        rma.id,
        '2026-01-10',
        'ce',
        /^Your RMA cycle is not open for renewal yet: .* renewal opens on November 9, 2027\./,
      ],
      [
        cma.id,
        '2026-07-01',
        'ce',
        /could no longer be renewed by continuing education\. If you passed the exam again, choose "By passing the exam again"\.$/,
      ],
    ];
    for (const [credentialId, on, by, message] of cases) {
      const error = refusalOf(() => renewCredential(p, { credentialId, on, by }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(message);
    }
    expect(p.listPastCycles()).toEqual([]);
    // Past AAMA's grace, the exam brings it back.
    expect(renewCredential(p, { credentialId: cma.id, on: '2026-07-01', by: 'exam' }).ending).toBe(
      'reactivated_exam',
    );
  });

  it('keeps the history of a credential in the trash, and removes it with the credential', () => {
    const p = open();
    const rma = p.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2023-12-10' });
    renewCredential(p, { credentialId: rma.id, on: '2026-12-01', by: 'exam' });
    p.deleteCredential(rma.id);
    expect(p.listPastCycles(rma.id)).toHaveLength(1);
    p.emptyTrash();
    expect(p.listPastCycles()).toEqual([]);
  });
});
