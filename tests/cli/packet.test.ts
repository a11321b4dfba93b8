import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfBytes, removeTempDirs, sha256, tempDir } from '../core/fixtures';
import { ceu, hasStackTrace, qpdfCheck, root, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

describe('ceu packet with an unreadable certificate', () => {
  it('lists it and saves nothing, then saves with placeholders when asked', () => {
    const dataDir = sampleDataDir();
    // Certificates are stored by the SHA-256 of their bytes: damage the vital-signs one.
    const sha = sha256(
      fs.readFileSync(path.join(root, 'resources', 'sample', 'certificates', '07-vital-signs.pdf')),
    );
    fs.writeFileSync(path.join(dataDir, 'certificates', sha), 'damaged');
    const out = path.join(tempDir(), 'packet.pdf');

    const refused = ceu(['packet', '--credential', '1', '--out', out, '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    // The pre-flight list comes first: the sample's CMA is not complete yet.
    expect(refused.stderr).toMatch(
      /^Open items \(the packet's cover will list it\):\n {2}- Requirements not met for CMA: /,
    );
    expect(refused.stderr).toMatch(
      /\nBuilding the packet: Checking certificates\nceu: One certificate cannot be read, so no packet was saved:\n {2}- "Certificate_NHL-24-71844\.pdf" \(activity "Vital Signs: Accuracy and Documentation"\): .+\n/,
    );
    expect(refused.stderr).toMatch(
      /run again with --allow-placeholders to put a placeholder page in its place\.\n$/,
    );
    expect(hasStackTrace(refused.stderr)).toBe(false);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);

    const placeholders = ceu([
      'packet',
      '--credential',
      '1',
      '--out',
      out,
      '--allow-placeholders',
      '--data-dir',
      dataDir,
    ]);
    expect(placeholders.code).toBe(0);
    expect(qpdfCheck(out).code).toBe(0);
    // Each placeholder is named, never a bare "Saved the packet".
    expect(placeholders.stderr).toMatch(/One certificate was replaced by a placeholder page/);
    expect(placeholders.stderr).toContain('certificate missing');

    // The CCMA packet does not include that certificate, so it is not affected.
    expect(
      ceu(['packet', '--credential', '2', '--out', path.join(tempDir(), 'ccma.pdf'), '--data-dir', dataDir])
        .code,
    ).toBe(0);
  });

  it('refuses a password for a certificate the packet does not have', () => {
    const dataDir = sampleDataDir();
    const { code, stderr } = ceu([
      'packet',
      '--credential',
      '1',
      '--out',
      path.join(tempDir(), 'p.pdf'),
      '--password',
      'deadbeef00=secret',
      '--data-dir',
      dataDir,
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ceu: No certificate in this packet has a SHA-256 starting with "deadbeef00"/);
  });
});

describe('ceu packet with a password-protected certificate', () => {
  it('says it needs a password, then uses the one given by a hash prefix', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plain.pdf'), await pdfBytes('Certificate of Completion: Wound Care'));
    execFileSync('qpdf', [
      '--encrypt',
      'open-sesame',
      'owner-pw',
      '256',
      '--',
      path.join(dir, 'plain.pdf'),
      path.join(dir, 'locked.pdf'),
    ]);
    const lockedSha = sha256(fs.readFileSync(path.join(dir, 'locked.pdf')));
    fs.writeFileSync(
      path.join(dir, 'portfolio.json'),
      JSON.stringify({
        format: 'ceu-portfolio',
        version: 1,
        holder: { fullName: 'Maria Nguyen' },
        credentials: [{ ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '2023-10-14' }],
        activities: [
          {
            title: 'Wound Care Basics',
            provider: 'Northwind Health Learning',
            kind: 'online_course',
            delivery: 'online',
            completedOn: '2025-04-01',
            credits: [{ amount: 2, unit: 'contact_hour', category: 'clinical' }],
            credentials: ['cma'],
            certificates: [{ file: 'locked.pdf', fileName: 'Wound care certificate.pdf' }],
          },
        ],
      }),
    );
    const dataDir = path.join(tempDir(), 'portfolio');
    expect(ceu(['import', path.join(dir, 'portfolio.json'), '--data-dir', dataDir]).code).toBe(0);
    const out = path.join(tempDir(), 'packet.pdf');

    const refused = ceu(['packet', '--credential', '1', '--out', out, '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"Wound care certificate.pdf" (activity "Wound Care Basics")');
    expect(refused.stderr).toContain(
      `It needs a password: add --password ${lockedSha.slice(0, 12)}=PASSWORD`,
    );

    const wrong = ceu([
      'packet',
      '--credential',
      '1',
      '--out',
      out,
      '--password',
      `${lockedSha.slice(0, 12)}=nope`,
      '--data-dir',
      dataDir,
    ]);
    expect(wrong.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);

    const saved = ceu([
      'packet',
      '--credential',
      '1',
      '--out',
      out,
      '--password',
      `${lockedSha.slice(0, 12)}=open-sesame`,
      '--data-dir',
      dataDir,
    ]);
    expect(saved.stderr).not.toMatch(/ceu:/);
    expect(saved.code).toBe(0);
    expect(qpdfCheck(out).code).toBe(0);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain(
      'Certificate of Completion: Wound Care',
    );
  });
});
