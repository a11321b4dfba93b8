import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportPortfolio, importPortfolio, portfolioFileSchema } from '../../../src/core/exchange';
import type { Portfolio } from '../../../src/core/portfolio';
import { hashFile, jpegBytes, pdfBytes, pngBytes, removeTempDirs, tempDir } from '../fixtures';
import { openPortfolio, rejectionOf, snapshot } from './helpers';

const open: Portfolio[] = [];
const track = (p: Portfolio) => (open.push(p), p);
afterEach(() => {
  for (const p of open.splice(0)) p.close();
  removeTempDirs();
});

async function richPortfolio(): Promise<Portfolio> {
  const p = track(openPortfolio());
  p.saveHolder({
    fullName: 'Maria Nguyễn',
    email: 'maria@example.org',
    phone: '555-0100',
    address: '12 Elm Street, Springfield, IL',
    memberNumbers: [{ body: 'AAMA', number: 'M-123456' }],
  });
  p.saveCustomRulePack({
    id: 'employer-bls',
    version: '2026',
    credential: 'BLS',
    name: 'Employer BLS requirement',
    body: 'Employer',
    cycle: { months: 24, anchor: 'certification_date' },
    totalRequired: 4,
    categories: [{ key: 'clinical', label: 'Clinical', min: 4 }],
    unitPoints: { contact_hour: 1, clock_hour: 1.2 },
  });
  const cma = p.saveCredential({
    rulePackId: 'aama-cma',
    credentialNumber: 'CMA-0042',
    nameOnRecord: 'Jordan A. Martínez',
    certifiedOn: '2023-10-14',
    overrides: { fees: [{ label: 'Recertification fee', amount: 130, every: 'renewal' }] },
    notes: 'Member since 2019.',
  });
  const rma = p.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2024-02-01', expiresOn: '2027-02-01' });
  const bls = p.saveCredential({ rulePackId: 'employer-bls', certifiedOn: '2025-03-01' });
  const coding = p.certificates.add('Coding certificate.pdf', await pdfBytes('coding'));
  const front = p.certificates.add('IMG_0001.JPG', await jpegBytes());
  const back = p.certificates.add('IMG_0002.JPG', await jpegBytes('#e0e0ff'));
  const screenshot = p.certificates.add('Screenshot 2025-06-01.png', await pngBytes());
  p.saveActivity({
    title: 'Coding Updates',
    provider: 'AAMA',
    providerAddress: '20 N. Wacker Drive, Chicago, IL',
    approvingBody: 'AAMA',
    approvalNumber: 'AAMA-2026-0917',
    certificateNumber: 'C-88123',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2025-03-02',
    durationMinutes: 150,
    description: 'ICD-10-CM changes.',
    cost: 24.5,
    notes: 'Quiz passed first time.',
    credits: [
      { amount: 2, unit: 'aama_ceu', category: 'administrative' },
      { amount: 0.5, unit: 'aama_ceu', category: 'general' },
    ],
    credentialIds: [cma.id, rma.id],
    certificateHashes: [coding.sha256],
  });
  p.saveActivity({
    title: 'BLS Provider',
    provider: 'American Heart Association',
    kind: 'cpr_card',
    delivery: 'in_person',
    completedOn: '2025-06-01',
    // A two-year card: stored, exported and imported like every other field.
    validMonths: 24,
    credits: [{ amount: 4, unit: 'contact_hour', category: 'clinical' }],
    credentialIds: [cma.id, bls.id],
    certificateHashes: [front.sha256, back.sha256],
  });
  p.saveActivity({
    title: 'Patient privacy refresher',
    provider: 'My clinic',
    kind: 'training_program',
    delivery: 'hybrid',
    completedOn: '2026-01-15',
    credits: [],
    certificateHashes: [screenshot.sha256, coding.sha256],
  });
  return p;
}

/** A portfolio as a person sees it, without database ids and timestamps. */
function comparable(p: Portfolio) {
  const credentials = p.listCredentials();
  const key = new Map(credentials.map((c) => [c.id, `${c.rulePackId}@${c.certifiedOn}`]));
  return {
    holder: p.getHolder(),
    rulePacks: p.listRulePacks(),
    credentials: credentials.map(({ id: _id, createdAt: _c, ...rest }) => rest),
    activities: p
      .listActivities()
      .map(({ id: _id, createdAt: _c, updatedAt: _u, credentialIds, certificates, ...rest }) => ({
        ...rest,
        credentials: credentialIds.map((id) => key.get(id)).sort(),
        certificates: certificates.map(({ addedAt: _a, ...c }) => c),
      })),
  };
}

describe('export then import', () => {
  it('gives an equal portfolio in an empty data folder', async () => {
    const source = await richPortfolio();
    const out = path.join(tempDir('ceu-export-'), 'My portfolio export');
    const { path: jsonPath } = await exportPortfolio(source, out);
    expect(jsonPath).toBe(path.join(out, 'portfolio.json'));

    const target = track(openPortfolio());
    expect(await importPortfolio(target, jsonPath)).toEqual({
      credentials: 3,
      activities: 3,
      certificates: 4,
    });
    expect(comparable(target)).toEqual(comparable(source));
    for (const a of target.listActivities()) {
      for (const c of a.certificates) expect(hashFile(target.certificates.pathOf(c.sha256))).toBe(c.sha256);
    }
    // The same evaluation follows: nothing was lost that the rules read.
    const strip = (e: ReturnType<Portfolio['evaluate']>) =>
      e.credentials.map(({ credentialId: _c, activities, ...rest }) => ({
        ...rest,
        activities: activities.map(({ activityId: _a, ...x }) => x),
      }));
    expect(strip(target.evaluate('2026-11-24'))).toEqual(strip(source.evaluate('2026-11-24')));
  });

  it('adds to a portfolio that has data, keeping its holder', async () => {
    const source = await richPortfolio();
    const { path: jsonPath } = await exportPortfolio(source, tempDir());
    const target = track(openPortfolio());
    target.saveHolder({ fullName: 'Someone Else', email: '', phone: '', address: '', memberNumbers: [] });
    target.saveCredential({ rulePackId: 'nha-ccma', certifiedOn: '2025-05-05' });

    await importPortfolio(target, jsonPath);
    expect(target.getHolder()!.fullName).toBe('Someone Else');
    expect(target.listCredentials()).toHaveLength(4);
    expect(target.listActivities()).toHaveLength(3);
  });
});

describe('exportPortfolio', () => {
  it('writes a documented file with certificate copies named by hash', async () => {
    const source = await richPortfolio();
    const out = tempDir();
    const { path: jsonPath } = await exportPortfolio(source, out);
    const data = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
    expect(portfolioFileSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({
      format: 'ceu-portfolio',
      version: 1,
      exportedAt: '2026-11-24T12:00:00.000Z',
    });
    expect(data.credentials.map((c: { ref: string }) => c.ref)).toEqual(['cma', 'rma', 'bls']);
    expect(data.rulePacks.map((p: { id: string }) => p.id)).toEqual(['employer-bls']);
    expect(data.activities[1]).toMatchObject({
      title: 'BLS Provider',
      credentials: ['cma', 'bls'],
      certificates: [
        { file: expect.stringMatching(/^certificates\/[0-9a-f]{64}\.jpg$/), fileName: 'IMG_0001.JPG' },
        { file: expect.stringMatching(/^certificates\/[0-9a-f]{64}\.jpg$/), fileName: 'IMG_0002.JPG' },
      ],
    });
    const copies = fs.readdirSync(path.join(out, 'certificates')).sort();
    expect(copies).toHaveLength(4);
    for (const copy of copies)
      expect(hashFile(path.join(out, 'certificates', copy))).toBe(copy.split('.')[0]);
    expect(fs.readdirSync(out).sort()).toEqual(['certificates', 'portfolio.json']);
  });

  it('exports an empty portfolio', async () => {
    const p = track(openPortfolio());
    const { path: jsonPath } = await exportPortfolio(p, tempDir());
    expect(JSON.parse(fs.readFileSync(jsonPath, 'utf8'))).toEqual({
      format: 'ceu-portfolio',
      version: 1,
      exportedAt: '2026-11-24T12:00:00.000Z',
      holder: null,
      rulePacks: [],
      credentials: [],
      activities: [],
    });
  });

  it('refuses a folder that has other files in it, and changes nothing there', async () => {
    const p = await richPortfolio();
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'tax return.pdf'), 'private');
    const error = await rejectionOf(exportPortfolio(p, out));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(
      /already has other files in it, and it is not an earlier CEU Portfolio export\. Choose an empty folder/,
    );
    expect(fs.readdirSync(out)).toEqual(['tax return.pdf']);

    fs.writeFileSync(path.join(out, 'portfolio.json'), '{"some": "other app"}');
    await expect(exportPortfolio(p, out)).rejects.toThrow(/not an earlier CEU Portfolio export/);
  });

  it('refuses a target that is a file', async () => {
    const p = track(openPortfolio());
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'x');
    await expect(exportPortfolio(p, file)).rejects.toThrow(/is a file, not a folder/);
  });

  it('writes over a previous export, removing copies of certificates no longer in the portfolio', async () => {
    const p = await richPortfolio();
    const out = tempDir();
    await exportPortfolio(p, out);
    const first = fs.readFileSync(path.join(out, 'portfolio.json'), 'utf8');

    const third = p.listActivities().find((a) => a.title === 'Patient privacy refresher')!;
    p.deleteActivity(third.id);
    await exportPortfolio(p, out);
    const second = JSON.parse(fs.readFileSync(path.join(out, 'portfolio.json'), 'utf8'));
    expect(second.activities).toHaveLength(2);
    expect(fs.readdirSync(path.join(out, 'certificates'))).toHaveLength(3);
    expect(first).not.toEqual(JSON.stringify(second));
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports nothing when a certificate is damaged, and says which', async () => {
    const p = await richPortfolio();
    const [coding] = p.listActivities().find((a) => a.title === 'Coding Updates')!.certificates;
    fs.writeFileSync(p.certificates.pathOf(coding!.sha256), 'overwritten by something else');
    const out = path.join(tempDir(), 'export');
    const before = snapshot(p);

    const error = await rejectionOf(exportPortfolio(p, out));
    expect(error.code).toBe('CERTIFICATE_PROBLEMS');
    expect(error.message).toBe(
      'Nothing was exported: a certificate file is missing or damaged in the data folder: "Coding certificate.pdf" (activities "Coding Updates", "Patient privacy refresher"). Attach it again, then export.',
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(snapshot(p)).toEqual(before);
  });
});
