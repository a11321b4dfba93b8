import { effectivePack, InvalidOverridesError } from '../../domain/rules';
import type { RulePack } from '../../domain/rule-pack';
import type { Credential } from '../../domain/portfolio';
import type { PacketRequest } from '../../domain/packet';
import { auditedActivities, getAudit } from '../audits';
import { isSamplePortfolio } from '../sample/sample-mode';
import { userError } from '../errors';
import type { Portfolio } from '../portfolio';
import type { PacketSource } from './types';

/**
 * Everything the packet builder reads, gathered from one portfolio: the app (main
 * process and its worker), the CLI and the tests all build packets from this, so a
 * packet says the same thing wherever it is made.
 */
export function packetSourceFor(
  portfolio: Portfolio,
  options: Omit<PacketRequest, 'exportAnyway'>,
): PacketSource {
  const holder = portfolio.getHolder();
  if (!holder) {
    throw userError('INVALID_INPUT', { key: 'coreErrors.nameFirst' });
  }
  const credential = portfolio.getCredential(options.credentialId);
  const pack = packFor(portfolio, credential);
  const preparedOn = options.asOf ?? portfolio.today();

  const evaluation = portfolio
    .evaluate(preparedOn, { credentialIds: [credential.id] })
    .credentials.find((e) => e.credentialId === credential.id);
  if (!evaluation) {
    throw userError('NOT_FOUND', { key: 'coreErrors.notChecked', values: { credential: pack.credential } });
  }

  const audit = options.auditId === undefined ? undefined : getAudit(portfolio, options.auditId);
  if (audit && audit.credentialId !== credential.id) {
    throw userError('INVALID_INPUT', {
      key: 'coreErrors.auditOtherCredential',
      values: { credential: pack.credential },
    });
  }
  // Oldest first: the order a reviewer reads a log in, and the order of the exhibits. An
  // activity another cycle of this credential counted belongs to that cycle's packet; an
  // audit response holds exactly the activities the audit names.
  const evaluated = new Set(evaluation.activities.map((a) => a.activityId));
  const activities = audit
    ? auditedActivities(portfolio, audit)
    : portfolio
        .listActivities()
        .filter((a) => a.credentialIds.includes(credential.id) && evaluated.has(a.id))
        .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.id - b.id);

  return {
    holder,
    credential,
    pack,
    evaluation,
    activities,
    // Packets are built on a worker thread (or in the CLI): nothing waits on this thread.
    readCertificate: (sha256) => portfolio.certificates.readSync(sha256),
    preparedImages: portfolio.preparedImages,
    ...(audit ? { audit: { reference: audit.reference, dueOn: audit.dueOn } } : {}),
    ...(isSamplePortfolio(portfolio) ? { sample: true } : {}),
    preparedOn,
    options: {
      includeNotCounted: options.includeNotCounted,
      includeManifest: options.includeManifest,
      passwords: options.passwords,
      allowPlaceholders: options.allowPlaceholders,
    },
  };
}

/** The credential's rule pack with the holder's own changes for this credential applied. */
export function packFor(portfolio: Portfolio, credential: Credential): RulePack {
  const pack = portfolio.findRulePack(credential.rulePackId);
  try {
    return effectivePack(pack, credential.overrides);
  } catch (error) {
    if (error instanceof InvalidOverridesError) {
      throw userError('INVALID_INPUT', {
        key: 'coreErrors.invalidOverridesForPacket',
        values: { credential: error.credential, issues: error.issues.join('; ') },
      });
    }
    throw error;
  }
}
