import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pack, type Header } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restorePortfolio } from '../../../src/core/backup';
import { removeTempDirs, tempDir } from '../fixtures';
import { certificateBytes, folderState, makePortfolio } from './backup-fixtures';

afterAll(removeTempDirs);

type Entry = { header: Partial<Header> & { name: string }; body?: Buffer };

async function writeTar(file: string, entries: Entry[]): Promise<void> {
  const p = pack();
  const done = pipeline(p, fs.createWriteStream(file));
  for (const e of entries)
    await new Promise<void>((resolve, reject) =>
      e.body === undefined
        ? p.entry(e.header, (err) => (err ? reject(err) : resolve()))
        : p.entry(e.header, e.body, (err) => (err ? reject(err) : resolve())),
    );
  p.finalize();
  await done;
}

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const cert = certificateBytes(7);
const certName = `certificates/${sha(cert)}`;
const db = Buffer.from('not reached');
const manifest = (files: { path: string; size: number; sha256: string }[]) =>
  Buffer.from(
    JSON.stringify({
      format: 'ceu-portfolio-backup',
      formatVersion: 1,
      dataVersion: 1,
      createdAt: '2026-12-04T10:00:00.000Z',
      appVersion: '0.1.0',
      files,
    }),
  );
const goodManifest = manifest([
  { path: 'portfolio.db', size: db.length, sha256: sha(db) },
  { path: certName, size: cert.length, sha256: sha(cert) },
]);
const m: Entry = { header: { name: 'manifest.json' }, body: goodManifest };

const cases: [string, Entry[], RegExp][] = [
  [
    'a name with ..',
    [m, { header: { name: '../../outside' }, body: cert }],
    /points outside its folder \(\.\.\/\.\.\/outside\)/,
  ],
  [
    'an absolute path',
    [m, { header: { name: '/etc/cron.d/evil' }, body: cert }],
    /absolute path \(\/etc\/cron\.d\/evil\)/,
  ],
  [
    'a symlink',
    [m, { header: { name: certName, type: 'symlink', linkname: '/etc/passwd' } }],
    /holds a link/,
  ],
  [
    'a hard link',
    [m, { header: { name: certName, type: 'link', linkname: 'portfolio.db' } }],
    /holds a link/,
  ],
  [
    'a device',
    [m, { header: { name: 'portfolio.db', type: 'character-device', devmajor: 1, devminor: 3 } }],
    /holds a device/,
  ],
  ['a folder', [m, { header: { name: 'certificates/', type: 'directory' } }], /holds a folder/],
  [
    'a certificate not named by a hash',
    [m, { header: { name: 'certificates/evil.pdf' }, body: cert }],
    /certificates\/evil\.pdf, which is not a file a backup can contain/,
  ],
  [
    'a size other than the manifest says',
    [m, { header: { name: 'portfolio.db' }, body: Buffer.alloc(5000) }],
    /portfolio\.db is 5000 bytes but its list of files says 11/,
  ],
  [
    'a huge declared size',
    [
      {
        header: { name: 'manifest.json' },
        body: manifest([{ path: 'portfolio.db', size: 2 ** 50, sha256: sha(db) }]),
      },
    ],
    /needs 1048576\.0 GB of free space/,
  ],
  [
    'a certificate larger than any can be',
    [
      {
        header: { name: 'manifest.json' },
        body: manifest([
          { path: 'portfolio.db', size: 1, sha256: sha(db) },
          { path: certName, size: 60 * 1024 * 1024, sha256: sha(cert) },
        ]),
      },
    ],
    /larger than any certificate can be/,
  ],
  [
    'no manifest first',
    [{ header: { name: certName }, body: cert }, m],
    /does not start with its list of files/,
  ],
  [
    'a file it does not list',
    [m, { header: { name: 'certificates/' + 'a'.repeat(64) }, body: cert }],
    /which its list of files does not name/,
  ],
  ['missing files', [m], /it is incomplete/],
  ['random bytes', [], /not a complete CEU Portfolio backup file|it is empty/],
];

describe('a hostile or damaged backup file', () => {
  let target: string;
  let before: string[];
  beforeAll(() => {
    target = path.join(tempDir(), 'portfolio');
    makePortfolio(target, 2);
    before = folderState(target);
  });

  it.each(cases)(
    'with %s is refused with a clear message, and nothing changes',
    async (_what, entries, message) => {
      const file = path.join(tempDir(), 'hostile.ceubackup');
      if (entries.length === 0) fs.writeFileSync(file, certificateBytes(99, 3000).subarray(20));
      else await writeTar(file, entries);
      const error = await restorePortfolio(target, file).then(
        () => null,
        (e: unknown) => e as Error & { code: string },
      );
      expect(error?.message).toMatch(message);
      expect(error?.message).toMatch(/Nothing was changed\.$/);
      expect(folderState(target)).toEqual(before);
      expect(fs.existsSync('/tmp/outside')).toBe(false);
    },
  );
});
