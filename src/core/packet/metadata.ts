import { createHash } from 'node:crypto';
import { PDFHexString, PDFName } from '@cantoo/pdf-lib';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { credentialShortLabel } from '../../domain/credential-label';
import type { PacketSource } from './types';

/**
 * Document information that depends only on the inputs: dates come from preparedOn
 * (never the clock) and the file identifier from a hash of what went in, so the same
 * inputs give the same bytes.
 */

/** Bumped when the layout changes, so identical inputs under a new layout get a new /ID. */
const layoutVersion = 'ceu-packet-1';

function preparedDate(preparedOn: string): Date {
  const date = new Date(`${preparedOn}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/** A stable fingerprint of everything that shapes the packet (passwords excluded). */
export function packetFingerprint(source: PacketSource): Uint8Array {
  const hash = createHash('sha256');
  hash.update(layoutVersion);
  hash.update(
    JSON.stringify({
      holder: source.holder,
      credential: source.credential,
      pack: source.pack,
      evaluation: source.evaluation,
      activities: source.activities,
      preparedOn: source.preparedOn,
      includeNotCounted: source.options.includeNotCounted,
      includeManifest: source.options.includeManifest,
      allowPlaceholders: source.options.allowPlaceholders,
      withPassword: Object.keys(source.options.passwords).sort(),
    }),
  );
  return new Uint8Array(hash.digest().subarray(0, 16));
}

export function setPacketMetadata(doc: PDFDocument, source: PacketSource): void {
  const { holder, pack, evaluation } = source;
  const date = preparedDate(source.preparedOn);
  doc.setTitle(`Recertification packet — ${credentialShortLabel(pack)} — ${holder.fullName}`);
  doc.setAuthor(holder.fullName);
  doc.setSubject(
    `${credentialShortLabel(pack)} recertification by continuing education, cycle ${evaluation.cycle.start} to ${evaluation.cycle.end}`,
  );
  doc.setKeywords([pack.credential, pack.body, 'recertification', 'continuing education', 'CEU']);
  doc.setCreator('CEU Portfolio');
  doc.setProducer('CEU Portfolio (pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage('en-US');
  const id = PDFHexString.fromBytes(packetFingerprint(source));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  doc.catalog.set(PDFName.of('ViewerPreferences'), doc.context.obj({ DisplayDocTitle: true }));
}
