import { describe, expect, it } from 'vitest';
import { packetRequestSchema } from '../../../src/domain/packet';
import type { Activity } from '../../../src/domain/portfolio';
import {
  activityForProblem,
  choicesKey,
  initialChoices,
  toPacketRequest,
} from '../../../src/ui/packet/packet-choices';

describe('packet choices', () => {
  it('start with the not-counted section on, no manifest and no placeholders', () => {
    expect(initialChoices(3)).toEqual({
      credentialId: 3,
      includeNotCounted: true,
      includeManifest: false,
      passwords: {},
      allowPlaceholders: false,
      asOf: null,
    });
  });

  it("ask for a finished cycle's packet as of its last day, and the current cycle otherwise", () => {
    expect(toPacketRequest({ ...initialChoices(3, '2026-03-01'), credentialId: 3 }).asOf).toBe('2026-03-01');
    expect(toPacketRequest({ ...initialChoices(3), credentialId: 3 })).not.toHaveProperty('asOf');
    expect(choicesKey(initialChoices(3, '2026-03-01'))).not.toBe(choicesKey(initialChoices(3)));
  });

  it('become a request the API accepts, leaving out passwords not typed yet', () => {
    const options = toPacketRequest({
      ...initialChoices(3),
      credentialId: 3,
      passwords: { ['a'.repeat(64)]: 'secret', ['d'.repeat(64)]: '' },
    });
    expect(packetRequestSchema.parse(options)).toMatchObject({
      credentialId: 3,
      passwords: { ['a'.repeat(64)]: 'secret' },
    });
  });

  it('change key whenever the packet would come out differently', () => {
    const base = initialChoices(1);
    expect(choicesKey(base)).toBe(choicesKey({ ...base }));
    expect(choicesKey({ ...base, includeManifest: true })).not.toBe(choicesKey(base));
    expect(choicesKey({ ...base, passwords: { a: 'x' } })).not.toBe(choicesKey(base));
  });
});

describe('activityForProblem', () => {
  const cert = (sha256: string) => ({
    sha256,
    fileName: 'f.pdf',
    mediaType: 'application/pdf',
    size: 1,
    addedAt: '',
  });
  const activities = [
    { id: 1, title: 'First', certificates: [cert('a')] },
    { id: 2, title: 'Second', certificates: [cert('a'), cert('b')] },
  ] as unknown as Activity[];

  const problem = (activityId: number, activityTitle: string) => ({
    activityId,
    activityTitle,
    certificateSha256: 'a',
    fileName: 'f.pdf',
    reason: '',
    needsPassword: false,
  });

  it('opens the activity the problem names, even when two activities share a title or a file', () => {
    const twins = [
      ...activities,
      { id: 3, title: 'Second', certificates: [cert('a')] },
    ] as unknown as Activity[];
    expect(activityForProblem(problem(2, 'Second'), twins)?.id).toBe(2);
    expect(activityForProblem(problem(3, 'Second'), twins)?.id).toBe(3);
  });

  it('finds none when the activity is gone', () => {
    expect(activityForProblem(problem(9, 'First'), activities)).toBeUndefined();
  });
});
