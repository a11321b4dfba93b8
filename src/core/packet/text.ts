import { rgb } from '@cantoo/pdf-lib';
import type { Color, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import { showText } from './draw';
import { isLayoutOnly } from './fonts';
import type { FontKey, PacketFonts } from './fonts';

export interface TextStyle {
  size: number;
  font?: FontKey;
  color?: Color;
}

interface Run {
  text: string;
  font: PDFFont;
}

const black = rgb(0.11, 0.13, 0.16);

/** Words, runs of spaces, and single CJK characters (a line may break between any two). */
const tokenPattern =
  /\s+|[\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/gu;

/** Printable ASCII and newlines: already clean and already NFC (most of what a packet prints). */
const plainAscii = /^[\x20-\x7e\n]*$/;

/** NFC, without asking ICU when the text is plain ASCII (which NFC never changes). */
function nfc(text: string): string {
  return plainAscii.test(text) ? text : text.normalize('NFC');
}

/** Text as it may be printed: NFC, no control characters, tabs as spaces. */
export function cleanText(text: string, keepNewlines = false): string {
  if (plainAscii.test(text)) return keepNewlines || !text.includes('\n') ? text : text.replace(/\n+/g, ' ');
  const normalized = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '');
  return keepNewlines ? normalized : normalized.replace(/\n+/g, ' ');
}

/** A line as drawn: what cleanText removes, and line breaks, have no glyph to show. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- the common case has no control characters at all
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text) ? cleanText(text) : text;
}

/**
 * Measures, wraps and draws text in the packet fonts, switching to the fallback font
 * for each run of characters the main font cannot draw.
 */
export class Typesetter {
  /** Widths at size 1 by font and text: shaping a string through fontkit is the slow part. */
  private readonly widths = new Map<PDFFont, Map<string, number>>();

  constructor(private readonly fonts: PacketFonts) {}

  private unitWidth(font: PDFFont, text: string): number {
    let known = this.widths.get(font);
    if (!known) {
      known = new Map();
      this.widths.set(font, known);
    }
    let width = known.get(text);
    if (width === undefined) {
      width = font.widthOfTextAtSize(text, 1);
      known.set(text, width);
    }
    return width;
  }

  private font(key: FontKey | undefined): PDFFont {
    return key === 'bold' ? this.fonts.bold : this.fonts.regular;
  }

  runs(raw: string, key?: FontKey): Run[] {
    const text = nfc(raw);
    const main = this.font(key);
    const fallback = this.fonts.fallback;
    if (!fallback) return text ? [{ text, font: main }] : [];
    const runs: Run[] = [];
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      const font = isLayoutOnly(codePoint) || this.fonts.hasMainGlyph(codePoint) ? main : fallback;
      const last = runs[runs.length - 1];
      if (last && (last.font === font || isLayoutOnly(codePoint))) last.text += character;
      else runs.push({ text: character, font });
    }
    return runs;
  }

  width(text: string, style: TextStyle): number {
    // Without a fallback font (or in plain ASCII) a string is one run: measured without building it.
    if (!this.fonts.fallback || plainAscii.test(text))
      return this.unitWidth(this.font(style.font), nfc(text)) * style.size;
    let total = 0;
    for (const run of this.runs(text, style.font)) total += this.unitWidth(run.font, run.text) * style.size;
    return total;
  }

  lineHeight(style: TextStyle): number {
    return style.size * 1.3;
  }

  /** Draws one line with its baseline at y. */
  draw(page: PDFPage, text: string, x: number, y: number, style: TextStyle): number {
    let cursor = x;
    const color = style.color ?? black;
    const line = oneLine(text);
    if (!this.fonts.fallback || plainAscii.test(line)) {
      const font = this.font(style.font);
      const printed = nfc(line);
      if (printed !== '') showText(page, font, printed, { x, y, size: style.size, color });
      return this.unitWidth(font, printed) * style.size;
    }
    for (const run of this.runs(line, style.font)) {
      showText(page, run.font, run.text, { x: cursor, y, size: style.size, color });
      cursor += this.unitWidth(run.font, run.text) * style.size;
    }
    return cursor - x;
  }

  drawRight(page: PDFPage, text: string, right: number, y: number, style: TextStyle): void {
    this.draw(page, text, right - this.width(text, style), y, style);
  }

  drawCentered(page: PDFPage, text: string, centre: number, y: number, style: TextStyle): void {
    this.draw(page, text, centre - this.width(text, style) / 2, y, style);
  }

  /** Cuts a line to fit, ending it with an ellipsis. */
  fit(text: string, style: TextStyle, maxWidth: number): string {
    if (this.width(text, style) <= maxWidth) return text;
    const characters = Array.from(text);
    let low = 0;
    let high = characters.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.width(characters.slice(0, middle).join('') + '…', style) <= maxWidth) low = middle;
      else high = middle - 1;
    }
    return characters.slice(0, low).join('').trimEnd() + '…';
  }

  /** Breaks text into lines no wider than maxWidth; newlines start new lines. */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of cleanText(text, true).split('\n')) {
      lines.push(...this.wrapParagraph(paragraph, style, maxWidth));
    }
    return lines.length > 0 ? lines : [''];
  }

  /**
   * Greedy line filling. Widths are summed token by token (each cached), which ignores
   * kerning across a word boundary: a fraction of a point, well inside the cell padding.
   */
  private wrapParagraph(paragraph: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    let pendingSpace = '';
    let pendingWidth = 0;
    const flush = () => {
      if (line !== '') lines.push(line);
      line = '';
      lineWidth = 0;
    };
    for (const token of paragraph.match(tokenPattern) ?? []) {
      if (/^\s+$/.test(token)) {
        if (line !== '') {
          pendingSpace = token;
          pendingWidth = this.width(token, style);
        }
        continue;
      }
      const tokenWidth = this.width(token, style);
      if (line !== '' && lineWidth + pendingWidth + tokenWidth <= maxWidth) {
        line += pendingSpace + token;
        lineWidth += pendingWidth + tokenWidth;
      } else {
        flush();
        if (tokenWidth > maxWidth) {
          const pieces = this.breakWord(token, style, maxWidth);
          lines.push(...pieces.slice(0, -1));
          line = pieces[pieces.length - 1] ?? '';
          lineWidth = this.width(line, style);
        } else {
          line = token;
          lineWidth = tokenWidth;
        }
      }
      pendingSpace = '';
      pendingWidth = 0;
    }
    flush();
    return lines.length > 0 ? lines : [''];
  }

  private breakWord(word: string, style: TextStyle, maxWidth: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const character of word) {
      if (piece !== '' && this.width(piece + character, style) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += character;
    }
    pieces.push(piece);
    return pieces;
  }
}
