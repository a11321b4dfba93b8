import { colors, styles } from './layout';
import type { Flow, PacketContext } from './layout';
import { drawRule } from './draw';

const signatureLine = { thickness: 0.8, color: colors.ink };

/** The holder's signed statement; starts a page only when it does not fit on this one. */
export function drawAttestation(ctx: PacketContext, flow: Flow): void {
  const { holder, credential, pack } = ctx.source;
  const type = ctx.type;
  const statement = `I, ${holder.fullName}, attest that I completed the continuing-education activities listed in the activity log of this packet on the dates shown, that the credit claimed for each is as stated on its certificate, and that each exhibit is a true copy of the certificate issued to me.`;
  const needed =
    60 + type.wrap(statement, styles.body, flow.width).length * type.lineHeight(styles.body) + 120;
  if (needed > flow.remaining()) flow.newPage();
  else flow.gap(28);
  flow.sectionTitle('Attestation');
  flow.paragraph(statement, { ...styles.body, size: 10.5 }, { after: 48 });
  const page = flow.page;
  const signatureWidth = 300;
  const dateX = flow.left + signatureWidth + 40;
  const lineY = flow.y;
  drawRule(page, { x: flow.left, y: lineY }, { x: flow.left + signatureWidth, y: lineY }, signatureLine);
  drawRule(page, { x: dateX, y: lineY }, { x: flow.right, y: lineY }, signatureLine);
  type.draw(page, 'Signature', flow.left, lineY - 12, styles.caption);
  type.draw(page, 'Date', dateX, lineY - 12, styles.caption);
  type.draw(page, holder.fullName, flow.left, lineY - 28, styles.bodyBold);
  const number = credential.credentialNumber
    ? `${pack.credential} no. ${credential.credentialNumber}`
    : pack.credential;
  type.draw(page, number, flow.left, lineY - 42, styles.small);
  flow.y = lineY - 50;
}
