import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../src/core/portfolio';
import { repairDataFolder } from '../../../src/core/verify/repair-data-folder';
import { verifyPortfolio } from '../../../src/core/verify/verify-portfolio';
import type { ActivityInput } from '../../../src/domain/portfolio';
import { ceu } from '../../cli/run-cli';
import { jpegBytes, pdfBytes, removeTempDirs, tempDir } from '../fixtures';

afterEach(() => removeTempDirs());

const activity = (i: number, certificateHashes: string[] = []): ActivityInput => ({
  title: `Course ${i} on ${'infection control and patient safety '.repeat(4)}`,
  provider: 'AAMA',
  kind: 'online_course',
  delivery: 'online',
  completedOn: '2026-03-02',
  description: `Notes for course ${i}: ${'x'.repeat(400)}`,
  certificateHashes,
});

const hourAgo = () => new Date(Date.now() - 3600_000);

describe('opening a damaged database', () => {
  it('refuses to open it for writing and says to restore a backup', () => {
    const dataDir = tempDir();
    const portfolio = Portfolio.open({ dataDir });
    for (let i = 0; i < 400; i++) portfolio.saveActivity(activity(i));
    portfolio.close();

    const file = portfolio.paths.databasePath;
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const before = fs.readFileSync(file);

    let error: unknown;
    try {
      Portfolio.open({ dataDir }).close();
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'DATABASE_DAMAGED' });
    expect((error as Error).message).toContain('Portfolio > Backups');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('tidying the data folder after taking the lock', () => {
  it('removes only old temporary files the app writes, and lists unused certificate files', async () => {
    const dataDir = tempDir();
    const portfolio = Portfolio.open({ dataDir });
    const kept = portfolio.certificates.add('kept.pdf', await pdfBytes('kept'));
    portfolio.saveActivity(activity(1, [kept.sha256]));
    const certDir = portfolio.paths.certificatesDir;
    const put = (file: string, old: boolean) => {
      fs.writeFileSync(file, 'partial');
      if (old) fs.utimesSync(file, hourAgo(), hourAgo());
    };
    const oldLeftovers = [
      path.join(certDir, `.${'a'.repeat(64)}.0123456789ab.tmp`),
      path.join(certDir, `.${'b'.repeat(64)}.ba9876543210.tmp`),
      path.join(dataDir, '.portfolio.json.00ff00ff00ff.tmp'),
    ];
    for (const file of oldLeftovers) put(file, true);
    put(path.join(certDir, `.${'c'.repeat(64)}.111111111111.tmp`), false); // may be a write under way
    put(path.join(dataDir, 'notes.tmp'), true); // not a name the app uses
    const unused = path.join(certDir, 'd'.repeat(64));
    put(unused, true);

    const result = repairDataFolder(portfolio);

    expect(result.removedTempFiles.sort()).toEqual(oldLeftovers.sort());
    expect(result.unusedFiles).toEqual([unused]);
    expect(fs.readdirSync(certDir).sort()).toEqual(
      [kept.sha256, `.${'c'.repeat(64)}.111111111111.tmp`, 'd'.repeat(64)].sort(),
    );
    expect(fs.existsSync(path.join(dataDir, 'notes.tmp'))).toBe(true);
    portfolio.close();
  });
});

describe('verifying a portfolio', () => {
  it('reports nothing for a sound portfolio, and each problem with what to do', async () => {
    const dataDir = tempDir();
    const portfolio = Portfolio.open({ dataDir });
    const a = portfolio.certificates.add('a.pdf', await pdfBytes('a'));
    const b = portfolio.certificates.add('b.jpg', await jpegBytes('#112233'));
    const c = portfolio.certificates.add('c.pdf', await pdfBytes('c'));
    portfolio.saveActivity(activity(1, [a.sha256, b.sha256]));
    portfolio.saveActivity(activity(2, [c.sha256]));

    expect(verifyPortfolio(portfolio)).toEqual({ activities: 2, certificatesChecked: 3, problems: [] });
    const clean = ceu(['verify', '--data-dir', dataDir]);
    expect(clean.code).toBe(0);
    expect(clean.stdout.trim()).toBe('Everything is in order: 2 activities, 3 certificate files checked.');

    fs.rmSync(portfolio.certificates.pathOf(a.sha256));
    fs.writeFileSync(portfolio.certificates.pathOf(b.sha256), 'not the original bytes');
    fs.writeFileSync(path.join(portfolio.paths.certificatesDir, 'e'.repeat(64)), 'stray');
    fs.writeFileSync(path.join(portfolio.paths.certificatesDir, `.${c.sha256}.abcdefabcdef.tmp`), 'partial');

    const report = verifyPortfolio(portfolio);
    expect(report.problems.map((p) => [p.code, p.concerns])).toEqual([
      ['CERTIFICATE_MISSING', `certificate "a.pdf" (${a.sha256.slice(0, 12)}…)`],
      ['CERTIFICATE_CHANGED', `certificate "b.jpg" (${b.sha256.slice(0, 12)}…)`],
      ['UNUSED_FILE', path.join('certificates', 'e'.repeat(64))],
      ['LEFTOVER_FILE', path.join('certificates', `.${c.sha256}.abcdefabcdef.tmp`)],
    ]);
    portfolio.close();

    const dirty = ceu(['verify', '--data-dir', dataDir]);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain('Found 4 problems');
    expect(dirty.stdout).toContain('Its file is missing from the data folder.');
    // The same report in Spanish: each problem said from its code and subject.
    const spanish = ceu(['verify', '--lang', 'es', '--data-dir', dataDir]);
    expect(spanish.code).toBe(1);
    expect(spanish.stdout).toContain('Se encontraron 4 problemas');
    expect(spanish.stdout).toContain(
      `- certificado "a.pdf" (${a.sha256.slice(0, 12)}…): Su archivo falta en la carpeta de datos.`,
    );
    expect(spanish.stdout).toContain('Un guardado interrumpido dejó este archivo temporal.');
    const json = ceu(['verify', '--data-dir', dataDir, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems).toHaveLength(4);
  }, 60_000);
});
