import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupArchive, takeSnapshot } from '../../../src/core/backup';
import { preparePhotos } from '../../../src/core/certificates/prepare-photos';
import { exportPortfolio } from '../../../src/core/exchange';
import { runCoreJob } from '../../../src/core/jobs';
import { buildPacket, packetSourceFor, savePacket } from '../../../src/core/packet';
import { Portfolio } from '../../../src/core/portfolio';
import { clearSample, loadSamplePortfolio } from '../../../src/core/sample';
import { defaultSampleDir } from '../../../src/core/sample/default-sample-dir';
import { verifyPortfolio } from '../../../src/core/verify/verify-portfolio';
import { orientedJpeg, uprightPixels } from '../../fixtures/certificates/corpus-images';
import { largePhotoBytes, pdfBytes, removeTempDirs, tempDir } from '../fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

let clock = new Date('2026-11-24T12:00:00Z');
const dayMs = 24 * 60 * 60 * 1000;

function open(dataDir = tempDir('ceu-prepared-')): Portfolio {
  clock = new Date('2026-11-24T12:00:00Z');
  portfolio = Portfolio.open({ dataDir, now: () => clock });
  return portfolio;
}

const request = {
  asOf: '2026-11-24',
  includeNotCounted: true,
  includeManifest: false,
  passwords: {},
  allowPlaceholders: false,
  exportAnyway: true,
};

/** A holder, a CMA credential and one activity per certificate given. */
function withActivities(p: Portfolio, hashes: string[]): { credentialId: number; activityIds: number[] } {
  p.saveHolder({ fullName: 'Ana Lucía Pérez', email: '', phone: '', address: '', memberNumbers: [] });
  const credential = p.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
  const activityIds = hashes.map(
    (sha256, i) =>
      p.saveActivity({
        title: `Course ${i + 1}`,
        provider: 'AAMA e-Learning Center',
        approvingBody: 'AAMA',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2025-06-01',
        credits: [{ amount: 1, unit: 'aama_ceu', category: 'clinical' }],
        credentialIds: [credential.id],
        certificateHashes: [sha256],
      }).id,
  );
  return { credentialId: credential.id, activityIds };
}

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => fs.statSync(path.join(dir, name)).isFile());
}

const keptImages = (p: Portfolio) =>
  fs.existsSync(p.paths.preparedImagesDir) ? fs.readdirSync(p.paths.preparedImagesDir).sort() : [];

async function pixelAt(image: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at =
    (Math.round(y * (info.height - 1)) * info.width + Math.round(x * (info.width - 1))) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

describe('page images prepared at intake', () => {
  it('are made once for each photo stored (upright, EXIF orientation applied), never for a PDF', async () => {
    const p = open();
    const photo = p.certificates.add('turned.jpg', await orientedJpeg(6));
    const pdf = p.certificates.add('course.pdf', await pdfBytes());
    expect(await preparePhotos(p, [photo.sha256, pdf.sha256])).toEqual({ prepared: 1 });
    expect(keptImages(p)).toEqual([path.basename(p.preparedImages.pathOf(photo.sha256))]);
    expect(path.basename(p.preparedImages.pathOf(photo.sha256))).toBe(`${photo.sha256}.v1.jpg`);

    // Stored turned, displayed 480 × 320: the kept image is wide, red top-left, blue bottom-right.
    const kept = fs.readFileSync(p.preparedImages.pathOf(photo.sha256));
    const { width, height } = await sharp(kept).metadata();
    expect(width).toBeGreaterThan(height!);
    expect(width! / height!).toBeCloseTo(480 / 320, 1);
    const [r, g, b] = await pixelAt(kept, 0.1, 0.1);
    expect(r).toBeGreaterThan(180);
    expect(g! + b!).toBeLessThan(120);
    const [r2, g2, b2] = await pixelAt(kept, 0.95, 0.95);
    expect(b2).toBeGreaterThan(180);
    expect(r2! + g2!).toBeLessThan(120);
    const image = p.preparedImages.read(photo.sha256, photo.size)!;
    expect(image).toMatchObject({ sourceWidth: 480, sourceHeight: 320, landscape: true });

    // Made once: asked again, nothing is made.
    expect(await preparePhotos(p, [photo.sha256])).toEqual({ prepared: 0 });
  });

  it('are made when a portfolio is imported (the sample) and go when the sample is cleared', async () => {
    const p = open();
    await loadSamplePortfolio(p, defaultSampleDir());
    const photos = p
      .listActivities()
      .flatMap((a) => a.certificates)
      .filter((c) => c.mediaType.startsWith('image/'));
    expect(photos.length).toBeGreaterThan(3);
    expect(keptImages(p)).toEqual([...new Set(photos.map((c) => `${c.sha256}.v1.jpg`))].sort());
    clearSample(p);
    expect(keptImages(p)).toEqual([]);
  });

  it('let a packet built twice decode the photo only once, and look the same as one decoded', async () => {
    const p = open();
    const photo = p.certificates.add('photo.jpg', await largePhotoBytes(7, 1200, 900));
    const pdf = p.certificates.add('course.pdf', await pdfBytes());
    const { credentialId } = withActivities(p, [photo.sha256, pdf.sha256]);
    const kept = p.preparedImages.pathOf(photo.sha256);
    expect(fs.existsSync(kept)).toBe(false); // stored without the intake step: the packet makes it

    const first = await savePacket(p, path.join(tempDir(), 'first.pdf'), { ...request, credentialId });
    expect(fs.existsSync(kept)).toBe(true);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(kept, longAgo, longAgo);
    const second = await savePacket(p, path.join(tempDir(), 'second.pdf'), { ...request, credentialId });
    // Not made again: the second packet took the kept image.
    expect(fs.statSync(kept).mtimeMs).toBe(longAgo.getTime());
    expect(second.pageCount).toBe(first.pageCount);
    expect(second.size).toBe(first.size);

    // The same packet, byte for byte, as one whose photo is decoded from the original.
    const source = packetSourceFor(p, { ...request, credentialId });
    const fromKept = await buildPacket(source);
    const { preparedImages: _, ...decoding } = source;
    const fromOriginal = await buildPacket(decoding);
    expect(Buffer.from(fromKept.bytes).equals(Buffer.from(fromOriginal.bytes))).toBe(true);
  });

  it('are made for HEIC, PNG and WebP photos too, and give the packet decoding them gives', async () => {
    const p = open();
    const dir = tempDir();
    const png = path.join(dir, 'source.png');
    await sharp(uprightPixels(600, 400), { raw: { width: 600, height: 400, channels: 3 } }).toFile(png);
    execFileSync('heif-enc', ['-q', '60', '-o', path.join(dir, 'photo.heic'), png], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const photos = [
      p.certificates.add('photo.heic', fs.readFileSync(path.join(dir, 'photo.heic'))),
      p.certificates.add('scan.png', fs.readFileSync(png)),
      p.certificates.add('photo.webp', await sharp(fs.readFileSync(png)).webp().toBuffer()),
    ];
    expect(photos.map((c) => c.mediaType)).toEqual(['image/heic', 'image/png', 'image/webp']);
    const { credentialId } = withActivities(
      p,
      photos.map((c) => c.sha256),
    );
    // As the app hands them to a worker thread: the job needs the rows' facts, not the database.
    const facts = photos.map(({ sha256, mediaType, size }) => ({ sha256, mediaType, size }));
    expect(await runCoreJob({ dataDir: p.paths.dataDir }, 'certificates.prepare', { photos: facts })).toEqual(
      { prepared: 3 },
    );
    for (const photo of photos)
      expect(p.preparedImages.read(photo.sha256, photo.size)).toMatchObject({
        sourceWidth: 600,
        sourceHeight: 400,
        landscape: true,
      });
    const source = packetSourceFor(p, { ...request, credentialId });
    const { preparedImages: _, ...decoding } = source;
    const [fromKept, fromOriginal] = [await buildPacket(source), await buildPacket(decoding)];
    expect(Buffer.from(fromKept.bytes).equals(Buffer.from(fromOriginal.bytes))).toBe(true);
  });

  it('are made again when deleted, cut short, or not this certificate’s', async () => {
    const p = open();
    const photo = p.certificates.add('photo.jpg', await largePhotoBytes(3, 600, 800));
    const other = p.certificates.add('other.jpg', await largePhotoBytes(4, 800, 600));
    const { credentialId } = withActivities(p, [photo.sha256]);
    await preparePhotos(p, [photo.sha256, other.sha256]);
    const kept = p.preparedImages.pathOf(photo.sha256);
    const good = fs.readFileSync(kept);
    const build = () => savePacket(p, path.join(tempDir(), 'packet.pdf'), { ...request, credentialId });

    fs.rmSync(kept);
    await build();
    expect(fs.readFileSync(kept).equals(good)).toBe(true);

    fs.writeFileSync(kept, good.subarray(0, good.length - 100));
    expect(p.preparedImages.read(photo.sha256, photo.size)).toBeNull();
    await build();
    expect(fs.readFileSync(kept).equals(good)).toBe(true);

    fs.copyFileSync(p.preparedImages.pathOf(other.sha256), kept);
    expect(p.preparedImages.read(photo.sha256, photo.size)).toBeNull();
    await build();
    expect(fs.readFileSync(kept).equals(good)).toBe(true);
  });

  it('are not used when the original is gone: the packet says the certificate is missing', async () => {
    const p = open();
    const photo = p.certificates.add('photo.jpg', await largePhotoBytes(5, 600, 400));
    const { credentialId } = withActivities(p, [photo.sha256]);
    await preparePhotos(p, [photo.sha256]);
    fs.rmSync(p.certificates.pathOf(photo.sha256));
    expect(p.preparedImages.read(photo.sha256, photo.size)).toBeNull();
    await expect(
      savePacket(p, path.join(tempDir(), 'packet.pdf'), { ...request, credentialId, exportAnyway: true }),
    ).rejects.toMatchObject({ code: 'CERTIFICATE_PROBLEMS' });
  });

  it('are left out of backups, snapshots and exports, and the portfolio check does not count them', async () => {
    const p = open();
    const photo = p.certificates.add('photo.jpg', await largePhotoBytes(6, 600, 400));
    withActivities(p, [photo.sha256]);
    await preparePhotos(p, [photo.sha256]);
    const keptBytes = fs.readFileSync(p.preparedImages.pathOf(photo.sha256));

    const archive = await createBackupArchive(p, path.join(tempDir(), 'portfolio.ceubackup'));
    const archived = fs.readFileSync(archive.path);
    expect(archived.includes(keptBytes.subarray(0, 200))).toBe(false);
    expect(archived.includes(Buffer.from('prepared-images'))).toBe(false);

    const backups = tempDir('ceu-backups-');
    await takeSnapshot(p, backups);
    const exported = tempDir('ceu-export-');
    await exportPortfolio(p, exported);
    for (const dir of [backups, exported]) {
      const files = filesUnder(dir);
      expect(files.some((name) => name.includes('prepared') || name.endsWith('.v1.jpg'))).toBe(false);
      for (const name of files)
        expect(fs.readFileSync(path.join(dir, name)).includes(keptBytes.subarray(0, 200))).toBe(false);
    }

    // An image whose certificate is gone is not a problem either: clean-up takes it.
    fs.copyFileSync(
      p.preparedImages.pathOf(photo.sha256),
      path.join(p.paths.preparedImagesDir, `${'e'.repeat(64)}.v1.jpg`),
    );
    expect(verifyPortfolio(p).problems).toEqual([]);
  });

  it('are made again after a restore, where the backup has none', async () => {
    const p = open();
    const photo = p.certificates.add('photo.jpg', await largePhotoBytes(8, 600, 400));
    withActivities(p, [photo.sha256]);
    const archive = await createBackupArchive(p, path.join(tempDir(), 'portfolio.ceubackup'));
    p.close();
    const other = tempDir('ceu-restored-');
    await runCoreJob({ dataDir: other }, 'backup.restore', { source: archive.path });
    const restored = open(other);
    expect(keptImages(restored)).toEqual([`${photo.sha256}.v1.jpg`]);
  });

  it('go when their certificate is removed for good (trash emptied, then clean-up), as do orphans', async () => {
    const p = open();
    const photo = p.certificates.add('photo.jpg', await largePhotoBytes(9, 600, 400));
    const kept = p.certificates.add('kept.jpg', await largePhotoBytes(10, 600, 400));
    const { activityIds } = withActivities(p, [photo.sha256, kept.sha256]);
    await preparePhotos(p, [photo.sha256, kept.sha256]);
    const orphan = path.join(p.paths.preparedImagesDir, `${'f'.repeat(64)}.v1.jpg`);
    const olderRecipe = path.join(p.paths.preparedImagesDir, `${kept.sha256}.v0.jpg`);
    const leftover = path.join(p.paths.preparedImagesDir, `.${photo.sha256}.v1.jpg.0123456789ab.tmp`);
    for (const file of [orphan, olderRecipe, leftover]) fs.writeFileSync(file, 'x');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(leftover, longAgo, longAgo);

    // Certificate files carry the file system's clock, which the test's clock does not move.
    fs.utimesSync(p.certificates.pathOf(photo.sha256), longAgo, longAgo);
    p.deleteActivity(activityIds[0]!);
    p.emptyTrash();
    clock = new Date(clock.getTime() + 2 * dayMs); // past clean-up's grace period
    p.certificates.cleanUp();
    expect(keptImages(p)).toEqual([`${kept.sha256}.v1.jpg`]);
    expect(fs.existsSync(p.certificates.pathOf(photo.sha256))).toBe(false);
  });
});
