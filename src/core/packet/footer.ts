import { colors, footerBaseline, footerRuleY, margin } from './layout';
import type { PacketContext } from './layout';
import { credentialShortLabel } from '../../domain/credential-label';
import type { TextStyle } from './text';
import { drawRule } from './draw';

const footerStyle: TextStyle = { size: 7.5, color: colors.muted };
const pageStyle: TextStyle = { size: 7.5, font: 'bold', color: colors.muted };
const footerRule = { thickness: 0.5, color: colors.rule };
const sampleStyle: TextStyle = { size: 9, font: 'bold', color: colors.notMet };
/** On every page of a sample portfolio's packet: nobody can mistake it for a real record. */
const sampleWords = 'SAMPLE — invented data for trying CEU Portfolio, not a real record';
/** Certificate pages use narrower sides so the certificate can be larger. */
const certificateSide = 40;

/** "Page X of Y" and the holder's name at the foot of every page, certificates included. */
export function drawFooters(ctx: PacketContext): void {
  const pages = ctx.doc.getPages();
  const total = pages.length;
  const label = `${ctx.source.holder.fullName}  ·  ${credentialShortLabel(ctx.source.pack)} recertification packet`;
  pages.forEach((page, index) => {
    const { width } = page.getSize();
    const side = ctx.exhibitPages.has(page) ? certificateSide : margin.left;
    drawRule(page, { x: side, y: footerRuleY }, { x: width - side, y: footerRuleY }, footerRule);
    const pageText = `Page ${index + 1} of ${total}`;
    const pageWidth = ctx.type.width(pageText, pageStyle);
    ctx.type.draw(
      page,
      ctx.type.fit(label, footerStyle, width - 2 * side - pageWidth - 24),
      side,
      footerBaseline,
      footerStyle,
    );
    ctx.type.draw(page, pageText, width - side - pageWidth, footerBaseline, pageStyle);
    if (ctx.source.sample) {
      const { height } = page.getSize();
      const sampleWidth = ctx.type.width(sampleWords, sampleStyle);
      ctx.type.draw(page, sampleWords, (width - sampleWidth) / 2, height - 24, sampleStyle);
    }
  });
}
