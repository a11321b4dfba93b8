/**
 * Builds PacketSource objects for the packet tests from a generated corpus. The
 * evaluation is written by hand (the rules engine is not under test here).
 */
import type { Activity, Credential, Holder } from '../../../src/domain/portfolio';
import { rulePackSchema, type RulePack } from '../../../src/domain/rule-pack';
import type { ActivityStanding, CredentialEvaluation } from '../../../src/domain/evaluation';
import type { PacketSource } from '../../../src/core/packet';
import type { Corpus, CorpusFile, CorpusName } from '../../fixtures/certificates/make-corpus';

export const holderName = 'José Nguyễn 李';

export const holder: Holder = {
  fullName: holderName,
  email: 'jose.nguyen@example.org',
  phone: '555-0100',
  address: '12 Ørsted Lane, Springfield, IL 62701',
  memberNumbers: [{ body: 'AAMA', number: 'M-448812' }],
};

export const credential: Credential = {
  id: 1,
  rulePackId: 'aama-cma',
  credentialNumber: 'CMA-1234567',
  nameOnRecord: '',
  certifiedOn: '2022-01-15',
  expiresOn: null,
  overrides: {},
  notes: '',
  createdAt: '2022-01-20T10:00:00Z',
};

export const cmaPack: RulePack = rulePackSchema.parse({
  id: 'aama-cma',
  version: '2026.1',
  credential: 'CMA',
  name: 'Certified Medical Assistant',
  body: 'AAMA',
  bodyName: 'American Association of Medical Assistants',
  builtIn: true,
  source: 'https://www.aama-ntl.org/cma-aama-exam/recertify',
  lastChecked: '2026-10-01',
  confirmNote: 'Rules change: confirm these requirements with your certifying body before you apply.',
  unverified: [],
  cycle: { months: 60, anchor: 'end_of_month' },
  pointName: 'points',
  totalRequired: 60,
  categories: [
    { key: 'administrative', label: 'Administrative', min: 10, max: null, description: '' },
    { key: 'clinical', label: 'Clinical', min: 10, max: null, description: '' },
    { key: 'general', label: 'General', min: 10, max: null, description: '' },
  ],
  approvedProviders: { bodies: ['AAMA'], minPoints: 30, label: 'AAMA-approved providers' },
  unitPoints: { aama_ceu: 1, contact_hour: 1 },
  kindRules: [],
  minActivityMinutes: 50,
  graceDays: 90,
  lapsedNote: '',
  examRoute: null,
  fees: [],
  notes: [],
});

const categories = ['administrative', 'clinical', 'general'] as const;

export interface SampleActivity {
  title: string;
  files: CorpusName[];
  outcome?: ActivityStanding['outcome'];
  approved?: boolean;
  points?: number;
  reasons?: string[];
}

/** A plausible certificate title for each corpus file, some with names in other scripts. */
export function defaultActivities(names: CorpusName[]): SampleActivity[] {
  return names.map((name, i) => ({
    title: `${name} course ${i + 1}${i === 0 ? ' — Zoë Ørsted lecture on 李 coding practice' : ''}`,
    files: [name],
    approved: i % 3 !== 2,
    points: 1 + (i % 3),
  }));
}

export function makeSource(
  corpus: Corpus,
  samples: SampleActivity[],
  options: Partial<PacketSource['options']> = {},
  readCertificate?: (sha256: string) => Promise<Uint8Array>,
): PacketSource {
  const bySha = new Map<string, CorpusFile>(Object.values(corpus).map((file) => [file.sha256, file]));
  const activities: Activity[] = [];
  const standings: ActivityStanding[] = [];
  samples.forEach((sample, i) => {
    const category = categories[i % 3]!;
    const points = sample.points ?? 1;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    const approved = sample.approved ?? true;
    activities.push({
      id: i + 1,
      title: sample.title,
      provider: approved ? 'AAMA e-Learning Center' : 'Relias Academy',
      providerAddress: approved ? '20 N. Wacker Dr., Chicago, IL' : '',
      approvingBody: approved ? 'AAMA' : 'IACET',
      approvalNumber: approved ? `AAMA-${1000 + i}` : '',
      certificateNumber: `C-${5000 + i}`,
      kind: 'online_course',
      delivery: 'online',
      completedOn: `${2023 + (i % 3)}-${month}-${day}`,
      durationMinutes: 60 * points,
      description: approved
        ? ''
        : `A ${points}-hour course on ${category} topics for medical assistants, covering documentation, safety and patient communication.`,
      cost: null,
      notes: '',
      credits: [{ amount: points, unit: 'contact_hour', category }],
      credentialIds: [1],
      certificates: sample.files.map((name) => {
        const file = corpus[name];
        return {
          sha256: file.sha256,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.size,
          addedAt: '2025-06-01T09:00:00Z',
        };
      }),
      createdAt: '2025-06-01T09:00:00Z',
      updatedAt: '2025-06-01T09:00:00Z',
    });
    const outcome = sample.outcome ?? 'counted';
    const counted = outcome === 'counted' ? points : outcome === 'partly' ? points / 2 : 0;
    standings.push({
      activityId: i + 1,
      title: sample.title,
      completedOn: activities[i]!.completedOn,
      outcome,
      earned: points,
      counted,
      countedByCategory: counted > 0 ? { [category]: counted } : {},
      approvedProvider: approved,
      reasons: sample.reasons ?? (outcome === 'counted' ? [] : ['Completed before the cycle started.']),
    });
  });
  const countedTotal = standings.reduce((sum, standing) => sum + standing.counted, 0);
  const evaluation: CredentialEvaluation = {
    credentialId: 1,
    rulePackId: 'aama-cma',
    rulePackVersion: '2026.1',
    credential: 'CMA',
    name: 'Certified Medical Assistant',
    body: 'AAMA',
    pointName: 'points',
    asOf: '2026-11-24',
    cycle: { start: '2022-01-31', end: '2027-01-31', from: 'certified_on' },
    status: countedTotal >= 60 ? 'complete' : 'on_track',
    headline:
      countedTotal >= 60
        ? 'Complete: ready to apply.'
        : `On track: ${60 - countedTotal} points still needed by Jan 31, 2027.`,
    daysLeft: 68,
    required: 60,
    earned: standings.reduce((sum, standing) => sum + standing.earned, 0),
    counted: countedTotal,
    stillNeeded: Math.max(0, 60 - countedTotal),
    categories: categories.map((key) => {
      const counted = standings.reduce((sum, standing) => sum + (standing.countedByCategory[key] ?? 0), 0);
      return {
        key,
        label: key[0]!.toUpperCase() + key.slice(1),
        min: 10,
        max: null,
        earned: counted,
        counted,
        stillNeeded: Math.max(0, 10 - counted),
      };
    }),
    approvedProviders: {
      label: 'AAMA-approved providers',
      min: 30,
      counted: standings
        .filter((standing) => standing.approvedProvider)
        .reduce((sum, standing) => sum + standing.counted, 0),
      stillNeeded: 10,
      outsideLeftOut: 0,
    },
    pace: null,
    activities: standings,
    deadlines: [],
    needs: countedTotal >= 60 ? [] : [`${60 - countedTotal} more points by Jan 31, 2027.`],
    fees: [],
    confirmNote: cmaPack.confirmNote,
    source: cmaPack.source,
    lastChecked: cmaPack.lastChecked,
    unverified: [],
  };
  return {
    holder,
    credential,
    pack: cmaPack,
    evaluation,
    activities,
    readCertificate:
      readCertificate ??
      (async (sha256) => {
        const file = bySha.get(sha256);
        if (!file) throw new Error(`No certificate ${sha256}`);
        return file.bytes;
      }),
    preparedOn: '2026-11-24',
    options: {
      includeNotCounted: true,
      includeManifest: true,
      passwords: {},
      allowPlaceholders: false,
      ...options,
    },
  };
}
