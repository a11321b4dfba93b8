import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { portfolioJsonSchemaText } from '../../src/core/exchange';
import { Portfolio } from '../../src/core/portfolio';
import { saveCredential as saveCredentialRow } from '../../src/core/db/credential-repository';
import { statusCredentialSchema } from '../../src/domain/cycle-history';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu, hasStackTrace, qpdfCheck, root, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

describe('ceu with the sample portfolio', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = sampleDataDir();
  });

  it('status --json prints exactly { asOf, credentials } in the documented shape', () => {
    const { code, stdout, stderr } = ceu([
      'status',
      '--json',
      '--as-of',
      '2026-11-24',
      '--data-dir',
      dataDir,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = z
      .object({ asOf: z.string(), credentials: z.array(statusCredentialSchema.strict()) })
      .strict()
      .parse(JSON.parse(stdout));
    expect(parsed.asOf).toBe('2026-11-24');
    expect(parsed.credentials.map((c) => [c.credential, c.status])).toEqual([
      ['CMA', 'on_track'],
      ['CCMA', 'complete'],
    ]);
  });

  it('status prints the standing per credential for a person', () => {
    const { code, stdout } = ceu(['status', '--as-of', '2026-11-24', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Maria Nguyễn: where your credentials stand on 2026-11-24\n/);
    expect(stdout).toMatch(/CMA \(AAMA\) Certified Medical Assistant {2}\[credential 1\]\n {2}On track: /);
    expect(stdout).toMatch(/Category +Required +Counted +Still needed\n +Administrative +10 +11 +0\n/);
    expect(stdout).toMatch(/AAMA-approved providers: 28\.5 of at least 30, 1\.5 more needed/);
    expect(stdout).toMatch(/Deadlines:\n {4}2028-08-31 {2}Pass the exam by/);
    expect(stdout).toMatch(
      /- 2025-01-30 {2}Phlebotomy Quick Review\n {8}45 minutes: shorter than the one contact hour/,
    );
    expect(stdout).toMatch(
      /CCMA \(NHA\) Certified Clinical Medical Assistant {2}\[credential 2\]\n {2}Complete/,
    );
  });

  it('credentials lists the ids packet needs', () => {
    const { code, stdout } = ceu(['credentials', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'ID  Credential  Number          Certified   Expires     Rule pack',
      '1   CMA (AAMA)  CMA-2310-4471   2023-10-14  2028-10-31  aama-cma',
      '2   CCMA (NHA)  CCMA-25-118402  2025-02-20  2027-02-19  nha-ccma',
    ]);
  });

  it('packet writes a PDF that qpdf --check accepts, with progress on stderr', () => {
    const out = path.join(tempDir(), 'CMA packet.pdf');
    const { code, stdout, stderr } = ceu([
      'packet',
      '--credential',
      '1',
      '--out',
      out,
      '--as-of',
      '2026-11-24',
      '--manifest',
      '--data-dir',
      dataDir,
    ]);
    expect(stderr).toMatch(/(^|\n)Building the packet: Checking certificates\nBuilding the packet: /);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `^Saved the packet to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ pages, \\d+ KB\\)\\.\\n$`,
      ),
    );
    const check = qpdfCheck(out);
    expect(check.output).toMatch(/No syntax or stream encoding errors found/);
    expect(check.code).toBe(0);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Author: +Maria Nguyễn/);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['CMA packet.pdf']);
  });

  it('packet refuses a folder that does not exist', () => {
    const out = path.join(tempDir(), 'no such folder', 'packet.pdf');
    const { code, stderr } = ceu(['packet', '--credential', '1', '--out', out, '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^ceu: The folder .*no such folder does not exist\. Create it, or choose another place with --out\.\n$/,
    );
  });

  it('packet says when the credential does not exist', () => {
    const { code, stderr } = ceu([
      'packet',
      '--credential',
      '9',
      '--out',
      path.join(tempDir(), 'p.pdf'),
      '--data-dir',
      dataDir,
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('ceu: That credential no longer exists. It may have been deleted.\n');
  });

  it('export writes a folder that import reads back into a new portfolio', () => {
    const out = path.join(tempDir(), 'backup');
    const exported = ceu(['export', out, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`Exported the portfolio to ${path.join(out, 'portfolio.json')}`);

    const fresh = path.join(tempDir(), 'fresh');
    const imported = ceu(['import', path.join(out, 'portfolio.json'), '--data-dir', fresh]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe(
      `Imported 2 credentials, 21 activities and 22 certificates into ${fresh}.\n`,
    );
    const before = JSON.parse(
      ceu(['status', '--json', '--as-of', '2026-11-24', '--data-dir', dataDir]).stdout,
    );
    const after = JSON.parse(ceu(['status', '--json', '--as-of', '2026-11-24', '--data-dir', fresh]).stdout);
    expect(after).toEqual(before);
  });

  it('sample refuses a portfolio that already has records', () => {
    const { code, stderr } = ceu(['sample', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^ceu: Your portfolio already has 2 credentials and 21 activities, and the sample can only be loaded into an empty portfolio\. Nothing was changed\./,
    );
  });
});

describe('ceu import', () => {
  it('lists every problem with its place, exits 1 and imports nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'my courses.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'ceu-portfolio',
        version: 1,
        credentials: [{ ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '2023-10-14' }],
        activities: [
          {
            title: 'A',
            provider: 'P',
            kind: 'online_course',
            delivery: 'online',
            completedOn: '2024-02-30',
            credits: [{ amount: 1, unit: 'ceu', category: 'clinical' }],
            credentials: ['rma'],
          },
          {
            title: 'B',
            provider: 'P',
            kind: 'webinar',
            delivery: 'online',
            completedOn: '2024-03-01',
            certificates: [{ file: 'missing.pdf' }],
          },
        ],
      }),
    );
    const dataDir = path.join(tempDir(), 'portfolio');
    const { code, stdout, stderr } = ceu(['import', file, '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'ceu: Nothing was imported: my courses.json has 5 problems (the first: activities[0].completedOn: That date does not exist on the calendar.). Fix every problem listed and import the file again.',
    );
    expect(lines.slice(1).map((l) => l.slice(0, l.indexOf(': ')))).toEqual([
      '  activities[0].completedOn',
      '  activities[0].credits[0].unit',
      '  activities[0].credentials[0]',
      '  activities[1].kind',
      '  activities[1].certificates[0].file',
    ]);
    expect(hasStackTrace(stderr)).toBe(false);
    expect(ceu(['credentials', '--data-dir', dataDir]).stdout).toMatch(/^No credentials yet/);
  });

  it('gives the line and column of broken JSON', () => {
    const file = path.join(tempDir(), 'broken.json');
    fs.writeFileSync(file, '{\n  "format": "ceu-portfolio",\n  "version": 1,\n}\n');
    const { code, stderr } = ceu(['import', file, '--data-dir', path.join(tempDir(), 'p')]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      '  line 4, column 1: This is not valid JSON here: remove the comma before } (JSON does not allow a trailing comma).',
    );
  });
});
describe('ceu status with a credential whose own rule changes no longer fit', () => {
  it('says which credential and what to do, in one line', () => {
    const dataDir = path.join(tempDir(), 'portfolio');
    const portfolio = Portfolio.open({ dataDir });
    // The app refuses such changes when saving; they can still come from an older version.
    saveCredentialRow(portfolio.db, {
      rulePackId: 'amt-rma',
      certifiedOn: '2024-01-01',
      overrides: { totalRequired: 'thirty' },
    });
    portfolio.close();
    const { code, stderr } = ceu(['status', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^ceu: The changes made to the RMA rules for this credential are not valid: totalRequired: .+\. Open that credential in the app and correct or remove those changes\.\n$/,
    );
  });
});

describe('ceu schema and bin/ceu.mjs', () => {
  it('schema prints the committed docs/portfolio.schema.json', () => {
    const { code, stdout } = ceu(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(portfolioJsonSchemaText());
    expect(JSON.parse(fs.readFileSync(path.join(root, 'docs', 'portfolio.schema.json'), 'utf8'))).toEqual(
      JSON.parse(stdout),
    );
  });

  it('bin/ceu.mjs runs the same CLI', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'ceu.mjs'), 'help', 'sample'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ceu sample \[--clear\] \[--data-dir DIR\]/);
  });
});
