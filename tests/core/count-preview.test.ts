import { afterEach, describe, expect, it } from 'vitest';
import { previewActivity } from '../../src/core/count-preview';
import type { Portfolio } from '../../src/core/portfolio';
import type { ActivityInput, Holder } from '../../src/domain/portfolio';
import { openPortfolio, snapshot } from './exchange/helpers';
import { removeTempDirs } from './fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

function withCmaAndNcma() {
  portfolio = openPortfolio();
  const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
  const ncma = portfolio.saveCredential({ rulePackId: 'ncct-ncma', certifiedOn: '2026-03-01' });
  portfolio.saveActivity(course({ title: 'Wound care basics', credentialIds: [cma.id] }));
  return { cma, ncma };
}

function course(fields: Partial<ActivityInput> = {}): ActivityInput {
  return {
    title: 'Infection control update',
    provider: 'AAMA e-Learning Center',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2026-10-02',
    credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
    ...fields,
  };
}

describe('will it count? (an activity not yet saved, judged by the engine)', () => {
  it('says what it adds where it is claimed, and what it would add elsewhere', () => {
    const { cma, ncma } = withCmaAndNcma();
    const preview = previewActivity(portfolio, { activity: course({ credentialIds: [cma.id] }) });
    const forCma = preview.credentials.find((c) => c.credentialId === cma.id)!;
    expect(forCma).toMatchObject({ credential: 'CMA', claimed: true, addedByCategory: { clinical: 2 } });
    expect(forCma.countedAfter - forCma.countedBefore).toBe(2);
    expect(forCma.standing).toMatchObject({ outcome: 'counted', counted: 2 });
    const forNcma = preview.credentials.find((c) => c.credentialId === ncma.id)!;
    expect(forNcma.claimed).toBe(false);
    expect(preview.checks).toEqual([]);
  });

  it('shows a BLS card as not counting for the NCMA before it is saved, with the reason', () => {
    const { ncma } = withCmaAndNcma();
    const card = course({
      title: 'BLS Provider eCard',
      provider: 'American Heart Association',
      kind: 'cpr_card',
      delivery: 'in_person',
      validMonths: 24,
      credits: [{ amount: 4, unit: 'clock_hour', category: '' }],
      credentialIds: [ncma.id],
    });
    const forNcma = previewActivity(portfolio, { activity: card }).credentials.find(
      (c) => c.credentialId === ncma.id,
    )!;
    expect(forNcma.standing?.outcome).toBe('not_counted');
    expect(forNcma.standing?.reasons.join(' ')).toMatch(/NCCT does not accept CPR, BLS/);
    expect(forNcma.countedAfter).toBe(forNcma.countedBefore);
  });

  it('warns of the same activity already in the portfolio, but not of the one being edited', () => {
    const { cma } = withCmaAndNcma();
    const saved = portfolio.saveActivity(course({ credentialIds: [cma.id] }));
    const again = previewActivity(portfolio, {
      activity: course({ title: ' infection  control UPDATE', credentialIds: [cma.id] }),
    });
    expect(again.checks).toEqual([{ code: 'sameActivity', activityId: saved.id, title: saved.title }]);
    // Editing it: it is left out of the portfolio, so it neither warns nor counts twice.
    const editing = previewActivity(portfolio, {
      activity: course({ credentialIds: [cma.id] }),
      editingId: saved.id,
    });
    expect(editing.checks).toEqual([]);
    const forCma = editing.credentials.find((c) => c.credentialId === cma.id)!;
    expect(forCma.countedAfter - forCma.countedBefore).toBe(2);
  });

  it('warns of more credit than the stated minutes allow, and of an approval without its number', () => {
    withCmaAndNcma();
    const preview = previewActivity(portfolio, {
      activity: course({
        durationMinutes: 60,
        credits: [{ amount: 3, unit: 'contact_hour', category: 'clinical' }],
        approvingBody: 'AAMA',
      }),
    });
    expect(preview.checks).toEqual([
      { code: 'moreThanMinutes', needed: 150, minutes: 60 },
      { code: 'noApprovalNumber', body: 'AAMA' },
    ]);
  });

  it('writes nothing, and works before any credential is added', () => {
    const { cma } = withCmaAndNcma();
    const before = snapshot(portfolio);
    previewActivity(portfolio, { activity: course({ credentialIds: [cma.id] }) });
    expect(snapshot(portfolio)).toEqual(before);
    portfolio.close();
    portfolio = openPortfolio();
    expect(previewActivity(portfolio, { activity: course() })).toMatchObject({ credentials: [], checks: [] });
  });

  it('warns when the name read from the certificate is not the holder’s (or a name on record)', () => {
    const { cma } = withCmaAndNcma();
    portfolio.saveHolder(holder('Ana Ruiz'));
    const check = (name: string) =>
      previewActivity(portfolio, {
        activity: course({ credentialIds: [cma.id] }),
        nameOnCertificate: name,
      }).checks.filter((c) => c.code === 'nameMismatch');
    expect(check('RUIZ, Ána M.')).toEqual([]);
    expect(check('Jordan Rivera')).toEqual([
      { code: 'nameMismatch', read: 'Jordan Rivera', holder: 'Ana Ruiz' },
    ]);
    portfolio.saveCredential({ ...cma, nameOnRecord: 'Jordan Rivera' }, cma.id);
    expect(check('Jordan Rivera')).toEqual([]);
  });
});

function holder(fullName: string): Holder {
  return { fullName, email: '', phone: '', address: '', memberNumbers: [] };
}

describe('what a body asks a certificate to show (a draft read from one)', () => {
  it('names what the AAMA asks for that reading did not find, only for the credentials claimed', () => {
    const { cma, ncma } = withCmaAndNcma();
    const shown = ['holderName', 'completedOn', 'title', 'credit'] as const;
    const forCma = previewActivity(portfolio, {
      activity: course({ credentialIds: [cma.id] }),
      certificateShows: [...shown],
    });
    expect(forCma.checks).toEqual([{ code: 'missingOnCertificate', body: 'AAMA', missing: ['provider'] }]);
    // NCCT's rules say nothing of it: no check for a course claimed only for the NCMA.
    const forNcma = previewActivity(portfolio, {
      activity: course({ credentialIds: [ncma.id] }),
      certificateShows: [...shown],
    });
    expect(forNcma.checks).toEqual([]);
    // A certificate that shows everything, and a form not from a certificate, raise nothing.
    const complete = previewActivity(portfolio, {
      activity: course({ credentialIds: [cma.id] }),
      certificateShows: [...shown, 'provider'],
    });
    expect(complete.checks).toEqual([]);
    expect(previewActivity(portfolio, { activity: course({ credentialIds: [cma.id] }) }).checks).toEqual([]);
  });
});

it('judges a course not taken yet as of its planned day (check a course before paying for it)', () => {
  const { cma } = withCmaAndNcma();
  const ahead = course({ completedOn: '2027-03-01', credentialIds: [cma.id] });
  const asToday = previewActivity(portfolio, { activity: ahead });
  expect(asToday.credentials.find((c) => c.credentialId === cma.id)!.countedAfter).toBe(
    asToday.credentials.find((c) => c.credentialId === cma.id)!.countedBefore,
  );
  const planned = previewActivity(portfolio, { activity: ahead, planned: true });
  expect(planned.asOf).toBe('2027-03-01');
  expect(planned.credentials.find((c) => c.credentialId === cma.id)).toMatchObject({
    addedByCategory: { clinical: 2 },
  });
});
