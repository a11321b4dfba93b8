import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@cantoo/fontkit';
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import { encodeCharacterByCharacter } from './font-encoding';
import { canSubsetTrueType, encodeTrueTypeSubset, type GlyphSubset } from './font-subset';

/**
 * The packet's fonts: Noto Sans (regular and bold) for everything, and Droid Sans
 * Fallback per character where Noto Sans has no glyph (CJK names and titles). All are
 * embedded as subsets; the standard-14 fonts are never used because they cannot print
 * most names (Nguyễn, 李).
 *
 * @cantoo/fontkit is registered rather than @pdf-lib/fontkit: the older package's
 * subsetter does not match @cantoo/pdf-lib's call (subsetting throws) and it writes
 * broken composite glyphs for the CJK font.
 */

const fileNames = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  fallback: 'DroidSansFallbackFull.ttf',
} as const;

type FontFile = keyof typeof fileNames;
export type FontKey = 'regular' | 'bold';

let configuredDirectory: string | null = null;
let cachedBytes: Promise<Record<FontFile, Uint8Array>> | null = null;
let cachedCoverage: Promise<{ has(codePoint: number): boolean }> | null = null;
/** Character widths by font file: the same in every packet, so measured once per process. */
let cachedWidths = new Map<FontFile, Map<number, number>>();

function widthsOf(file: FontFile): Map<number, number> {
  let widths = cachedWidths.get(file);
  if (!widths) {
    widths = new Map();
    cachedWidths.set(file, widths);
  }
  return widths;
}

/**
 * Where the font files live. The packaged app should call this with
 * `path.join(process.resourcesPath, 'fonts')`; in development and tests the
 * repository's resources/fonts is found on its own.
 */
export function setPacketFontsDirectory(directory: string): void {
  configuredDirectory = directory;
  cachedBytes = null;
  cachedCoverage = null;
  cachedWidths = new Map();
}

function moduleDirectory(): string | null {
  if (typeof __dirname === 'string') return __dirname;
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

export function findFontsDirectory(): string {
  const here = moduleDirectory();
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    configuredDirectory,
    process.env.CEU_FONTS_DIR,
    path.join(process.cwd(), 'resources', 'fonts'),
    here ? path.resolve(here, '..', '..', '..', 'resources', 'fonts') : null,
    here ? path.resolve(here, '..', '..', 'resources', 'fonts') : null,
    resourcesPath ? path.join(resourcesPath, 'fonts') : null,
  ];
  for (const candidate of candidates) {
    if (candidate && existsSync(path.join(candidate, fileNames.regular))) return candidate;
  }
  throw new Error(
    `The packet fonts were not found (looked for ${fileNames.regular} in ${candidates.filter(Boolean).join(', ')}).`,
  );
}

function loadFontBytes(): Promise<Record<FontFile, Uint8Array>> {
  cachedBytes ??= (async () => {
    const directory = findFontsDirectory();
    const [regular, bold, fallback] = await Promise.all(
      (['regular', 'bold', 'fallback'] as const).map((key) => readFile(path.join(directory, fileNames[key]))),
    );
    return { regular: regular!, bold: bold!, fallback: fallback! };
  })();
  cachedBytes.catch(() => {
    cachedBytes = null;
  });
  return cachedBytes;
}

/**
 * fontkit parses a font's tables lazily and keeps them on the font object, and pdf-lib
 * asks for a new font object on every embed, so each packet parsed the same tables again
 * (a tenth of the time of a small packet). The same bytes get the same parsed font here;
 * subsets stay per document.
 */
type ParsedFont = ReturnType<typeof fontkit.create>;
const parsedFonts = new WeakMap<Uint8Array, object>();
const sharedFontkit = {
  create: ((bytes: Uint8Array) => {
    let font = parsedFonts.get(bytes);
    if (!font) {
      font = fontkit.create(bytes);
      parsedFonts.set(bytes, font);
    }
    return font as ParsedFont;
  }) as typeof fontkit.create,
};

/** Which code points the main font can draw (the same for regular and bold). */
function mainCoverage(): Promise<{ has(codePoint: number): boolean }> {
  cachedCoverage ??= loadFontBytes().then((bytes) => {
    const font = sharedFontkit.create(bytes.regular);
    if (!('hasGlyphForCodePoint' in font)) throw new Error('The main packet font is a collection.');
    const known = new Map<number, boolean>();
    return {
      has(codePoint: number): boolean {
        let answer = known.get(codePoint);
        if (answer === undefined) {
          answer = font.hasGlyphForCodePoint(codePoint);
          known.set(codePoint, answer);
        }
        return answer;
      },
    };
  });
  return cachedCoverage;
}

/**
 * OpenType shaping switched off: pdf-lib uses only glyph ids and advance widths (never
 * GPOS positions), and text is NFC-normalised, so for the Latin, Greek, Cyrillic and CJK
 * text these fonts cover, shaping changed nothing but ligatures while costing most of the
 * time spent laying out a packet.
 */
export const unshaped = Object.fromEntries(
  [
    'liga',
    'clig',
    'dlig',
    'hlig',
    'calt',
    'rlig',
    'rclt',
    'ccmp',
    'locl',
    'mark',
    'mkmk',
    'kern',
    'palt',
    'cpsp',
  ].map((feature) => [feature, false]),
);

export interface PacketFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Present only when some text needs it, so most packets do not carry it. */
  fallback: PDFFont | null;
  /** Whether the main font has a glyph for this code point. */
  hasMainGlyph(codePoint: number): boolean;
}

/** True for characters that need no glyph of their own (spaces, joiners). */
export function isLayoutOnly(codePoint: number): boolean {
  return codePoint === 0x20 || codePoint === 0xa0 || (codePoint >= 0x200b && codePoint <= 0x200f);
}

/**
 * Embeds the fonts into `doc`. `allText` is every string the packet will print, so the
 * fallback font is embedded only when some character needs it.
 */
export async function embedPacketFonts(doc: PDFDocument, allText: string): Promise<PacketFonts> {
  const [bytes, coverage] = await Promise.all([loadFontBytes(), mainCoverage()]);
  doc.registerFontkit(sharedFontkit);
  const regular = await doc.embedFont(bytes.regular, {
    subset: true,
    features: unshaped,
    customName: 'CEUAAA+NotoSans-Regular',
  });
  const bold = await doc.embedFont(bytes.bold, {
    subset: true,
    features: unshaped,
    customName: 'CEUAAB+NotoSans-Bold',
  });
  let needsFallback = false;
  for (const character of allText.normalize('NFC')) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint >= 0x20 && !isLayoutOnly(codePoint) && !coverage.has(codePoint)) {
      needsFallback = true;
      break;
    }
  }
  const fallback = needsFallback
    ? await doc.embedFont(bytes.fallback, {
        subset: true,
        features: unshaped,
        customName: 'CEUAAC+DroidSansFallback',
      })
    : null;
  subsetDirectly(regular, bytes.regular);
  subsetDirectly(bold, bytes.bold);
  if (fallback) subsetDirectly(fallback, bytes.fallback);
  return {
    regular: encodeCharacterByCharacter(regular, widthsOf('regular')),
    bold: encodeCharacterByCharacter(bold, widthsOf('bold')),
    fallback: fallback ? encodeCharacterByCharacter(fallback, widthsOf('fallback')) : null,
    hasMainGlyph: (codePoint) => coverage.has(codePoint),
  };
}

/** The part of pdf-lib's font embedder (not public API) that writes the subset. */
interface SubsetEmbedder {
  subset?: Partial<GlyphSubset>;
  isCFF?(): boolean;
  serializeFont?(): Promise<Uint8Array>;
}

/**
 * Has pdf-lib write this font's subset with encodeTrueTypeSubset (font-subset.ts)
 * instead of fontkit's encoder: the same glyphs in the same order, about twenty times
 * faster. Anything unexpected (a CFF font, a pdf-lib whose embedder looks different)
 * leaves pdf-lib's own way in place.
 */
function subsetDirectly(font: PDFFont, bytes: Uint8Array): void {
  const embedder = (font as unknown as { embedder?: SubsetEmbedder }).embedder;
  const subset = embedder?.subset;
  if (
    !embedder ||
    typeof embedder.serializeFont !== 'function' ||
    !Array.isArray(subset?.glyphs) ||
    typeof subset.includeGlyph !== 'function' ||
    embedder.isCFF?.() ||
    !canSubsetTrueType(bytes)
  ) {
    return;
  }
  const glyphs = subset as GlyphSubset;
  embedder.serializeFont = () => Promise.resolve(encodeTrueTypeSubset(bytes, glyphs));
}
