import { PDFName, PDFNull, PDFNumber } from '@cantoo/pdf-lib';
import type { PacketContext } from './layout';

/** Turns the recorded link areas into /Link annotations that jump to their target page. */
export function writeLinks(ctx: PacketContext): void {
  const context = ctx.doc.context;
  for (const link of ctx.links) {
    const target = link.target();
    if (!target) continue;
    const { x, y, width, height } = link.rect;
    const annotation = context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x, y, x + width, y + height],
      Border: [0, 0, 0],
      F: 4,
    });
    annotation.set(
      PDFName.of('Dest'),
      context.obj([target.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(target.getSize().height), PDFNull]),
    );
    link.page.node.addAnnot(context.register(annotation));
  }
}
