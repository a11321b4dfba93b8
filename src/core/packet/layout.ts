import { rgb } from '@cantoo/pdf-lib';
import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import type { PacketFonts } from './fonts';
import type { TextStyle, Typesetter } from './text';
import type { CertificateProblem, OpenItem } from '../../domain/packet';
import type { PacketSource } from './types';
import { drawRule } from './draw';

/** US Letter, in points. */
export const letter = { width: 612, height: 792 } as const;
export const letterLandscape = { width: 792, height: 612 } as const;

/** Margins of the written pages (cover, summary, log, attestation, manifest). */
export const margin = { left: 60, right: 60, top: 64, bottom: 64 } as const;
/** Baseline of the footer text and the rule above it. */
export const footerBaseline = 30;
export const footerRuleY = 44;

export const colors = {
  ink: rgb(0.11, 0.13, 0.16),
  muted: rgb(0.36, 0.4, 0.46),
  navy: rgb(0.09, 0.2, 0.36),
  accent: rgb(0.13, 0.4, 0.62),
  rule: rgb(0.78, 0.81, 0.85),
  band: rgb(0.93, 0.95, 0.97),
  shade: rgb(0.97, 0.975, 0.985),
  met: rgb(0.07, 0.44, 0.24),
  notMet: rgb(0.7, 0.31, 0.02),
  white: rgb(1, 1, 1),
} as const;

export const styles = {
  title: { size: 22, font: 'bold', color: colors.navy },
  heading: { size: 16, font: 'bold', color: colors.navy },
  subheading: { size: 11, font: 'bold', color: colors.navy },
  body: { size: 10, color: colors.ink },
  bodyBold: { size: 10, font: 'bold', color: colors.ink },
  small: { size: 8.5, color: colors.muted },
  smallInk: { size: 8.5, color: colors.ink },
  smallBold: { size: 8.5, font: 'bold', color: colors.ink },
  caption: { size: 7.5, font: 'bold', color: colors.muted },
} satisfies Record<string, TextStyle>;

/** A place in the packet the outline and the cover's contents point to. */
export interface SectionMark {
  title: string;
  page: PDFPage;
}

export interface ExhibitMark {
  number: number;
  title: string;
  page: PDFPage;
}

export interface LinkRequest {
  page: PDFPage;
  rect: { x: number; y: number; width: number; height: number };
  /** Resolved when links are written, after every page exists. */
  target(): PDFPage | null;
}

/** What every part of the packet draws with, and what it leaves for the end. */
export interface PacketContext {
  doc: PDFDocument;
  fonts: PacketFonts;
  type: Typesetter;
  source: PacketSource;
  /** What the pre-flight check found open; the cover lists it. */
  openItems: OpenItem[];
  /** Certificates that stand as a placeholder page; the cover and the log name them. */
  placeholders: CertificateProblem[];
  sections: SectionMark[];
  exhibits: ExhibitMark[];
  links: LinkRequest[];
  /** Drawing that needs page numbers known only once the exhibits are placed. */
  deferred: Array<() => void>;
  /** Pages that carry an exhibit band; their footers use the band's narrower sides. */
  exhibitPages: Set<PDFPage>;
  /** The 1-based number of a page; only meaningful inside deferred drawing. */
  pageNumber(page: PDFPage): number | null;
}

/**
 * A cursor down the written pages: starts pages, keeps to the margins, and moves to a
 * new page when the next block does not fit.
 */
export class Flow {
  page!: PDFPage;
  y = 0;
  private continuation: ((flow: Flow) => void) | null = null;

  constructor(readonly ctx: PacketContext) {}

  get left(): number {
    return margin.left;
  }

  get right(): number {
    return letter.width - margin.right;
  }

  get width(): number {
    return this.right - this.left;
  }

  newPage(): PDFPage {
    this.page = this.ctx.doc.addPage([letter.width, letter.height]);
    this.y = letter.height - margin.top;
    this.continuation?.(this);
    return this.page;
  }

  /**
   * Sets what is drawn at the top of each page the flow adds from now on (a repeated
   * table header, an exhibit band) and returns what was set before, to chain or restore.
   */
  onContinue(draw: ((flow: Flow) => void) | null): ((flow: Flow) => void) | null {
    const previous = this.continuation;
    this.continuation = draw;
    return previous;
  }

  remaining(): number {
    return this.y - margin.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining()) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  /** Draws wrapped text, continuing on new pages as needed. */
  paragraph(
    text: string,
    style: TextStyle,
    options: { indent?: number; width?: number; after?: number } = {},
  ): void {
    const type = this.ctx.type;
    const x = this.left + (options.indent ?? 0);
    const width = options.width ?? this.width - (options.indent ?? 0);
    const lineHeight = type.lineHeight(style);
    for (const line of type.wrap(text, style, width)) {
      this.ensure(lineHeight);
      type.draw(this.page, line, x, this.y - style.size, style);
      this.y -= lineHeight;
    }
    this.y -= options.after ?? 0;
  }

  /** A section title with a rule under it; records the section for the outline. */
  sectionTitle(title: string, outlineTitle: string | null = title): void {
    const type = this.ctx.type;
    type.draw(this.page, title, this.left, this.y - styles.heading.size, styles.heading);
    this.y -= styles.heading.size + 8;
    drawRule(
      this.page,
      { x: this.left, y: this.y },
      { x: this.right, y: this.y },
      { thickness: 1.2, color: colors.navy },
    );
    this.y -= 14;
    if (outlineTitle) this.ctx.sections.push({ title: outlineTitle, page: this.page });
  }

  rule(color = colors.rule, thickness = 0.6): void {
    drawRule(this.page, { x: this.left, y: this.y }, { x: this.right, y: this.y }, { thickness, color });
  }
}
