/**
 * TrueType subsets written directly from the font file's bytes.
 *
 * pdf-lib embeds a subset of each packet font through fontkit's TTFSubset, which
 * decodes every table it keeps into objects and encodes them again one number at a
 * time (restructure), and then compresses the result in JavaScript. For the two Noto
 * Sans subsets of a packet that was about 3.5 ms of every build, a tenth of a packet of
 * one-page certificates. The tables a PDF needs from an embedded TrueType font (PDF
 * 32000-1 §9.9: head, hhea, hmtx, loca, maxp, glyf, and cvt, fpgm, prep when present)
 * are simple enough to copy: glyph outlines are copied as they are, with the glyph ids
 * inside composite glyphs renumbered; the metrics and the tables' directory are
 * rebuilt. The glyphs and their order are exactly fontkit's (its subset object still
 * decides them), so the codes pdf-lib writes into the content streams do not change.
 *
 * Unlike fontkit's encoder, the tables are 4-byte aligned and sorted by tag, with their
 * checksums and head.checkSumAdjustment filled in, as the TrueType specification asks.
 */

/** The part of a fontkit subset this reads: the original glyph ids in subset order. */
export interface GlyphSubset {
  /** Original glyph id of each subset glyph; grows when a composite glyph needs a component. */
  glyphs: number[];
  /** Adds an original glyph id (if new) and returns its id in the subset. */
  includeGlyph(glyphId: number): number;
}

interface TableRecord {
  offset: number;
  length: number;
}

/** A font file's table directory and the few numbers the subsetter reads, parsed once per file. */
interface ParsedTrueType {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, TableRecord>;
  /** loca: 0 = short offsets (uint16, halved), 1 = long (uint32). */
  locaFormat: number;
  /** hhea.numberOfHMetrics in the original font. */
  longMetrics: number;
  glyphCount: number;
}

const parsed = new WeakMap<Uint8Array, ParsedTrueType>();

/** Whether these bytes are a TrueType font with glyf outlines this module can subset. */
export function canSubsetTrueType(bytes: Uint8Array): boolean {
  try {
    parse(bytes);
    return true;
  } catch {
    return false;
  }
}

function parse(bytes: Uint8Array): ParsedTrueType {
  const known = parsed.get(bytes);
  if (known) return known;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) {
    throw new Error('Not a TrueType font file.');
  }
  const tables = new Map<string, TableRecord>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) throw new Error(`The font's ${tag} table runs past its end.`);
    tables.set(tag, { offset, length });
  }
  for (const tag of ['head', 'hhea', 'hmtx', 'loca', 'maxp', 'glyf']) {
    if (!tables.has(tag)) throw new Error(`The font has no ${tag} table.`);
  }
  const font: ParsedTrueType = {
    // A plain Uint8Array over the same memory: a Buffer's slice() is a view, not a copy,
    // and the copies below are written to.
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    view,
    tables,
    locaFormat: view.getInt16(tables.get('head')!.offset + 50),
    longMetrics: view.getUint16(tables.get('hhea')!.offset + 34),
    glyphCount: view.getUint16(tables.get('maxp')!.offset + 4),
  };
  if (font.longMetrics < 1) throw new Error('The font has no horizontal metrics.');
  parsed.set(bytes, font);
  return font;
}

function table(font: ParsedTrueType, tag: string): Uint8Array | null {
  const record = font.tables.get(tag);
  return record ? font.bytes.subarray(record.offset, record.offset + record.length) : null;
}

/** Where glyph `id`'s outline is inside the glyf table. */
function glyphRange(font: ParsedTrueType, id: number): { start: number; end: number } {
  const loca = font.tables.get('loca')!.offset;
  if (id < 0 || id >= font.glyphCount) return { start: 0, end: 0 };
  if (font.locaFormat === 0) {
    return { start: font.view.getUint16(loca + 2 * id) * 2, end: font.view.getUint16(loca + 2 * id + 2) * 2 };
  }
  return { start: font.view.getUint32(loca + 4 * id), end: font.view.getUint32(loca + 4 * id + 4) };
}

/** Advance width and left side bearing of glyph `id`, from hmtx. */
function metricsOf(font: ParsedTrueType, id: number): { advance: number; bearing: number } {
  const hmtx = font.tables.get('hmtx')!.offset;
  const long = font.longMetrics;
  if (id < long)
    return { advance: font.view.getUint16(hmtx + 4 * id), bearing: font.view.getInt16(hmtx + 4 * id + 2) };
  return {
    advance: font.view.getUint16(hmtx + 4 * (long - 1)),
    bearing: font.view.getInt16(hmtx + 4 * long + 2 * (id - long)),
  };
}

/** Composite glyph flags (TrueType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** A copy of one glyph's outline, with a composite glyph's components renumbered into the subset. */
function copyGlyph(font: ParsedTrueType, id: number, subset: GlyphSubset): Uint8Array {
  const glyf = font.tables.get('glyf')!;
  const { start, end } = glyphRange(font, id);
  if (end <= start) return new Uint8Array(0);
  const outline = font.bytes.slice(glyf.offset + start, glyf.offset + end);
  const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
  if (outline.length < 10 || view.getInt16(0) >= 0) return outline;
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    view.setUint16(at + 2, subset.includeGlyph(view.getUint16(at + 2)));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return outline;
  }
}

/**
 * The font file of the subset: the glyphs `subset.glyphs` names, in that order (glyph
 * 0 first), as a TrueType font for a PDF's FontFile2 stream.
 */
export function encodeTrueTypeSubset(fontBytes: Uint8Array, subset: GlyphSubset): Uint8Array {
  const font = parse(fontBytes);
  const outlines: Uint8Array[] = [];
  const metrics: { advance: number; bearing: number }[] = [];
  // Composite glyphs add their components to the end of the list as they are copied.
  for (let i = 0; i < subset.glyphs.length; i++) {
    const id = subset.glyphs[i]!;
    outlines.push(copyGlyph(font, id, subset));
    metrics.push(metricsOf(font, id));
  }
  const count = outlines.length;

  const glyfLength = outlines.reduce((sum, outline) => sum + outline.length, 0);
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array(4 * (count + 1));
  const locaView = new DataView(loca.buffer);
  let offset = 0;
  outlines.forEach((outline, i) => {
    locaView.setUint32(4 * i, offset);
    glyf.set(outline, offset);
    offset += outline.length;
  });
  locaView.setUint32(4 * count, offset);

  const hmtx = new Uint8Array(4 * count);
  const hmtxView = new DataView(hmtx.buffer);
  metrics.forEach(({ advance, bearing }, i) => {
    hmtxView.setUint16(4 * i, advance);
    hmtxView.setInt16(4 * i + 2, bearing);
  });

  const head = table(font, 'head')!.slice();
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, filled in below
  headView.setInt16(50, 1); // long loca offsets
  const hhea = table(font, 'hhea')!.slice();
  new DataView(hhea.buffer).setUint16(34, count);
  const maxp = table(font, 'maxp')!.slice();
  new DataView(maxp.buffer).setUint16(4, count);

  const tables: [string, Uint8Array][] = [
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['glyf', glyf],
  ];
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const data = table(font, tag);
    if (data) tables.push([tag, data]);
  }
  return writeFontFile(tables);
}

/** An sfnt file of these tables: sorted by tag, each 4-byte aligned, with checksums. */
function writeFontFile(tables: [string, Uint8Array][]): Uint8Array {
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const count = tables.length;
  const headerLength = 12 + 16 * count;
  const padded = (length: number) => (length + 3) & ~3;
  const total = tables.reduce((sum, [, data]) => sum + padded(data.length), headerLength);
  const file = new Uint8Array(total);
  const view = new DataView(file.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerLength;
  let headOffset = -1;
  tables.forEach(([tag, data], i) => {
    const at = 12 + 16 * i;
    for (let j = 0; j < 4; j++) file[at + j] = tag.charCodeAt(j);
    file.set(data, offset);
    view.setUint32(at + 4, checksum(view, offset, data.length));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    if (tag === 'head') headOffset = offset;
    offset += padded(data.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(view, 0, total)) >>> 0);
  return file;
}

/** The sum of the big-endian 32-bit words of [offset, offset + length), zero-padded. */
function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  const end = offset + ((length + 3) & ~3);
  for (let at = offset; at < end; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}
