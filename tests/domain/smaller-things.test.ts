import { describe, expect, it } from 'vitest';
import { activity, evaluate } from './helpers';

/** Issue 10, "Smaller things found": checked here so they stay true. */

describe('an activity that counts in full', () => {
  const cases: [what: string, packId: string, options: Parameters<typeof activity>[0]][] = [
    [
      'a CPR card counted as the rules set it (AAMA)',
      'aama-cma',
      {
        id: 1,
        on: '2025-04-01',
        kind: 'cpr_card',
        validMonths: 24,
        amount: 4,
        unit: 'contact_hour',
        category: 'general',
      },
    ],
    [
      'a CPR card of unknown validity (AAMA: counted, with a note to check it)',
      'aama-cma',
      { id: 1, on: '2025-04-01', kind: 'cpr_card', amount: 1, unit: 'aama_ceu', category: 'clinical' },
    ],
    [
      'an AAMA CEU',
      'aama-cma',
      { id: 1, on: '2025-04-01', amount: 2, approvedBy: 'AAMA', category: 'clinical' },
    ],
    [
      'a CCP point (AMT)',
      'amt-rma',
      { id: 1, on: '2025-04-01', amount: 3, unit: 'amt_ccp_point', category: '' },
    ],
    [
      'an NHA CE credit',
      'nha-ccma',
      { id: 1, on: '2025-04-01', amount: 2, unit: 'nha_ce_credit', category: '' },
    ],
  ];
  it.each(cases)('%s has no reasons', (_what, packId, options) => {
    const result = evaluate(packId, '2024-03-15', [activity(options)], '2026-01-10');
    const standing = result.activities[0]!;
    expect(standing.outcome).toBe('counted');
    expect(standing.reasons).toEqual([]);
  });
});

describe('the "still to do" lines', () => {
  const more = (line: string) => Number(/^(\d+(?:\.\d+)?) more /.exec(line)?.[1] ?? 0);
  const cases: [what: string, credits: Parameters<typeof activity>[0][]][] = [
    [
      '28 needed, 10 of them from approved providers',
      [
        { on: '2024-05-01', amount: 10, category: 'administrative', approvedBy: 'AAMA' },
        { on: '2024-05-02', amount: 10, category: 'clinical', approvedBy: 'AAMA' },
        { on: '2024-05-03', amount: 12, category: 'general', approvedBy: '' },
      ],
    ],
    ['nothing yet', []],
    [
      'categories short, total short',
      [{ on: '2024-05-01', amount: 25, category: 'general', approvedBy: 'AAMA' }],
    ],
    ['only outside credit', [{ on: '2024-05-01', amount: 40, category: 'clinical' }]],
  ];
  it.each(cases)('never add up to more than stillNeeded: %s', (_what, options) => {
    const result = evaluate(
      'aama-cma',
      '2024-03-15',
      options.map((o) => activity(o)),
      '2026-01-10',
    );
    const sum = result.needs.reduce((total, line) => total + more(line), 0);
    expect(Math.round(sum * 100) / 100).toBe(result.stillNeeded);
  });
});
