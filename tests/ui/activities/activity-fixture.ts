import type { Activity } from '../../../src/domain/portfolio';

/** An activity with every field filled in plainly; `fields` sets what a test cares about. */
export function activity(id: number, fields: Partial<Activity> = {}): Activity {
  return {
    id,
    title: `Course ${id}`,
    provider: 'ACE',
    providerAddress: '',
    approvingBody: 'AAMA',
    approvalNumber: '',
    certificateNumber: '',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2025-01-01',
    durationMinutes: null,
    description: '',
    cost: null,
    notes: '',
    credits: [],
    credentialIds: [],
    certificates: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}
