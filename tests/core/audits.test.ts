import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudits, saveAudit, setAuditAnswered, deleteAudit } from '../../src/core/audits';
import { isUserError } from '../../src/core/errors';
import { packetFileName, preflightPacket, savePacket } from '../../src/core/packet';
import type { Portfolio } from '../../src/core/portfolio';
import { openPortfolio } from './exchange/helpers';
import { pdfBytes, removeTempDirs, tempDir } from './fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

/** A CMA and a CCMA, five CMA activities (one a year) and one CCMA-only course. */
async function twoCredentials() {
  portfolio = openPortfolio();
  portfolio.saveHolder({ fullName: 'Ana Lucía Pérez', email: '', phone: '', address: '', memberNumbers: [] });
  const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2022-03-15' });
  const ccma = portfolio.saveCredential({ rulePackId: 'nha-ccma', certifiedOn: '2025-02-20' });
  const ids: number[] = [];
  for (const year of [2022, 2023, 2024, 2025, 2026]) {
    const certificate = portfolio.certificates.add(`cert-${year}.pdf`, await pdfBytes(`Certificate ${year}`));
    ids.push(
      portfolio.saveActivity({
        title: `Annual update ${year}`,
        provider: 'AAMA e-Learning Center',
        approvingBody: 'AAMA',
        kind: 'online_course',
        delivery: 'online',
        completedOn: `${year}-06-01`,
        credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
        credentialIds: [cma.id],
        certificateHashes: [certificate.sha256],
      }).id,
    );
  }
  const other = portfolio.saveActivity({
    title: 'Phlebotomy refresher',
    provider: 'NHA',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2025-09-01',
    credits: [{ amount: 1, unit: 'nha_ce_credit', category: '' }],
    credentialIds: [ccma.id],
  });
  return { cma, ccma, ids, other };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'accepted';
}

describe('audits', () => {
  it('are kept with their reference and deadline, open ones first, until marked answered', async () => {
    const { cma, ids } = await twoCredentials();
    const later = saveAudit(portfolio, {
      credentialId: cma.id,
      reference: 'AAMA-2027-118',
      dueOn: '2027-03-01',
      activityIds: [ids[0]!],
    });
    const sooner = saveAudit(portfolio, {
      credentialId: cma.id,
      reference: 'AAMA-2027-007',
      dueOn: '2027-01-31',
      periodStart: '2024-01-01',
      periodEnd: '2025-12-31',
    });
    expect(listAudits(portfolio).map((a) => a.reference)).toEqual(['AAMA-2027-007', 'AAMA-2027-118']);
    expect(setAuditAnswered(portfolio, sooner.id, true).answeredOn).toBe(portfolio.today());
    expect(listAudits(portfolio).map((a) => [a.reference, a.answeredOn !== null])).toEqual([
      ['AAMA-2027-118', false],
      ['AAMA-2027-007', true],
    ]);
    expect(setAuditAnswered(portfolio, sooner.id, false).answeredOn).toBeNull();
    deleteAudit(portfolio, later.id);
    expect(listAudits(portfolio).map((a) => a.id)).toEqual([sooner.id]);
  });

  it.each([
    [{ reference: '' }, /reference number/],
    [{ activityIds: [] }, /Choose the audited activities, or give the audit period/],
    [{ activityIds: [], periodStart: '2025-01-01' }, /both the first and the last day/],
    [{ activityIds: [], periodStart: '2025-12-31', periodEnd: '2025-01-01' }, /end on or after/],
    [{ dueOn: '2027-02-30' }, /INVALID_INPUT/],
  ])('refuse %j with words that say what to do, saving nothing', async (change, message) => {
    const { cma, ids } = await twoCredentials();
    const input = {
      credentialId: cma.id,
      reference: 'R-1',
      dueOn: '2027-01-31',
      activityIds: [ids[0]!],
      ...change,
    };
    expect(refusal(() => saveAudit(portfolio, input))).toMatch(message);
    expect(listAudits(portfolio)).toEqual([]);
  });

  it('refuse an activity not claimed for the audited credential', async () => {
    const { cma, other } = await twoCredentials();
    expect(
      refusal(() =>
        saveAudit(portfolio, {
          credentialId: cma.id,
          reference: 'R',
          dueOn: '2027-01-31',
          activityIds: [other.id],
        }),
      ),
    ).toMatch(/^INVALID_INPUT: One chosen activity is not claimed for this credential/);
  });

  it('answer with a packet of just the audited activities, the reference and the deadline on its cover', async () => {
    const { cma, ids } = await twoCredentials();
    const audit = saveAudit(portfolio, {
      credentialId: cma.id,
      reference: 'AMT-AUD-2027/0042',
      dueOn: '2027-01-31',
      activityIds: [ids[0]!, ids[2]!],
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    const request = {
      credentialId: cma.id,
      auditId: audit.id,
      asOf: '2026-12-05',
      includeNotCounted: true,
      includeManifest: false,
      passwords: {},
      allowPlaceholders: false,
      exportAnyway: false,
    };
    // The audit asks proof of these three activities, not the cycle's total.
    expect(preflightPacket(portfolio, request)).toEqual([]);
    expect(packetFileName(portfolio, request)).toBe(
      'CMA audit response AMT-AUD-2027 0042 2026-12-05 - Ana Lucía Pérez.pdf',
    );
    const target = path.join(tempDir(), 'audit.pdf');
    const written = await savePacket(portfolio, target, request);
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    expect(text).toContain('AUDIT RESPONSE');
    expect(text).toContain('AMT-AUD-2027/0042');
    expect(text).toContain('January 31, 2027');
    for (const year of [2022, 2024, 2026]) expect(text).toContain(`Annual update ${year}`);
    for (const year of [2023, 2025]) expect(text).not.toContain(`Annual update ${year}`);
    expect(text).toMatch(/Total counted \(3 activities\)/);
    expect(written.openItems).toEqual([]);
  });

  it('refuse a packet that names an audit of another credential', async () => {
    const { cma, ccma, ids } = await twoCredentials();
    const audit = saveAudit(portfolio, {
      credentialId: cma.id,
      reference: 'R',
      dueOn: '2027-01-31',
      activityIds: [ids[0]!],
    });
    expect(
      refusal(() =>
        preflightPacket(portfolio, {
          credentialId: ccma.id,
          auditId: audit.id,
          includeNotCounted: true,
          includeManifest: false,
          passwords: {},
          allowPlaceholders: false,
        }),
      ),
    ).toMatch(/^INVALID_INPUT: That audit is for another credential/);
  });
});
