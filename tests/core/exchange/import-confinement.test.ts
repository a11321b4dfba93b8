import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../src/core/exchange';
import type { Portfolio } from '../../../src/core/portfolio';
import { pdfBytes, removeTempDirs, tempDir } from '../fixtures';
import { activity, minimal, openPortfolio, problemsFor, rejectionOf, snapshot, writeJson } from './helpers';

let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  portfolio = undefined;
  removeTempDirs();
});

/** A genuine certificate outside the import folder: something an import must not copy. */
async function outsideCertificate(): Promise<string> {
  const file = path.join(tempDir('ceu-elsewhere-'), 'private.pdf');
  fs.writeFileSync(file, await pdfBytes('Somebody else'));
  return file;
}

const outsideMessage = (shownAs: string) =>
  new RegExp(
    `^The certificate file "${shownAs.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is outside the folder of the portfolio file.*Only files in /.* and its subfolders are imported: copy the certificate into that folder`,
  );

describe("importPortfolio: certificate paths stay in the portfolio file's folder", () => {
  it('refuses "../", an absolute path, a link to a file elsewhere and a link to a folder elsewhere; imports nothing', async () => {
    const outside = await outsideCertificate();
    const good = await pdfBytes('Mine');
    const { problems } = await problemsFor(
      minimal({
        activities: [
          activity({ certificates: [{ file: 'mine.pdf' }] }),
          activity({
            certificates: [
              { file: `../${path.basename(path.dirname(outside))}/private.pdf` },
              { file: outside },
              { file: 'link.pdf' },
              { file: 'linked-folder/private.pdf' },
            ],
          }),
        ],
      }),
      (dir) => {
        fs.writeFileSync(path.join(dir, 'mine.pdf'), good);
        // tempDir() folders are siblings in the same temporary folder.
        expect(path.dirname(path.dirname(outside))).toBe(path.dirname(dir));
        fs.symlinkSync(outside, path.join(dir, 'link.pdf'));
        fs.symlinkSync(path.dirname(outside), path.join(dir, 'linked-folder'));
      },
    );
    expect(problems.map((p) => p.path)).toEqual([
      'activities[1].certificates[0].file',
      'activities[1].certificates[1].file',
      'activities[1].certificates[2].file',
      'activities[1].certificates[3].file',
    ]);
    const shown = [
      `../${path.basename(path.dirname(outside))}/private.pdf`,
      outside,
      'link.pdf',
      'linked-folder/private.pdf',
    ];
    problems.forEach((p, i) => expect(p.message).toMatch(outsideMessage(shown[i]!)));
    expect(problems[2]!.message).toContain(`(it points to ${fs.realpathSync(outside)})`);
  });

  it('imports files in subfolders, links that stay inside, and a folder reached through a link', async () => {
    const real = tempDir('ceu-import-');
    fs.mkdirSync(path.join(real, 'certificates'));
    fs.writeFileSync(path.join(real, 'certificates', 'a.pdf'), await pdfBytes('A'));
    fs.symlinkSync(path.join(real, 'certificates', 'a.pdf'), path.join(real, 'same.pdf'));
    const viaLink = path.join(tempDir('ceu-link-'), 'portfolio-folder');
    fs.symlinkSync(real, viaLink);
    const json = writeJson(
      viaLink,
      minimal({
        activities: [activity({ certificates: [{ file: 'certificates/a.pdf' }, { file: 'same.pdf' }] })],
      }),
    );
    portfolio = openPortfolio();
    expect(await importPortfolio(portfolio, json)).toEqual({
      credentials: 1,
      activities: 1,
      certificates: 1,
    });
  });
});

describe('importPortfolio: named pipes and devices', () => {
  it('names a named pipe given as a certificate', async () => {
    const { problems } = await problemsFor(
      minimal({ activities: [activity({ certificates: [{ file: 'pipe.pdf' }] })] }),
      (dir) => {
        execFileSync('mkfifo', [path.join(dir, 'pipe.pdf')]);
      },
    );
    expect(problems).toMatchObject([
      {
        path: 'activities[0].certificates[0].file',
        message: '"pipe.pdf" is a named pipe, not a certificate file. Give the path of the file itself.',
      },
    ]);
  });

  it('names a named pipe or a device given as the portfolio file, and changes nothing', async () => {
    portfolio = openPortfolio();
    const before = snapshot(portfolio);
    const pipe = path.join(tempDir('ceu-import-'), 'portfolio.json');
    execFileSync('mkfifo', [pipe]);
    const fromPipe = await rejectionOf(importPortfolio(portfolio, pipe));
    expect(fromPipe.message).toBe(`${pipe} is a named pipe, not a file. Choose a portfolio.json file.`);
    const fromDevice = await rejectionOf(importPortfolio(portfolio, '/dev/null'));
    expect(fromDevice.message).toBe('/dev/null is a device, not a file. Choose a portfolio.json file.');
    expect(snapshot(portfolio)).toEqual(before);
  });
});
