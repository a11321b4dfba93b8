/** Poppler and qpdf, run on packets the tests wrote to disk. */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

export interface OutlineItem {
  title: string;
  page: number | null;
  kids: OutlineItem[];
}

export function pdfOutline(file: string): OutlineItem[] {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' }),
  ) as {
    outlines: Array<{ title: string; destpageposfrom1: number | null; kids: unknown[] }>;
  };
  const convert = (
    items: Array<{ title: string; destpageposfrom1: number | null; kids: unknown[] }>,
  ): OutlineItem[] =>
    items.map((item) => ({
      title: item.title,
      page: item.destpageposfrom1,
      kids: convert(item.kids as Array<{ title: string; destpageposfrom1: number | null; kids: unknown[] }>),
    }));
  return convert(json.outlines);
}

export interface ListedImage {
  page: number;
  type: string;
  width: number;
  height: number;
  color: string;
  bitsPerComponent: number;
  encoding: string;
}

/** `pdfimages -list`: one row per image (or soft mask) with its size in pixels and format. */
export function pdfImages(file: string): ListedImage[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return {
        page: Number(cols[0]),
        type: cols[2]!,
        width: Number(cols[3]),
        height: Number(cols[4]),
        color: cols[5]!,
        bitsPerComponent: Number(cols[7]),
        encoding: cols[8]!,
      };
    });
}

/** The fonts used on one page (`pdffonts`): name and whether it is embedded. */
export function pdfFonts(file: string, page?: number): Array<{ name: string; embedded: boolean }> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const lines = execFileSync('pdffonts', [...range, file], { encoding: 'utf8' })
    .split('\n')
    .slice(2);
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... encoding emb sub uni id gen: read the flags from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

export interface Centroid {
  x: number;
  y: number;
  count: number;
}

/**
 * Renders one page at low resolution and finds the red and the green markers: the
 * centre of mass of each, as fractions of the page, and how many pixels each has.
 */
export async function markers(
  file: string,
  page: number,
  workDir: string,
): Promise<{ red: Centroid; green: Centroid }> {
  const prefix = path.join(workDir, `render-${page}`);
  execFileSync('pdftoppm', [
    '-r',
    '20',
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ]);
  const { data, info } = await sharp(await readFile(`${prefix}.png`))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const sums = { red: { x: 0, y: 0, count: 0 }, green: { x: 0, y: 0, count: 0 } };
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      const which =
        r > 170 && g < 90 && b < 90 ? sums.red : g > 100 && r < 90 && g > b + 30 ? sums.green : null;
      if (!which) continue;
      which.x += x;
      which.y += y;
      which.count += 1;
    }
  }
  const centroid = (sum: Centroid): Centroid =>
    sum.count
      ? { x: sum.x / sum.count / info.width, y: sum.y / sum.count / info.height, count: sum.count }
      : { x: -1, y: -1, count: 0 };
  return { red: centroid(sums.red), green: centroid(sums.green) };
}

export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
