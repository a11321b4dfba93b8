import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { upcomingFor, writeCalendar } from '../../src/core/reminders';
import { keepChosenAsPlanned, planPortfolio } from '../../src/core/plan';
import { Portfolio } from '../../src/core/portfolio';
import type { PlannedActivityInput } from '../../src/domain/plan/planned';
import { noLimits } from '../../src/domain/plan/types';
import type { ActivityInput } from '../../src/domain/portfolio';
import { openPortfolio } from './exchange/helpers';
import { removeTempDirs, tempDir } from './fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

function planned(fields: Partial<PlannedActivityInput> = {}): PlannedActivityInput {
  return {
    title: 'Pharmacology refresher',
    provider: 'AAMA e-Learning Center',
    kind: 'online_course',
    delivery: 'online',
    approvingBody: 'AAMA',
    plannedOn: '2027-01-20',
    credits: [{ amount: 10, unit: 'aama_ceu', category: 'clinical' }],
    ...fields,
  };
}

function done(fields: Partial<ActivityInput> = {}): ActivityInput {
  return {
    title: 'Infection control update',
    provider: 'AAMA e-Learning Center',
    kind: 'online_course',
    delivery: 'online',
    approvingBody: 'AAMA',
    completedOn: '2026-10-02',
    credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
    ...fields,
  };
}

/** A CMA certified in March 2024 (cycle to March 2029) with 50 of its 60 points, the minimums met. */
function cmaNearlyDone() {
  portfolio = openPortfolio();
  const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
  const ids = [cma.id];
  portfolio.saveActivity(
    done({ credits: [{ amount: 20, unit: 'aama_ceu', category: 'clinical' }], credentialIds: ids }),
  );
  portfolio.saveActivity(
    done({
      title: 'Billing',
      credits: [{ amount: 20, unit: 'aama_ceu', category: 'administrative' }],
      credentialIds: ids,
    }),
  );
  portfolio.saveActivity(
    done({
      title: 'Ethics',
      credits: [{ amount: 10, unit: 'aama_ceu', category: 'general' }],
      credentialIds: ids,
    }),
  );
  return cma;
}

describe('planned activities', () => {
  it('never count as earned: the standing is the same with or without them', () => {
    const cma = cmaNearlyDone();
    const before = portfolio.summarize();
    portfolio.savePlanned(planned({ credentialIds: [cma.id], plannedOn: '2026-06-01' }));
    expect(portfolio.summarize()).toEqual(before);
    expect(portfolio.listActivities()).toHaveLength(3);
    expect(portfolio.summarize().credentials[0]!.status).not.toBe('complete');
  });

  it('say the day the plan completes a credential, and how far it falls short otherwise', () => {
    const cma = cmaNearlyDone();
    portfolio.savePlanned(
      planned({
        title: 'First half',
        plannedOn: '2027-02-10',
        credits: [{ amount: 5, unit: 'aama_ceu', category: 'clinical' }],
        credentialIds: [cma.id],
      }),
    );
    expect(portfolio.withPlan()).toEqual([
      { credentialId: cma.id, planned: 1, completeBy: null, stillNeeded: 5 },
    ]);
    portfolio.savePlanned(
      planned({
        title: 'Second half',
        plannedOn: '2027-05-01',
        credits: [{ amount: 5, unit: 'aama_ceu', category: 'general' }],
        credentialIds: [cma.id],
      }),
    );
    expect(portfolio.withPlan()).toEqual([
      { credentialId: cma.id, planned: 2, completeBy: '2027-05-01', stillNeeded: 0 },
    ]);
    // Planned after the cycle ends does not complete this cycle.
    const late = portfolio.listPlanned().find((p) => p.title === 'Second half')!;
    portfolio.savePlanned({ ...late, plannedOn: '2029-06-01' }, late.id);
    expect(portfolio.withPlan()[0]!.completeBy).toBeNull();
  });

  it('mark done: become a normal activity that counts, and leave the plan, in one step', () => {
    const cma = cmaNearlyDone();
    const plan = portfolio.savePlanned(planned({ credentialIds: [cma.id] }));
    const activity = portfolio.completePlanned(
      plan.id,
      done({ title: plan.title, completedOn: '2026-11-20', credits: plan.credits, credentialIds: [cma.id] }),
    );
    expect(activity.title).toBe('Pharmacology refresher');
    expect(portfolio.listPlanned()).toEqual([]);
    expect(portfolio.summarize().credentials[0]!.status).toBe('complete');
    // A second "done" on the same plan finds it gone, and saves nothing more.
    expect(() => portfolio.completePlanned(plan.id, done())).toThrow(/no longer exists/);
    expect(portfolio.listActivities()).toHaveLength(4);
  });

  it('a failed "done" (bad activity) keeps the planned activity', () => {
    const cma = cmaNearlyDone();
    const plan = portfolio.savePlanned(planned({ credentialIds: [cma.id] }));
    expect(() => portfolio.completePlanned(plan.id, done({ completedOn: 'not a date' }))).toThrow();
    expect(portfolio.listPlanned()).toHaveLength(1);
    expect(portfolio.listActivities()).toHaveLength(3);
  });

  it('are refused with a clear message when the input is wrong, and survive reopening', () => {
    const cma = cmaNearlyDone();
    expect(() => portfolio.savePlanned(planned({ plannedOn: '2027-02-30' }))).toThrow(/does not exist/);
    expect(() => portfolio.savePlanned(planned({ credentialIds: [999] }))).toThrow(/no longer exists/);
    portfolio.savePlanned(planned({ credentialIds: [cma.id] }));
    const dataDir = portfolio.paths.dataDir;
    portfolio.close();
    portfolio = Portfolio.open({ dataDir, now: () => new Date('2026-12-05T12:00:00') });
    expect(portfolio.listPlanned()).toMatchObject([
      { title: 'Pharmacology refresher', credentialIds: [cma.id] },
    ]);
  });

  it('forget a credential that was deleted', () => {
    const cma = cmaNearlyDone();
    portfolio.savePlanned(planned({ credentialIds: [cma.id] }));
    portfolio.deleteCredential(cma.id);
    expect(portfolio.listPlanned()[0]!.credentialIds).toEqual([]);
  });
});

describe('the plan with planned activities and the catalogue of the person', () => {
  it('counts planned activities as if done, so it plans only what they leave missing', async () => {
    const cma = cmaNearlyDone();
    const limits = noLimits;
    const without = await planPortfolio(portfolio, { limits, member: true });
    expect(without.needs[0]!.total).toBe(10);
    portfolio.savePlanned(
      planned({ credits: [{ amount: 6, unit: 'aama_ceu', category: 'clinical' }], credentialIds: [cma.id] }),
    );
    const withPlanned = await planPortfolio(portfolio, { limits, member: true });
    expect(withPlanned.needs[0]!.total).toBe(4);
  });

  it('uses what the person owns at no cost, and their own items', async () => {
    cmaNearlyDone();
    portfolio.saveOwnCatalogueItem({
      id: 'own-hospital-inservice',
      name: 'Hospital in-service',
      provider: 'Mercy Clinic',
      kind: 'training_program',
      acceptedBy: ['AAMA'],
      aamaApproved: true,
      categories: ['clinical', 'general', 'administrative'],
      creditPerUnit: 2,
      hoursPerUnit: 2,
      pricing: 'per_unit',
      costMember: 0,
      costNonMember: 0,
      delivery: 'in_person',
      creditRoute: 'certificate',
      source: 'Added by you',
    });
    expect(portfolio.catalogue().find((item) => item.id === 'own-hospital-inservice')).toMatchObject({
      custom: true,
      owned: false,
    });
    const plan = await planPortfolio(portfolio, { limits: noLimits, member: true });
    expect(plan.result.kind).toBe('plan');
    if (plan.result.kind !== 'plan') return;
    expect(plan.result.cost).toBe(0);
    expect(plan.result.items.map((item) => item.itemId)).toEqual(['own-hospital-inservice']);

    portfolio.deleteOwnCatalogueItem('own-hospital-inservice');
    portfolio.setCatalogueOwned('ace-membership', true);
    expect(portfolio.catalogue().find((item) => item.id === 'ace-membership')!.owned).toBe(true);
    // Not a member: the CMA Today tests (free to members) are not on offer, and ACE, owned, costs nothing.
    const owned = await planPortfolio(portfolio, { limits: noLimits, member: false });
    if (owned.result.kind !== 'plan') throw new Error('expected a plan');
    expect(owned.result.items.map((item) => item.itemId)).toContain('ace-membership');
    expect(owned.result.cost).toBe(0);
  });

  it('refuses an own item that takes a built-in id, and an unknown item to own', () => {
    cmaNearlyDone();
    const builtIn = portfolio.catalogue()[0]!;
    expect(() => portfolio.saveOwnCatalogueItem({ ...builtIn })).toThrow(/already has an item/);
    expect(() => portfolio.setCatalogueOwned('no-such-item', true)).toThrow(/no longer exists/);
  });

  it('keeps a chosen item as planned activities, one per month, counted for the credentials it serves', async () => {
    const cma = cmaNearlyDone();
    const plan = await planPortfolio(portfolio, { limits: noLimits, member: true });
    if (plan.result.kind !== 'plan') throw new Error('expected a plan');
    const chosen = plan.result.items[0]!;
    const months = plan.result.months.flatMap((month) =>
      month.items
        .filter((cell) => cell.itemId === chosen.itemId && cell.units > 0)
        .map((cell) => ({ month: month.month, units: cell.units, cost: cell.cost })),
    );
    const kept = keepChosenAsPlanned(portfolio, {
      itemId: chosen.itemId,
      months,
      uses: chosen.uses.map((use) => ({ ...use })),
    });
    expect(kept).toHaveLength(months.length);
    expect(kept.every((p) => p.credentialIds.includes(cma.id) && p.catalogueItemId === chosen.itemId)).toBe(
      true,
    );
    // Kept, the plan completes the credential, and a new plan has nothing left to buy.
    expect(portfolio.withPlan()[0]!.completeBy).not.toBeNull();
    const again = await planPortfolio(portfolio, { limits: noLimits, member: true });
    expect(again.result.kind === 'plan' && again.result.items).toEqual([]);
  });
});

it('planned activities start empty in a new portfolio folder', () => {
  portfolio = Portfolio.open({ dataDir: tempDir() });
  expect(portfolio.listPlanned()).toEqual([]);
  expect(portfolio.withPlan()).toEqual([]);
});

it('a planned day is among the dates ahead and in the calendar, and moving it moves the same event', () => {
  const cma = cmaNearlyDone();
  const plan = portfolio.savePlanned(planned({ credentialIds: [cma.id], plannedOn: '2027-01-20' }));
  expect(upcomingFor(portfolio).items.find((item) => item.source === 'planned')).toMatchObject({
    plannedId: plan.id,
    date: '2027-01-20',
    title: 'Pharmacology refresher',
  });
  const folder = tempDir();
  const eventsOf = (file: string) =>
    new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
  writeCalendar(portfolio, path.join(folder, 'a.ics'), 'en');
  portfolio.savePlanned({ ...plan, plannedOn: '2027-03-03' }, plan.id);
  writeCalendar(portfolio, path.join(folder, 'b.ics'), 'es');
  const before = eventsOf(path.join(folder, 'a.ics')).find((e) => e.summary.includes('Pharmacology'))!;
  const after = eventsOf(path.join(folder, 'b.ics')).find((e) => e.summary.includes('Pharmacology'))!;
  expect(before.summary).toBe('Planned: Pharmacology refresher');
  expect(after.summary).toBe('Planeada: Pharmacology refresher');
  expect(after.uid).toBe(before.uid);
  expect(after.startDate.toString()).toBe('2027-03-03');
});

it('a self-study course bought ahead is due six months after purchase, among the dates ahead', () => {
  const cma = cmaNearlyDone();
  const plan = portfolio.savePlanned(
    planned({
      title: 'AAMA self-study: Pharmacology',
      kind: 'self_study',
      boughtOn: '2026-11-02',
      credentialIds: [cma.id],
    }),
  );
  const items = upcomingFor(portfolio).items.filter(
    (item) => 'plannedId' in item && item.plannedId === plan.id,
  );
  expect(items.map((item) => [item.source, item.date])).toEqual([
    ['planned', '2027-01-20'],
    ['self_study', '2027-05-02'],
  ]);
  // Only a self-study course has that limit.
  portfolio.savePlanned({ ...plan, kind: 'online_course' }, plan.id);
  expect(upcomingFor(portfolio).items.filter((item) => item.source === 'self_study')).toEqual([]);
});
