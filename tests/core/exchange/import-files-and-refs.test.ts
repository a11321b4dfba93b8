import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../src/core/exchange';
import type { Portfolio } from '../../../src/core/portfolio';
import { pdfBytes, removeTempDirs, tempDir } from '../fixtures';
import { activity, minimal, openPortfolio, problemsFor, problemsOf, rejectionOf, writeJson } from './helpers';

let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  portfolio = undefined;
  removeTempDirs();
});

describe('importPortfolio: certificate files', () => {
  it('reports a missing certificate file', async () => {
    const { problems } = await problemsFor(
      minimal({ activities: [activity({ certificates: [{ file: 'certs/cpr-front.jpg' }] })] }),
    );
    expect(problems).toMatchObject([
      {
        path: 'activities[0].certificates[0].file',
        message: expect.stringMatching(
          /^The certificate file "certs\/cpr-front\.jpg" was not found \(looked for \/.*\/certs\/cpr-front\.jpg\)/,
        ),
      },
    ]);
  });

  it('reports a text file, an empty file and a folder, each at its place', async () => {
    const { problems } = await problemsFor(
      minimal({
        activities: [
          activity({ certificates: [{ file: 'certificate.pdf' }] }),
          activity({ certificates: [{ file: 'empty.jpg' }, { file: 'a-folder' }] }),
        ],
      }),
      (dir) => {
        fs.writeFileSync(path.join(dir, 'certificate.pdf'), 'Certificate of Completion\nMaria Nguyen\n');
        fs.writeFileSync(path.join(dir, 'empty.jpg'), '');
        fs.mkdirSync(path.join(dir, 'a-folder'));
      },
    );
    expect(problems.map((p) => [p.path, p.message.replace(/\(.*\)/, '(…)')])).toEqual([
      [
        'activities[0].certificates[0].file',
        'The certificate file "certificate.pdf" is not a PDF, JPEG, PNG, HEIC/HEIF or WebP file (…). Save the certificate in one of those formats.',
      ],
      [
        'activities[1].certificates[0].file',
        'The certificate file "empty.jpg" is empty (…). Download or scan the certificate again and put the new file there.',
      ],
      [
        'activities[1].certificates[1].file',
        '"a-folder" is a folder, not a certificate file. Give the path of the file itself.',
      ],
    ]);
  });

  it('reports a certificate over 50 MB', async () => {
    const { problems } = await problemsFor(
      minimal({ activities: [activity({ certificates: [{ file: 'scan.pdf' }] })] }),
      (dir) => {
        const file = path.join(dir, 'scan.pdf');
        fs.writeFileSync(file, '%PDF-1.7\n');
        fs.truncateSync(file, 50 * 1024 * 1024 + 1);
      },
    );
    expect(problems[0]!.message).toMatch(/"scan\.pdf" is 50\.0 MB; certificates can be at most 50 MB/);
  });

  it('reports a certificate it may not read', async () => {
    if (process.getuid?.() === 0) {
      // root reads any file whatever its permissions; prove the message another way.
      const { problems } = await problemsFor(
        minimal({ activities: [activity({ certificates: [{ file: 'locked.pdf' }] })] }),
        (dir) => {
          fs.symlinkSync(path.join(dir, 'nowhere.pdf'), path.join(dir, 'locked.pdf'));
        },
      );
      expect(problems[0]!.message).toMatch(/"locked\.pdf" was not found/);
      return;
    }
    const { problems } = await problemsFor(
      minimal({ activities: [activity({ certificates: [{ file: 'locked.pdf' }] })] }),
      async (dir) => {
        fs.writeFileSync(path.join(dir, 'locked.pdf'), await pdfBytes());
        fs.chmodSync(path.join(dir, 'locked.pdf'), 0o000);
      },
    );
    expect(problems[0]!.message).toMatch(/"locked\.pdf" cannot be read \(permission denied\)/);
  });
});

describe('importPortfolio: references and rule packs', () => {
  it('reports duplicate refs, unknown refs, a built-in pack id, bad dates order and bad overrides', async () => {
    const { problems } = await problemsFor(
      minimal({
        rulePacks: [
          {
            id: 'aama-cma',
            version: '1',
            credential: 'CMA',
            name: 'Mine',
            body: 'AAMA',
            cycle: { months: 60, anchor: 'end_of_month' },
            totalRequired: 60,
            unitPoints: {},
          },
        ],
        credentials: [
          { ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '2023-10-14', expiresOn: '2023-01-01' },
          {
            ref: 'cma',
            rulePackId: 'amt-rma',
            certifiedOn: '2024-01-01',
            overrides: { totalRequired: 'thirty' },
          },
        ],
        activities: [activity({ credentials: ['CMA'] })],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'rulePacks[0].id',
      'credentials[0].expiresOn',
      'credentials[1].ref',
      'credentials[1].overrides',
      'activities[0].credentials[0]',
    ]);
    expect(problems[0]!.message).toMatch(/"aama-cma" is a built-in rule pack/);
    expect(problems[1]!.message).toBe(
      'The expiry date 2023-01-01 is before the certification date 2023-10-14. Check both dates.',
    );
    expect(problems[2]!.message).toBe(
      'credentials[0] already uses the ref "cma". Give each credential its own ref.',
    );
    expect(problems[3]!.message).toMatch(
      /The changes made to the RMA rules for this credential are not valid: totalRequired: .*Correct or remove these changes\.$/,
    );
    expect(problems[4]!.message).toBe(
      'There is no credential with the ref "CMA" in this file. Use one of: "cma".',
    );
  });

  it('refuses a custom pack that differs from the one the portfolio has under the same id', async () => {
    const pack = {
      id: 'employer-bls',
      version: '2026',
      credential: 'BLS',
      name: 'Employer BLS requirement',
      body: 'Employer',
      cycle: { months: 24, anchor: 'certification_date' as const },
      totalRequired: 4,
      unitPoints: { contact_hour: 1 },
    };
    portfolio = openPortfolio();
    portfolio.saveCustomRulePack(pack);
    const dir = tempDir();
    const same = writeJson(
      dir,
      minimal({
        rulePacks: [pack],
        credentials: [{ ref: 'bls', rulePackId: 'employer-bls', certifiedOn: '2025-01-01' }],
        activities: [],
      }),
      'same.json',
    );
    expect(await importPortfolio(portfolio, same)).toMatchObject({ credentials: 1 });

    const different = writeJson(
      dir,
      minimal({ rulePacks: [{ ...pack, totalRequired: 8 }], credentials: [], activities: [] }),
      'different.json',
    );
    const error = await rejectionOf(importPortfolio(portfolio, different));
    expect(problemsOf(error)).toMatchObject([
      {
        path: 'rulePacks[0].id',
        message: expect.stringMatching(/already has a different rule pack with the id "employer-bls"/),
      },
    ]);
    expect(portfolio.findRulePack('employer-bls').totalRequired).toBe(4);
  });
});
