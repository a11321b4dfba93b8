import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors';
import { saveCredential as saveCredentialRow } from '../../../src/core/db/credential-repository';
import { packetSourceFor } from '../../../src/core/packet/source';
import type { Portfolio } from '../../../src/core/portfolio';
import { loadSamplePortfolio } from '../../../src/core/sample';
import { defaultSampleDir } from '../../../src/core/sample/default-sample-dir';
import { openPortfolio } from '../exchange/helpers';
import { removeTempDirs, sha256 } from '../fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

const options = { includeNotCounted: true, includeManifest: false, passwords: {}, allowPlaceholders: false };

async function samplePortfolio(): Promise<Portfolio> {
  portfolio = openPortfolio();
  await loadSamplePortfolio(portfolio, defaultSampleDir());
  return portfolio;
}

describe('packetSourceFor', () => {
  it('gathers the holder, the credential, its pack, its evaluation and its activities, oldest first', async () => {
    const p = await samplePortfolio();
    const cma = p.listCredentials().find((c) => c.rulePackId === 'aama-cma')!;
    const source = packetSourceFor(p, {
      ...options,
      credentialId: cma.id,
      asOf: '2026-06-01',
      passwords: { ['a'.repeat(64)]: 'pw' },
    });

    expect(source.holder).toEqual(p.getHolder());
    expect(source.credential).toEqual(cma);
    expect(source.pack).toMatchObject({ id: 'aama-cma', totalRequired: 60 });
    expect(source.evaluation).toEqual(
      p.evaluate('2026-06-01').credentials.find((e) => e.credentialId === cma.id),
    );
    expect(source.preparedOn).toBe('2026-06-01');
    expect(source.options).toEqual({ ...options, passwords: { ['a'.repeat(64)]: 'pw' } });

    const linked = p.listActivities().filter((a) => a.credentialIds.includes(cma.id));
    expect(source.activities.map((a) => a.id).sort()).toEqual(linked.map((a) => a.id).sort());
    const dates = source.activities.map((a) => a.completedOn);
    expect(dates).toEqual([...dates].sort());
    expect(source.activities.some((a) => a.title.startsWith('Electrocardiography'))).toBe(false); // CCMA only

    const certificate = source.activities[0]!.certificates[0]!;
    expect(sha256(await source.readCertificate(certificate.sha256))).toBe(certificate.sha256);
  });

  it('prepares the packet as of today when no date is given', async () => {
    const p = await samplePortfolio();
    const source = packetSourceFor(p, { ...options, credentialId: p.listCredentials()[0]!.id });
    expect(source.preparedOn).toBe('2026-11-24');
    expect(source.evaluation.asOf).toBe('2026-11-24');
  });

  it("applies the credential's own changes to its rule pack", async () => {
    const p = await samplePortfolio();
    const cma = p.listCredentials()[0]!;
    const { id: _id, createdAt: _c, ...fields } = cma;
    p.saveCredential(
      {
        ...fields,
        overrides: { fees: [{ label: 'Recertification fee (member)', amount: 130, every: 'renewal' }] },
      },
      cma.id,
    );
    const source = packetSourceFor(p, { ...options, credentialId: cma.id });
    expect(source.pack.fees).toEqual([
      {
        label: 'Recertification fee (member)',
        amount: 130,
        every: 'renewal',
        unverified: false,
        dueInAnniversaryMonth: false,
        covers: [],
      },
    ]);
    expect(source.pack.id).toBe('aama-cma');
  });

  it('says what to fix when those changes are not valid', async () => {
    const p = await samplePortfolio();
    const cma = p.listCredentials()[0]!;
    const { id: _id, createdAt: _c, ...fields } = cma;
    // The app refuses such changes when saving; they can still come from an older version.
    saveCredentialRow(p.db, { ...fields, overrides: { totalRequired: 'sixty' } }, cma.id);
    expect(() => packetSourceFor(p, { ...options, credentialId: cma.id })).toThrow(
      /Open the credential and correct or remove those changes\.$/,
    );
  });

  it('asks for the name first when there is no holder', () => {
    portfolio = openPortfolio();
    const credential = portfolio.saveCredential({ rulePackId: 'nha-ccma', certifiedOn: '2025-01-01' });
    let error: unknown;
    try {
      packetSourceFor(portfolio, { ...options, credentialId: credential.id });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^Enter your name first/);
  });

  it('says when the credential no longer exists', async () => {
    const p = await samplePortfolio();
    expect(() => packetSourceFor(p, { ...options, credentialId: 999 })).toThrow(
      /That credential no longer exists/,
    );
  });
});
