/**
 * Generates the sample portfolio in resources/sample: portfolio.json (the exchange
 * format, docs/portfolio-json.md) and its certificate files. The output is committed,
 * so the sample works offline without running this; run it again after changing
 * scripts/sample/*.
 *
 *   npx tsx scripts/make-sample.ts [output folder]
 *
 * Needs poppler's pdftoppm (Debian: poppler-utils) to turn certificates into photos.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  exchangeFormatName,
  exchangeFormatVersion,
  type PortfolioFileInput,
  portfolioFileSchema,
} from '../src/core/exchange/format';
import { drawCertificatePdf, drawCprCardPdf, drawTranscriptPdf } from './sample/draw-certificate';
import { photograph, renderPdfPage, screenshot } from './sample/photograph';
import {
  type SampleActivity,
  type SampleCertificate,
  sampleCredentials,
  sampleHolder,
} from './sample/sample-content';
import { sampleActivities } from './sample/sample-activities';
import { writeFileAtomic } from '../src/core/write-file-atomic';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'resources', 'sample'));
const fontsDir = path.join(root, 'resources', 'fonts');
const maxFileBytes = 150 * 1024;
const maxFolderBytes = 3 * 1024 * 1024;

const desks = ['#7b6a58', '#5f6670', '#8c7d6b', '#6b5e52'];

async function makeCertificate(
  activity: SampleActivity,
  certificate: SampleCertificate,
  index: number,
): Promise<Buffer> {
  const name = sampleHolder.fullName;
  const look = certificate.look;
  switch (look.look) {
    case 'pdf':
      return Buffer.from(await drawCertificatePdf(fontsDir, name, activity));
    case 'photo':
      return photograph(renderPdfPage(await drawCertificatePdf(fontsDir, name, activity), 110), {
        tilt: index % 2 === 0 ? 2.5 : -1.8,
        exifRotated: look.exifRotated,
        size: 1100,
        desk: desks[index % desks.length]!,
      });
    case 'cpr-card':
      return photograph(renderPdfPage(await drawCprCardPdf(fontsDir, name, activity, look.side), 300), {
        tilt: look.side === 'front' ? -3 : 2,
        exifRotated: look.exifRotated,
        size: 1000,
        desk: desks[(index + 1) % desks.length]!,
      });
    case 'screenshot':
      return screenshot(renderPdfPage(await drawTranscriptPdf(fontsDir, name, activity), 110));
  }
}

async function main(): Promise<void> {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      'pdftoppm was not found. Install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils) and run this again.',
    );
  }
  const certificatesDir = path.join(outDir, 'certificates');
  fs.rmSync(certificatesDir, { recursive: true, force: true });
  fs.mkdirSync(certificatesDir, { recursive: true });

  let index = 0;
  let total = 0;
  for (const activity of sampleActivities) {
    for (const certificate of activity.certificates) {
      const bytes = await makeCertificate(activity, certificate, index++);
      if (bytes.length > maxFileBytes)
        throw new Error(`${certificate.file} is ${bytes.length} bytes; keep each sample file under 150 KB.`);
      fs.writeFileSync(path.join(certificatesDir, certificate.file), bytes);
      total += bytes.length;
      console.log(`${certificate.file.padEnd(36)} ${(bytes.length / 1024).toFixed(0).padStart(4)} KB`);
    }
  }

  const document: PortfolioFileInput = {
    $schema: '../../docs/portfolio.schema.json',
    format: exchangeFormatName,
    version: exchangeFormatVersion,
    exportedAt: '2026-11-24T09:00:00.000Z',
    holder: sampleHolder,
    rulePacks: [],
    credentials: sampleCredentials,
    activities: sampleActivities.map((a) => ({
      ...a,
      certificates: a.certificates.map((c) => ({ file: `certificates/${c.file}`, fileName: c.fileName })),
    })),
  };
  portfolioFileSchema.parse(document);
  const json = `${JSON.stringify(document, null, 2)}\n`;
  writeFileAtomic(path.join(outDir, 'portfolio.json'), json);
  total += json.length;
  if (total > maxFolderBytes)
    throw new Error(`The sample is ${(total / 1024 / 1024).toFixed(1)} MB; keep it under 3 MB.`);
  console.log(`\n${index} certificates, ${(total / 1024).toFixed(0)} KB in all, written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
