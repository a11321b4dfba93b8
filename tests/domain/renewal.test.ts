import { describe, expect, it } from 'vitest';
import type { CredentialStatus } from '../../src/domain/evaluation';
import { decideRenewal, type RenewalRoute } from '../../src/domain/renewal';
import { builtInRulePacks, computeCycle, findRulePack } from '../../src/domain/rules';

function packOf(id: string) {
  const pack = findRulePack(builtInRulePacks, id);
  if (!pack) throw new Error(`no pack ${id}`);
  return pack;
}

describe('the next cycle after a renewal, for each body', () => {
  const cases: [
    packId: string,
    certifiedOn: string,
    on: string,
    by: RenewalRoute,
    statusOn: CredentialStatus,
    ending: string,
    nextStart: string,
    nextEnd: string,
  ][] = [
    // AAMA: counted from the month of recertification, so an early renewal starts the cycle that day.
    ['aama-cma', '2021-03-15', '2026-01-10', 'ce', 'complete', 'renewed', '2026-01-10', '2031-01-31'],
    ['aama-cma', '2021-03-15', '2026-03-31', 'ce', 'due_soon', 'renewed', '2026-03-31', '2031-03-31'],
    // In AAMA's three-month grace (expiry 31 March, grace to 30 June).
    ['aama-cma', '2021-03-15', '2026-06-30', 'ce', 'grace', 'renewed', '2026-06-30', '2031-06-30'],
    // Past the grace: only the exam brings it back, counted from the exam.
    [
      'aama-cma',
      '2021-03-15',
      '2026-07-01',
      'exam',
      'lapsed',
      'reactivated_exam',
      '2026-07-01',
      '2031-07-31',
    ],
    // AMT: the three-year cycle runs on from the day after expiry.
    ['amt-rma', '2024-05-10', '2027-04-01', 'ce', 'complete', 'renewed', '2027-05-10', '2030-05-09'],
    ['amt-cmas', '2023-03-01', '2026-02-20', 'ce', 'due_soon', 'renewed', '2026-03-01', '2029-02-28'],
    // AMT reactivation by CCP after a lapse: the new cycle starts on the reactivation.
    ['amt-rma', '2020-05-10', '2024-01-15', 'ce', 'lapsed', 'reactivated_ce', '2024-01-15', '2027-01-14'],
    ['amt-rma', '2020-05-10', '2024-01-15', 'exam', 'lapsed', 'reactivated_exam', '2024-01-15', '2027-01-14'],
    // NHA: two years from the day after expiry.
    ['nha-ccma', '2024-05-10', '2026-05-01', 'ce', 'complete', 'renewed', '2026-05-10', '2028-05-09'],
    ['nha-cpt', '2024-02-29', '2026-02-28', 'ce', 'due_soon', 'renewed', '2026-03-01', '2028-02-29'],
    // NCCT: the next calendar year.
    ['ncct-ncma', '2025-06-15', '2025-11-20', 'ce', 'complete', 'renewed', '2026-01-01', '2026-12-31'],
    // NCCT: recertification stays possible for five years after a lapse.
    ['ncct-ncma', '2021-06-15', '2024-03-02', 'ce', 'lapsed', 'reactivated_ce', '2024-03-02', '2024-12-31'],
    // AMCA: within its 30-day grace, the cycle still runs on from the expiry.
    ['amca-ma', '2024-05-10', '2026-06-05', 'ce', 'grace', 'renewed', '2026-05-10', '2028-05-09'],
  ];
  it.each(cases)(
    '%s certified %s, renewed %s by %s',
    (packId, certifiedOn, on, by, statusOn, ending, start, end) => {
      const pack = packOf(packId);
      const decision = decideRenewal({
        pack,
        cycle: computeCycle(certifiedOn, null, pack.cycle),
        on,
        by,
        today: '2030-01-01',
        statusOn,
      });
      expect(decision).toEqual({
        ok: true,
        ending,
        next: { start, end, from: 'certified_on' },
      });
    },
  );
});

describe('a renewal date that does not fit', () => {
  const aama = packOf('aama-cma');
  const cycle = computeCycle('2021-03-15', null, aama.cycle);
  const request = {
    pack: aama,
    cycle,
    by: 'ce' as const,
    today: '2026-12-05',
    statusOn: 'on_track' as const,
  };

  it('refuses a day after today', () => {
    expect(decideRenewal({ ...request, on: '2026-12-06' })).toEqual({ ok: false, problem: 'in_future' });
  });
  it('refuses a day on or before the cycle start', () => {
    expect(decideRenewal({ ...request, on: '2021-03-15' })).toEqual({
      ok: false,
      problem: 'before_cycle_start',
    });
    expect(decideRenewal({ ...request, on: '2020-01-01' })).toEqual({
      ok: false,
      problem: 'before_cycle_start',
    });
  });
  it('refuses renewal by CE long before expiry while the requirement is not met', () => {
    expect(decideRenewal({ ...request, on: '2024-06-01' })).toEqual({
      ok: false,
      problem: 'not_open',
      opensOn: '2025-09-30',
    });
  });
  it('accepts it once the requirement is met, however early', () => {
    expect(decideRenewal({ ...request, on: '2024-06-01', statusOn: 'complete' })).toMatchObject({ ok: true });
  });
  it('refuses renewal by CE after the AAMA grace period: only the exam is left', () => {
    expect(decideRenewal({ ...request, on: '2026-07-01', statusOn: 'lapsed' })).toEqual({
      ok: false,
      problem: 'ce_closed',
    });
  });
  it('refuses AMT reactivation by CCP after ten years', () => {
    const amt = packOf('amt-rma');
    const old = computeCycle('2010-05-10', null, amt.cycle);
    expect(
      decideRenewal({ ...request, pack: amt, cycle: old, on: '2023-06-01', statusOn: 'lapsed' }),
    ).toEqual({ ok: false, problem: 'ce_closed' });
  });
});
