import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { detectMediaType } from '../../../src/core/certificates/detect-type';
import { portfolioFileSchema } from '../../../src/core/exchange';
import type { Portfolio } from '../../../src/core/portfolio';
import { clearSample, isSamplePortfolio, loadSamplePortfolio } from '../../../src/core/sample';
import { defaultSampleDir } from '../../../src/core/sample/default-sample-dir';
import { sampleActivities } from '../../../scripts/sample/sample-activities';
import { sampleCredentials, sampleHolder } from '../../../scripts/sample/sample-content';
import { openPortfolio, rejectionOf, snapshot } from '../exchange/helpers';
import { removeTempDirs } from '../fixtures';

const sampleDir = defaultSampleDir();
const certificatesDir = path.join(sampleDir, 'certificates');
let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  portfolio = undefined;
  removeTempDirs();
});

describe('the sample portfolio files (resources/sample)', () => {
  const file = portfolioFileSchema.parse(
    JSON.parse(fs.readFileSync(path.join(sampleDir, 'portfolio.json'), 'utf8')),
  );

  it('match the sample definition (regenerate with npm run make-sample after changing it)', () => {
    expect(file.holder).toEqual(portfolioFileSchema.shape.holder.parse(sampleHolder));
    expect(file.credentials.map((c) => c.ref)).toEqual(sampleCredentials.map((c) => c.ref));
    expect(file.activities.map((a) => [a.title, a.completedOn, a.credits, a.credentials])).toEqual(
      sampleActivities.map((a) => [a.title, a.completedOn, a.credits, a.credentials]),
    );
    const named = file.activities
      .flatMap((a) => a.certificates.map((c) => c.file.replace(/^certificates\//, '')))
      .sort();
    expect(fs.readdirSync(certificatesDir).sort()).toEqual(named);
  });

  it('are small: each certificate under 150 KB and the folder under 3 MB', () => {
    let total = fs.statSync(path.join(sampleDir, 'portfolio.json')).size;
    for (const name of fs.readdirSync(certificatesDir)) {
      const size = fs.statSync(path.join(certificatesDir, name)).size;
      expect(size, name).toBeLessThan(150 * 1024);
      total += size;
    }
    expect(total).toBeLessThan(3 * 1024 * 1024);
    expect(fs.readdirSync(certificatesDir).length).toBeGreaterThanOrEqual(20);
  });

  it('has certificates of the type their names say, photos stored sideways with an EXIF orientation', async () => {
    const types = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' } as Record<string, string>;
    const orientations: (number | undefined)[] = [];
    for (const name of fs.readdirSync(certificatesDir)) {
      const bytes = fs.readFileSync(path.join(certificatesDir, name));
      expect(detectMediaType(bytes), name).toBe(types[name.split('.').pop()!]);
      if (name.endsWith('.jpg')) orientations.push((await sharp(bytes).metadata()).orientation);
    }
    expect(orientations).toContain(6);
    expect(orientations.some((o) => o === undefined || o === 1)).toBe(true);
  });
});

describe('loadSamplePortfolio', () => {
  it('loads the sample into an empty portfolio', async () => {
    portfolio = openPortfolio();
    expect(await loadSamplePortfolio(portfolio, sampleDir)).toEqual({
      credentials: 2,
      activities: 21,
      certificates: 22,
    });
    expect(portfolio.getHolder()!.fullName).toBe('Maria Nguyễn');

    const [cma, ccma] = portfolio.evaluate('2026-11-24').credentials;
    expect(cma).toMatchObject({ credential: 'CMA', status: 'on_track', required: 60 });
    expect(cma!.categories.every((c) => c.counted >= c.min)).toBe(true);
    const outcome = (title: string) => cma!.activities.find((a) => a.title.startsWith(title));
    expect(outcome('Phlebotomy Quick Review')).toMatchObject({ outcome: 'not_counted' });
    expect(outcome('Medical Terminology Refresher')).toMatchObject({ outcome: 'not_counted' });
    expect(outcome('BLS Provider')).toMatchObject({ outcome: 'counted', counted: 4 });
    expect(cma!.approvedProviders!.counted).toBeGreaterThan(0);
    expect(cma!.activities.some((a) => !a.approvedProvider && a.outcome === 'counted')).toBe(true);
    expect(ccma).toMatchObject({ credential: 'CCMA', status: 'complete' });
    const both = portfolio.listActivities().filter((a) => a.credentialIds.length === 2);
    expect(both.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a portfolio that already has records, and changes nothing', async () => {
    portfolio = openPortfolio();
    portfolio.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2024-01-01' });
    const before = snapshot(portfolio);
    const error = await rejectionOf(loadSamplePortfolio(portfolio, sampleDir));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Your portfolio already has 1 credential and 0 activities, and the sample can only be loaded into an empty portfolio. Nothing was changed. To try the sample, use a new data folder.',
    );
    expect(snapshot(portfolio)).toEqual(before);
  });

  it('loads the sample once when it is asked twice at the same time', async () => {
    portfolio = openPortfolio();
    const results = await Promise.allSettled([
      loadSamplePortfolio(portfolio, sampleDir),
      loadSamplePortfolio(portfolio, sampleDir),
    ]);
    // Either may reach the write first (their file reads race): exactly one loads it.
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    const error = refused.reason as { code: string; message: string };
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^Your portfolio already has 2 credentials and 21 activities/);
    expect(portfolio.listCredentials()).toHaveLength(2);
    expect(portfolio.listActivities()).toHaveLength(21);
  });

  it('is never loaded under a person who has typed their own name, and changes nothing', async () => {
    portfolio = openPortfolio();
    portfolio.saveHolder({ fullName: 'Jo Park', email: '', phone: '', address: '', memberNumbers: [] });
    const error = await rejectionOf(loadSamplePortfolio(portfolio, sampleDir));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^This portfolio is already Jo Park's/);
    expect(portfolio.getHolder()!.fullName).toBe('Jo Park');
    expect(portfolio.listActivities()).toEqual([]);
    expect(isSamplePortfolio(portfolio)).toBe(false);
  });

  it('is marked as the sample, and clearing it removes what it brought and keeps what the person added', async () => {
    const p = openPortfolio();
    portfolio = p;
    await loadSamplePortfolio(p, sampleDir);
    expect(isSamplePortfolio(p)).toBe(true);
    const files = () => fs.readdirSync(p.paths.certificatesDir).filter((f) => /^[0-9a-f]{64}$/.test(f));
    expect(files().length).toBeGreaterThan(0);
    // Something the person added to the sample portfolio after loading it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const own = p.saveActivity({
      title: 'My own course',
      provider: 'My clinic',
      kind: 'training_program',
      delivery: 'in_person',
      completedOn: '2026-01-15',
    });
    const sampleFiles = files().length;
    expect(clearSample(p)).toEqual({ credentials: 2, activities: 21, certificates: sampleFiles });
    expect(p.getHolder()).toBeNull();
    expect(p.listCredentials()).toEqual([]);
    expect(p.listActivities().map((a) => a.id)).toEqual([own.id]);
    expect(files()).toEqual([]);
    expect(isSamplePortfolio(p)).toBe(false);
    // Once cleared it is the person's own: clearing again is refused, and removes nothing.
    expect(() => clearSample(p)).toThrow(/is your own, not the sample/);
    expect(p.listActivities()).toHaveLength(1);
  });
});
