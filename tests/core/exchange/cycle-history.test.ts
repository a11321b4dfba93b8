import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportPortfolio, importPortfolio } from '../../../src/core/exchange';
import type { Portfolio } from '../../../src/core/portfolio';
import { renewCredential } from '../../../src/core/renewals';
import type { PastCycle } from '../../../src/domain/cycle-history';
import { removeTempDirs, tempDir } from '../fixtures';
import { activity, openPortfolio, problemsOf, rejectionOf, writeJson } from './helpers';

const open: Portfolio[] = [];
const track = (p: Portfolio) => (open.push(p), p);
afterEach(() => {
  for (const p of open.splice(0)) p.close();
  removeTempDirs();
});

/** A past cycle as a person sees it: without database ids. */
function comparable(cycles: PastCycle[]) {
  return cycles.map(
    ({ credentialId: _c, evaluation: { credentialId: _e, activities, ...evaluation }, ...cycle }) => ({
      ...cycle,
      evaluation: { ...evaluation, activities: activities.map(({ activityId: _a, ...a }) => a) },
    }),
  );
}

describe('the cycle history in a portfolio file', () => {
  it('goes out and comes back with the same finished cycles and the same evaluations', async () => {
    const source = track(openPortfolio());
    const rma = source.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2020-06-01' });
    for (const completedOn of ['2021-02-01', '2022-05-01', '2023-01-10', '2024-03-03']) {
      source.saveActivity({
        title: `Course ${completedOn}`,
        provider: 'AMT',
        kind: 'online_course',
        delivery: 'online',
        completedOn,
        credits: [{ amount: 15, unit: 'amt_ccp_point', category: '' }],
        credentialIds: [rma.id],
      });
    }
    renewCredential(source, { credentialId: rma.id, on: '2023-05-01', by: 'ce' });
    renewCredential(source, { credentialId: rma.id, on: '2026-05-20', by: 'exam' });

    const { path: jsonPath } = await exportPortfolio(source, tempDir());
    const file = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
    expect(file.credentials[0].pastCycles).toEqual([
      {
        startedOn: '2020-06-01',
        endedOn: '2023-05-31',
        ending: 'renewed',
        statedOn: '2023-05-01',
        nextStartedOn: '2023-06-01',
      },
      {
        startedOn: '2023-06-01',
        endedOn: '2026-05-31',
        ending: 'renewed',
        statedOn: '2026-05-20',
        nextStartedOn: '2026-06-01',
      },
    ]);

    const target = track(openPortfolio());
    await importPortfolio(target, jsonPath);
    expect(comparable(target.listPastCycles())).toEqual(comparable(source.listPastCycles()));
    expect(target.evaluate().credentials[0]).toMatchObject({ cycle: { start: '2026-06-01' }, counted: 0 });
  });

  it('imports a file without cycle history as before, and refuses cycles out of order', async () => {
    const dir = tempDir();
    const base = { format: 'ceu-portfolio', version: 1 };
    const target = track(openPortfolio());
    await importPortfolio(
      target,
      writeJson(dir, {
        ...base,
        credentials: [{ ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '2023-01-01' }],
        activities: [activity()],
      }),
    );
    expect(target.listPastCycles()).toEqual([]);

    const cycle = (startedOn: string, nextStartedOn: string) => ({
      startedOn,
      endedOn: nextStartedOn,
      ending: 'renewed',
      statedOn: nextStartedOn,
      nextStartedOn,
    });
    const error = await rejectionOf(
      importPortfolio(
        target,
        writeJson(dir, {
          ...base,
          credentials: [
            {
              ref: 'cma',
              rulePackId: 'aama-cma',
              certifiedOn: '2015-01-01',
              pastCycles: [cycle('2015-01-01', '2019-12-01'), cycle('2020-03-01', '2024-06-01')],
            },
          ],
        }),
      ),
    );
    expect(error.code).toBe('IMPORT_INVALID');
    expect(problemsOf(error).map((p) => p.message)).toEqual([
      'List the finished cycles oldest first, each starting on the day the one before it was followed.',
    ]);
  });
});
