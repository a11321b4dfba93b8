import type { OpenItem } from '../../domain/packet';
import { formatPointsWithName } from './format';
import { planPacket } from './plan';
import type { PacketSource } from './types';

/**
 * The pre-flight check: what would make this packet less than submission-ready, found
 * before it is built. Certificates that cannot be read are found by the certificate check
 * (it has to open each file); these need only the portfolio, so they cost nothing.
 * Requirements first (the packet's whole point), then each activity in log order.
 */
export function openItemsFor(source: PacketSource): OpenItem[] {
  const { evaluation, credential, pack, holder } = source;
  const items: OpenItem[] = [];
  // Reviewers match the name on the cover with the name on the credential's record.
  if (credential.nameOnRecord && !sameName(credential.nameOnRecord, holder.fullName)) {
    items.push({
      code: 'nameDiffers',
      credentialId: credential.id,
      credential: pack.credential,
      coverName: holder.fullName,
      nameOnRecord: credential.nameOnRecord,
    });
  }
  // An audit response proves the activities the body named; the cycle's total is not asked.
  if (evaluation.status !== 'complete' && !source.audit) {
    items.push({
      code: 'requirementsNotMet',
      credentialId: credential.id,
      credential: pack.credential,
      stillNeeded: evaluation.stillNeeded,
      pointName: evaluation.pointName,
    });
  }
  // A card whose credit the rules set (a CPR card) is its own proof: no description asked.
  const cardKinds = new Set(
    pack.kindRules.filter((rule) => rule.pointsEach !== null).map((rule) => rule.kind),
  );
  const plan = planPacket(source);
  for (const entry of plan.logged) {
    const { activity } = entry;
    if (activity.certificates.length === 0)
      items.push({ code: 'noCertificate', activityId: activity.id, activityTitle: activity.title });
    if (entry.exhibit?.describe && activity.description.trim() === '' && !cardKinds.has(activity.kind))
      items.push({ code: 'noDescription', activityId: activity.id, activityTitle: activity.title });
  }
  return items;
}

/** One line per open item, in English: the packet's cover and the CLI's report. */
export function describeOpenItem(item: OpenItem): string {
  switch (item.code) {
    case 'requirementsNotMet':
      return item.stillNeeded > 0
        ? `Requirements not met for ${item.credential}: ${formatPointsWithName(item.stillNeeded, item.pointName)} still needed.`
        : `Requirements not met for ${item.credential}: see the compliance summary.`;
    case 'noCertificate':
      return `No certificate attached: “${item.activityTitle}”.`;
    case 'noDescription':
      return `No course description recorded for outside credit: “${item.activityTitle}”.`;
    case 'nameDiffers':
      return `The name on this cover, ${item.coverName}, is not the name the ${item.credential} is held under: ${item.nameOnRecord}.`;
  }
}

/** The same name whatever the case, accents, punctuation or spacing ("José  Pérez" = "jose perez"). */
export function sameName(a: string, b: string): boolean {
  const plain = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return plain(a) === plain(b);
}
