import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../src/domain/portfolio';
import { preflightPacket, refuseOpenItems } from '../../../src/core/packet';
import type { Portfolio } from '../../../src/core/portfolio';
import { isUserError } from '../../../src/core/errors';
import { openPortfolio } from '../exchange/helpers';
import { pdfBytes, removeTempDirs } from '../fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

const request = (credentialId: number) => ({
  credentialId,
  asOf: '2026-06-01',
  includeNotCounted: true,
  includeManifest: false,
  passwords: {},
  allowPlaceholders: false,
});

/** A CMA holder (60 points, 10 from AAMA-approved providers) and the activities given. */
async function cmaWith(activities: Array<Partial<ActivityInput> & { withCertificate?: boolean }>) {
  portfolio = openPortfolio();
  portfolio.saveHolder({
    fullName: 'Jordan A. Rivera',
    email: '',
    phone: '',
    address: '',
    memberNumbers: [],
  });
  const credential = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
  const ids: number[] = [];
  for (const [n, { withCertificate = true, ...fields }] of activities.entries()) {
    const certificate = withCertificate
      ? portfolio.certificates.add(`c${n}.pdf`, await pdfBytes(`Certificate ${n}`))
      : null;
    ids.push(
      portfolio.saveActivity({
        title: `Course ${n}`,
        provider: 'AAMA e-Learning Center',
        approvingBody: 'AAMA',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2025-06-01',
        credits: [{ amount: 20, unit: 'aama_ceu', category: 'clinical' }],
        credentialIds: [credential.id],
        certificateHashes: certificate ? [certificate.sha256] : [],
        ...fields,
      }).id,
    );
  }
  return { credential, ids };
}

const admin: Partial<ActivityInput> = {
  credits: [{ amount: 20, unit: 'aama_ceu', category: 'administrative' }],
};
const general: Partial<ActivityInput> = { credits: [{ amount: 20, unit: 'aama_ceu', category: 'general' }] };

describe('the pre-flight check', () => {
  it('finds nothing open when the requirements are met and every activity has its proof', async () => {
    const { credential } = await cmaWith([{}, admin, general]);
    expect(preflightPacket(portfolio, request(credential.id))).toEqual([]);
    expect(() =>
      refuseOpenItems(portfolio, { ...request(credential.id), exportAnyway: false }),
    ).not.toThrow();
  });

  it.each([
    {
      case: 'requirements not met',
      activities: [{}],
      codes: ['requirementsNotMet'],
    },
    {
      case: 'credit with no certificate',
      activities: [{}, admin, { ...general, withCertificate: false }],
      codes: ['noCertificate'],
    },
    {
      case: 'outside credit with no course description',
      activities: [{}, admin, { ...general, provider: 'Northwind Learning', approvingBody: '' }],
      codes: ['noDescription'],
    },
    {
      case: 'outside credit with its description',
      activities: [
        {},
        admin,
        { ...general, provider: 'Northwind Learning', approvingBody: '', description: 'Asepsis.' },
      ],
      codes: [],
    },
  ])('lists $case', async ({ activities, codes }) => {
    const { credential } = await cmaWith(activities as never);
    expect(preflightPacket(portfolio, request(credential.id)).map((item) => item.code)).toEqual(codes);
  });

  it('says how much is still needed, and names the activity to fix', async () => {
    const { credential, ids } = await cmaWith([{ withCertificate: false }]);
    expect(preflightPacket(portfolio, request(credential.id))).toEqual([
      {
        code: 'requirementsNotMet',
        credentialId: credential.id,
        credential: 'CMA',
        stillNeeded: 40,
        pointName: 'points',
      },
      { code: 'noCertificate', activityId: ids[0], activityTitle: 'Course 0' },
    ]);
  });

  it('warns when the credential is held under another name than the one on the cover', async () => {
    const { credential } = await cmaWith([{}, admin, general]);
    const saved = (nameOnRecord: string) =>
      portfolio.saveCredential(
        { rulePackId: 'aama-cma', certifiedOn: '2024-03-15', nameOnRecord },
        credential.id,
      );
    expect(saved('Jordan A. Martínez').nameOnRecord).toBe('Jordan A. Martínez');
    expect(preflightPacket(portfolio, request(credential.id))).toEqual([
      {
        code: 'nameDiffers',
        credentialId: credential.id,
        credential: 'CMA',
        coverName: 'Jordan A. Rivera',
        nameOnRecord: 'Jordan A. Martínez',
      },
    ]);
    // The same name written another way is the same name; an empty one means "as on the cover".
    saved('JORDAN A RIVERA');
    expect(preflightPacket(portfolio, request(credential.id))).toEqual([]);
    saved('');
    expect(preflightPacket(portfolio, request(credential.id))).toEqual([]);
  });

  it('asks for no description for a CPR card: the card is its own proof', async () => {
    const { credential } = await cmaWith([
      {},
      admin,
      general,
      { kind: 'cpr_card', provider: 'American Heart Association', approvingBody: '', validMonths: 24 },
    ]);
    expect(preflightPacket(portfolio, request(credential.id))).toEqual([]);
  });

  it('refuses an export with open items unless the person chose to export anyway', async () => {
    const { credential } = await cmaWith([{}]);
    let refused: unknown;
    try {
      refuseOpenItems(portfolio, { ...request(credential.id), exportAnyway: false });
    } catch (error) {
      refused = error;
    }
    expect(isUserError(refused) && refused.code).toBe('PACKET_OPEN_ITEMS');
    expect((refused as { details: { openItems: unknown[] } }).details.openItems).toHaveLength(1);
    expect(() => refuseOpenItems(portfolio, { ...request(credential.id), exportAnyway: true })).not.toThrow();
  });
});
