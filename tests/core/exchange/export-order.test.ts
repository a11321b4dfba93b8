import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportPortfolio } from '../../../src/core/exchange';
import type { Portfolio } from '../../../src/core/portfolio';
import { pdfBytes, removeTempDirs, tempDir } from '../fixtures';
import { openPortfolio } from './helpers';

let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  portfolio = undefined;
  removeTempDirs();
});

function namedFiles(jsonPath: string): string[] {
  const data = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as {
    activities: { certificates: { file: string }[] }[];
  };
  return data.activities.flatMap((a) => a.certificates.map((c) => c.file));
}

describe('exportPortfolio over an earlier export', () => {
  it('writes the new portfolio.json before removing stale copies: a removal that fails leaves a complete export', async () => {
    portfolio = openPortfolio();
    const credential = portfolio.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2024-01-01' });
    const add = async (title: string) => {
      const certificate = portfolio!.certificates.add(`${title}.pdf`, await pdfBytes(title));
      return portfolio!.saveActivity({
        title,
        provider: 'Relias Academy',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2025-04-10',
        credits: [{ amount: 1, unit: 'contact_hour', category: 'general' }],
        credentialIds: [credential.id],
        certificateHashes: [certificate.sha256],
      });
    };
    await add('Kept course');
    const dropped = await add('Dropped course');
    const out = tempDir('ceu-export-');
    const { path: jsonPath } = await exportPortfolio(portfolio, out);
    expect(namedFiles(jsonPath)).toHaveLength(2);

    // The dropped course's copy becomes stale, and removing it fails for real: a folder
    // (with a file in it) now stands where the copy was.
    const staleCopy = path.join(
      out,
      namedFiles(jsonPath).find((f) => f.includes(dropped.certificates[0]!.sha256))!,
    );
    fs.rmSync(staleCopy);
    fs.mkdirSync(staleCopy);
    fs.writeFileSync(path.join(staleCopy, 'keep'), 'x');
    portfolio.deleteActivity(dropped.id);

    await exportPortfolio(portfolio, out);
    const data = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { activities: { title: string }[] };
    expect(data.activities.map((a) => a.title)).toEqual(['Kept course']);
    for (const file of namedFiles(jsonPath)) expect(fs.statSync(path.join(out, file)).isFile()).toBe(true);
    expect(fs.existsSync(staleCopy)).toBe(true); // left for the next export to tidy
  });
});
