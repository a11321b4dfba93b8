import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFile, removeTempDirs, tempDir } from '../core/fixtures';
import { ceu, hasStackTrace } from './run-cli';

afterAll(removeTempDirs);

// Drawn out of order on purpose: the reading order comes from the positions, not the drawing.
const lines = [
  'Certificate of Completion',
  'This certifies that',
  'Maria Lopez, CMA (AAMA)',
  'has successfully completed',
  'Infection Control in the Ambulatory Setting',
  'Provider: MedEd Online Learning',
  'Date of Completion: March 3, 2026',
  'for 2 AAMA CEUs Clinical',
  'Certificate No: MEO-2026-0042',
];

async function certificatePdf(dir: string): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([792, 612]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const i of [5, 0, 8, 2, 1, 4, 3, 7, 6])
    page.drawText(lines[i]!, { x: 60, y: 560 - i * 40, size: 16, font });
  const file = path.join(dir, 'certificate.pdf');
  fs.writeFileSync(file, await doc.save());
  return file;
}

describe('ceu read', () => {
  it('prints the fields of a text PDF as JSON, in reading order, null where not found', async () => {
    const dir = tempDir();
    const file = await certificatePdf(dir);
    const { code, stdout, stderr } = ceu(['read', '--json', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [read] = JSON.parse(stdout).certificates;
    expect(read).toMatchObject({ file, sha256: hashFile(file), mediaType: 'application/pdf', pages: 1 });
    expect(read.text).toBe(lines.join('\n'));
    expect(read.fields.holderName.value).toBe('Maria Lopez');
    expect(read.fields.completedOn.value).toBe('2026-03-03');
    expect(read.fields.credits.value).toEqual([{ amount: 2, unit: 'aama_ceu', category: 'clinical' }]);
    expect(read.fields.certificateNumber.value).toBe('MEO-2026-0042');
    expect(read.fields.approvalNumber).toBeNull();
    expect(Object.keys(read.fields).sort()).toEqual(
      [
        'approvalNumber',
        'approvingBody',
        'certificateNumber',
        'completedOn',
        'credits',
        'durationMinutes',
        'holderName',
        'kind',
        'provider',
        'title',
      ].sort(),
    );
  });

  it('says plainly which file it cannot read and still reads the others', async () => {
    const dir = tempDir();
    const file = await certificatePdf(dir);
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'just some notes');
    const { code, stdout, stderr } = ceu(['read', file, notes]);
    expect(code).toBe(1);
    expect(stdout).toContain('Maria Lopez');
    expect(stderr).toContain('notes.txt is not a certificate file this app can read. Use a PDF, JPEG, PNG');
    expect(hasStackTrace(stderr)).toBe(false);
  });

  it('refuses a damaged PDF with what to do', () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.pdf');
    fs.writeFileSync(file, '%PDF-1.7\nthis is not really a pdf');
    const { code, stderr } = ceu(['read', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('Download or export the certificate again');
  });

  it('asks for a file when given none', () => {
    const { code, stderr } = ceu(['read']);
    expect(code).toBe(2);
    expect(stderr).toContain('Name at least one certificate file to read.');
  });
});
