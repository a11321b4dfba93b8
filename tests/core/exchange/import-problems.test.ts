import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../src/core/exchange';
import { UserError } from '../../../src/core/errors';
import type { Portfolio } from '../../../src/core/portfolio';
import { units } from '../../../src/domain/units';
import { pdfBytes, removeTempDirs, tempDir } from '../fixtures';
import {
  activity,
  minimal,
  openPortfolio,
  problemsFor,
  problemsOf,
  rejectionOf,
  snapshot,
  writeJson,
} from './helpers';

let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

async function portfolioWithData(): Promise<Portfolio> {
  const p = openPortfolio();
  p.saveHolder({ fullName: 'Maria Nguyen', email: '', phone: '', address: '', memberNumbers: [] });
  const credential = p.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2023-10-14' });
  const certificate = p.certificates.add('existing.pdf', await pdfBytes('existing'));
  p.saveActivity({
    title: 'Existing course',
    provider: 'AAMA',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2024-01-05',
    credits: [{ amount: 1, unit: 'aama_ceu', category: 'general' }],
    credentialIds: [credential.id],
    certificateHashes: [certificate.sha256],
  });
  return p;
}

describe('importPortfolio refuses a file with problems', () => {
  it('reports every problem with its exact place and imports nothing', async () => {
    portfolio = await portfolioWithData();
    const before = snapshot(portfolio);
    const certificatesBefore = fs.readdirSync(portfolio.paths.certificatesDir).sort();

    const dir = tempDir('ceu-import-');
    fs.mkdirSync(path.join(dir, 'certificates'));
    fs.writeFileSync(path.join(dir, 'certificates', 'good.pdf'), await pdfBytes('good'));
    fs.writeFileSync(path.join(dir, 'certificates', 'notes.pdf'), 'This is a text file with a .pdf name.\n');

    const file = writeJson(dir, {
      format: 'ceu-portfolio',
      version: 1,
      holder: { fullName: 'Maria Nguyen' },
      credentials: [
        { ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '10/14/2023' },
        { ref: 'ccma', rulePackId: 'nha-ccmaa-typo', certifiedOn: '2025-01-01' },
      ],
      activities: [
        activity({
          credits: [{ amount: 2, unit: 'ceu', category: 'clinical' }],
          certificates: [{ file: 'certificates/good.pdf' }],
        }),
        activity({ completedOn: '2025-02-30' }),
        activity({ credentials: ['cma', 'rma'], certificates: [{ file: 'certificates/lost.pdf' }] }),
        activity({ kind: 'webinar', certificates: [{ file: 'certificates/notes.pdf' }] }),
        activity({ completed_on: '2025-05-01' }),
        activity({ title: '', credits: [{ amount: -1, unit: 'contact_hour', category: 'clinical' }] }),
      ],
    });

    const error = await rejectionOf(importPortfolio(portfolio, file));
    expect(error).toBeInstanceOf(UserError);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toMatch(
      /^Nothing was imported: portfolio\.json has 11 problems \(the first: credentials\[0\]\.certifiedOn: /,
    );
    expect(error.message).toMatch(/Fix every problem listed and import the file again\.$/);

    const problems = problemsOf(error);
    expect(problems.map((p) => p.path)).toEqual([
      'credentials[0].certifiedOn',
      'credentials[1].rulePackId',
      'activities[0].credits[0].unit',
      'activities[1].completedOn',
      'activities[2].credentials[1]',
      'activities[2].certificates[0].file',
      'activities[3].kind',
      'activities[3].certificates[0].file',
      'activities[4].completed_on',
      'activities[5].title',
      'activities[5].credits[0].amount',
    ]);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['credentials[0].certifiedOn']).toBe('Use a date in the form YYYY-MM-DD.');
    expect(byPath['credentials[1].rulePackId']).toMatch(
      /^There is no rule pack "nha-ccmaa-typo"\. Use one of: aama-cma, .*nha-ccma/,
    );
    expect(byPath['activities[0].credits[0].unit']).toBe(`Use one of these units: ${units.join(', ')}.`);
    expect(byPath['activities[1].completedOn']).toBe('That date does not exist on the calendar.');
    expect(byPath['activities[2].credentials[1]']).toBe(
      'There is no credential with the ref "rma" in this file. Use one of: "cma", "ccma".',
    );
    expect(byPath['activities[2].certificates[0].file']).toMatch(
      /^The certificate file "certificates\/lost\.pdf" was not found \(looked for .*certificates\/lost\.pdf\)\. Put the file there or correct the path\.$/,
    );
    expect(byPath['activities[3].kind']).toMatch(/^Use one of: seminar, conference, online_course, /);
    expect(byPath['activities[3].certificates[0].file']).toMatch(
      /^The certificate file "certificates\/notes\.pdf" is not a PDF, JPEG, PNG, HEIC\/HEIF or WebP file \(its contents were checked, not its name\)/,
    );
    expect(byPath['activities[4].completed_on']).toMatch(
      /^"completed_on" is not a field of the portfolio format/,
    );
    expect(byPath['activities[5].title']).toBe('The course title is required.');
    expect(byPath['activities[5].credits[0].amount']).toBe('Credit must be more than zero.');

    // Nothing imported, nothing already saved lost, no certificate stored.
    expect(snapshot(portfolio)).toEqual(before);
    expect(fs.readdirSync(portfolio.paths.certificatesDir).sort()).toEqual(certificatesBefore);
  });
});

describe('importPortfolio: malformed files', () => {
  it('gives the line and column of a JSON syntax error', async () => {
    const text = '{\n  "format": "ceu-portfolio",\n  "version": 1\n  "activities": []\n}\n';
    const { error, problems } = await problemsFor(text);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(problems).toMatchObject([
      {
        path: 'line 4, column 3',
        message: 'This is not valid JSON here: expected a comma or } after the value, but found """.',
      },
    ]);
    expect(error.message).toContain('line 4, column 3');
  });

  it('explains a trailing comma and an unescaped Windows path', async () => {
    expect(
      (await problemsFor('{"format": "ceu-portfolio",\n "activities": [1, 2,]}')).problems[0],
    ).toMatchObject({
      path: 'line 2, column 22',
      message:
        'This is not valid JSON here: remove the comma before ] (JSON does not allow a trailing comma).',
    });
    expect((await problemsFor('{"file": "C:\\Users\\maria\\cert.pdf"}')).problems[0]!.message).toMatch(
      /backslash in text must be doubled/,
    );
  });

  it('says an empty file is empty', async () => {
    expect((await problemsFor('   \n')).problems).toMatchObject([
      { path: 'line 1, column 1', message: 'This is not valid JSON here: the file is empty.' },
    ]);
  });

  it('refuses a JSON file that is not a portfolio file with one clear problem', async () => {
    expect((await problemsFor({ name: 'my courses', items: [] })).problems).toMatchObject([
      {
        path: 'format',
        message: expect.stringMatching(/^This is not a CEU Portfolio file: "format" must be "ceu-portfolio"/),
      },
    ]);
    expect((await problemsFor([1, 2, 3])).problems[0]!.path).toBe('(the whole file)');
  });

  it('refuses a file from a newer app and says to update', async () => {
    expect((await problemsFor(minimal({ version: 2 }))).problems).toMatchObject([
      {
        path: 'version',
        message: expect.stringMatching(
          /newer version of CEU Portfolio \(format version 2; this app reads version 1\)\. Install the latest version/,
        ),
      },
    ]);
  });

  it('says when the file does not exist', async () => {
    portfolio = openPortfolio();
    const error = await rejectionOf(importPortfolio(portfolio, path.join(tempDir(), 'nope.json')));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/nope\.json does not exist\. Check the name and the folder/);
  });

  it('accepts a byte-order mark at the start (Windows Notepad writes one)', async () => {
    portfolio = openPortfolio();
    const dir = tempDir();
    const file = writeJson(dir, `\uFEFF${JSON.stringify(minimal())}`);
    expect(await importPortfolio(portfolio, file)).toEqual({
      credentials: 1,
      activities: 1,
      certificates: 0,
    });
  });
});
