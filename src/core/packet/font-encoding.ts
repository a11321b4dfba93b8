import { PDFHexString } from '@cantoo/pdf-lib';
import type { PDFFont } from '@cantoo/pdf-lib';

/**
 * Text is laid out once per character instead of once per string.
 *
 * The packet fonts are embedded with shaping switched off (see fonts.ts), so in the
 * scripts below every character becomes one glyph of its own: no ligatures, kerning,
 * mark positioning or contextual forms. A string's encoding is then its characters'
 * encodings joined, and its width their widths summed, so fontkit lays out each
 * character once per packet instead of every label, cell and footer in full (that was
 * about half the time spent building a packet of one-page certificates). A unit test
 * checks the premise against fontkit for every character these ranges hold.
 *
 * Everything else goes through fontkit whole, as before: scripts whose shapers pick
 * glyphs by context (Arabic joining, Indic reordering, Hangul jamo) or reverse them
 * (Hebrew, Arabic), variation selectors and joiners, and the fraction slash (which
 * switches fraction features on).
 */
const characterByCharacter =
  /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff\u2010-\u2027\u2030-\u2043\u2045-\u205e\u20a0-\u20cf\u2100-\u218f\u2190-\u21ff\u2460-\u24ff\u2500-\u27bf\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uffef\u{20000}-\u{2fa1f}]*$/u;

/** Whether a string may be encoded and measured one character at a time. */
export function encodesByCharacter(text: string): boolean {
  return characterByCharacter.test(text);
}

/**
 * Makes `font` encode and measure text one character at a time where that gives the
 * same glyphs and widths as fontkit's layout of the whole string. `widths` (per mille
 * of the font size, by code point) may be shared by every document embedding the same
 * font file; encodings are per document, since glyph ids depend on the document's subset.
 */
export function encodeCharacterByCharacter(font: PDFFont, widths: Map<number, number>): PDFFont {
  const encodeWhole = font.encodeText.bind(font);
  const measureWhole = font.widthOfTextAtSize.bind(font);
  const hexByCodePoint = new Map<number, string>();
  const encodings = new Map<string, PDFHexString>();

  /**
   * Encodes the characters of `text` not seen before in one fontkit layout (each call
   * has a fixed cost), then remembers each character's glyph code: 4 hex digits.
   */
  const learn = (text: string): void => {
    const fresh: string[] = [];
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (hexByCodePoint.has(codePoint)) continue;
      hexByCodePoint.set(codePoint, '');
      fresh.push(character);
    }
    if (fresh.length === 0) return;
    // Adds the glyphs to the subset in the order the packet first uses them, as before.
    const hex = encodeWhole(fresh.join('')).asString();
    if (hex.length === 4 * fresh.length) {
      fresh.forEach((character, i) =>
        hexByCodePoint.set(character.codePointAt(0)!, hex.slice(4 * i, 4 * i + 4)),
      );
    } else {
      for (const character of fresh)
        hexByCodePoint.set(character.codePointAt(0)!, encodeWhole(character).asString());
    }
  };

  const widthOf = (codePoint: number, character: string): number => {
    let width = widths.get(codePoint);
    if (width === undefined) {
      width = measureWhole(character, 1000);
      widths.set(codePoint, width);
    }
    return width;
  };

  font.encodeText = (text: string): PDFHexString => {
    let encoded = encodings.get(text);
    if (!encoded) {
      if (encodesByCharacter(text)) {
        learn(text);
        let hex = '';
        for (const character of text) hex += hexByCodePoint.get(character.codePointAt(0)!)!;
        encoded = PDFHexString.of(hex);
      } else {
        encoded = encodeWhole(text);
      }
      encodings.set(text, encoded);
    }
    return encoded;
  };

  font.widthOfTextAtSize = (text: string, size: number): number => {
    if (!encodesByCharacter(text)) return measureWhole(text, size);
    // Summed in the same order and scaled the same way as pdf-lib's own measure.
    let total = 0;
    for (const character of text) total += widthOf(character.codePointAt(0)!, character);
    return total * (size / 1000);
  };
  return font;
}
