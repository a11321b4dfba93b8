import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

/** Words that would mean English was left in a Spanish answer. */
const englishLeft = /\b(the|and|with|credential|still needed|counted|Deadlines|Category|Required|Usage)\b/;

describe('ceu in Spanish', () => {
  const dataDir = sampleDataDir();

  it('--lang es answers status in Spanish, JSON stays English', () => {
    const { code, stdout, stderr } = ceu([
      '--lang',
      'es',
      'status',
      '--as-of',
      '2026-12-05',
      '--data-dir',
      dataDir,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Maria Nguyễn: cómo van sus credenciales al 2026-12-05');
    expect(stdout).toMatch(/Período: del \d{4}-\d\d-\d\d al \d{4}-\d\d-\d\d \(quedan \d+ días\)/);
    expect(stdout).toContain('Categoría');
    expect(stdout).toContain('Fechas límite:');
    expect(stdout).toContain('confirme estos requisitos con la AAMA');
    // No English sentence left in what the person reads (names of courses and bodies aside).
    const sentences = stdout
      .split('\n')
      .filter((line) => !/^\s+- \d{4}-\d\d-\d\d {2}/.test(line) && !/\[credencial \d+\]/.test(line));
    expect(sentences.filter((line) => englishLeft.test(line))).toEqual([]);

    const json = ceu(['--lang', 'es', 'status', '--json', '--as-of', '2026-12-05', '--data-dir', dataDir]);
    expect(JSON.parse(json.stdout).credentials[0].headline).toMatch(/^[A-Z][a-z]/);
    expect(json.stdout).not.toContain('cómo van');
  });

  it('CEU_LANG=es does the same, and the system locale too; --lang en wins over both', () => {
    const byVariable = ceu(['credentials', '--data-dir', dataDir], { CEU_LANG: 'es' });
    expect(byVariable.stdout).toMatch(/^ID\s+Credencial\s+Número\s+Certificada\s+Vence\s+Reglas/);
    const byLocale = ceu(['credentials', '--data-dir', dataDir], { LANG: 'es_US.UTF-8' });
    expect(byLocale.stdout).toContain('Credencial');
    const english = ceu(['credentials', '--lang', 'en', '--data-dir', dataDir], { CEU_LANG: 'es' });
    expect(english.stdout).toMatch(/^ID\s+Credential\s+Number/);
  });

  it('help, usage errors and errors from the portfolio are in Spanish', () => {
    const help = ceu(['--lang=es', 'help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Uso: ceu ORDEN [opciones]');
    expect(help.stdout).toContain('--lang en|es');

    const usage = ceu(['--lang', 'es', 'packet', '--credential', '1']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('ceu: Falta --out ARCHIVO');
    expect(usage.stderr).toContain('Uso: ceu packet --credential ID --out ARCHIVO');

    const missing = ceu(['--lang', 'es', 'status', '--data-dir', `${dataDir}-no-existe`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ceu: No hay ningún portafolio en');
  });

  it('an unknown language is a usage error that says which ones exist', () => {
    const result = ceu(['--lang', 'fr', 'status', '--data-dir', dataDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no language "fr": use --lang en or --lang es.');
  });

  it('read prints its labels in Spanish', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([792, 612]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = [
      'Certificate of Completion',
      'Maria Lopez',
      'Medication Safety',
      'Completed March 3, 2026',
      '2 contact hours',
    ];
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 560 - i * 40, size: 16, font }));
    const file = path.join(tempDir(), 'certificado.pdf');
    fs.writeFileSync(file, await doc.save());
    const result = ceu(['--lang', 'es', 'read', file]);
    expect(result.stdout).toMatch(/Curso:/);
    expect(result.stdout).toMatch(/Completado:/);
    expect(result.stdout).not.toMatch(/Course:|not found/);
  });
});

describe('ceu status --json messages', () => {
  it('adds each sentence as a message key with values, which says the English sentence word for word', async () => {
    const { render } = await import('../../src/domain/i18n/standing-words');
    const { wordsFor } = await import('../../src/domain/i18n/standing-sayer');
    const { translator } = await import('../../src/domain/i18n/translator');
    const dataDir = sampleDataDir();
    const { stdout } = ceu(['status', '--json', '--as-of', '2026-12-05', '--data-dir', dataDir]);
    const english = wordsFor(
      translator('en'),
      (iso) => iso,
      (amount) => `$${amount}`,
    );
    const spanish = wordsFor(
      translator('es'),
      (iso) => iso,
      (amount) => `$${amount}`,
    );
    for (const credential of JSON.parse(stdout).credentials) {
      const { messages } = credential;
      expect(messages.headline.key).toMatch(/^standing\./);
      expect(render(messages.headline, english(credential))).toBe(credential.headline);
      expect(messages.needs.map((need: never) => render(need, english(credential)))).toEqual(
        credential.needs,
      );
      expect(render(messages.headline, spanish(credential))).not.toBe(credential.headline);
      const withReasons = credential.activities.filter((a: { reasons: string[] }) => a.reasons.length > 0);
      expect(messages.reasons.map((r: { activityId: number }) => r.activityId)).toEqual(
        withReasons.map((a: { activityId: number }) => a.activityId),
      );
    }
  });
  it('--lang es says what is wrong in a portfolio file, and where, in Spanish', () => {
    const folder = tempDir();
    const file = path.join(folder, 'portfolio.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'ceu-portfolio',
        version: 1,
        credentials: [{ ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '03/15/2021' }],
        activities: [{ title: 'Wound care', completedOn: '2026-01-10', credentials: ['rma'], extra: 1 }],
      }),
    );
    const { code, stderr } = ceu(['--lang', 'es', 'import', file, '--data-dir', tempDir()]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ceu: No se importó nada: portfolio\.json tiene \d+ problemas \(el primero: /);
    expect(stderr).toContain('credentials[0].certifiedOn: Use una fecha con la forma AAAA-MM-DD');
    expect(stderr).toContain('"extra" no es un campo del formato del portafolio.');
    expect(stderr).toContain(
      'No hay ninguna credencial con la ref "rma" en este archivo. Use una de estas: "cma".',
    );
    expect(stderr).not.toMatch(/\b(This|There is|Use one of|is not a field)\b/);

    fs.writeFileSync(file, '{"format": "ceu-portfolio",\n "version": 1,}');
    const broken = ceu(['--lang', 'es', 'import', file, '--data-dir', tempDir()]);
    expect(broken.stderr).toMatch(
      /^ceu: No se importó nada: portfolio\.json tiene un problema \(el primero: línea 2/,
    );
    expect(broken.stderr).toContain(
      'línea 2, columna 15: Esto no es JSON válido aquí: quite la coma antes de } (JSON no permite una coma al final).',
    );
  });
});
