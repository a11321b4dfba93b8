import { describe, expect, it } from 'vitest';
import { packetOptionsSchema } from '../../../src/api/contract';
import type { Activity } from '../../../src/domain/portfolio';
import {
  activityForProblem,
  choicesKey,
  initialChoices,
  newJobId,
  toPacketOptions,
} from '../../../src/ui/packet/packet-choices';

describe('packet choices', () => {
  it('start with the not-counted section on, no manifest and no placeholders', () => {
    expect(initialChoices(3)).toEqual({
      credentialId: 3,
      includeNotCounted: true,
      includeManifest: false,
      passwords: {},
      allowPlaceholders: false,
    });
  });

  it('become options the API accepts, leaving out passwords not typed yet', () => {
    const options = toPacketOptions({
      ...initialChoices(3),
      credentialId: 3,
      passwords: { abc: 'secret', def: '' },
    });
    expect(packetOptionsSchema.parse(options)).toMatchObject({
      credentialId: 3,
      passwords: { abc: 'secret' },
    });
  });

  it('change key whenever the packet would come out differently', () => {
    const base = initialChoices(1);
    expect(choicesKey(base)).toBe(choicesKey({ ...base }));
    expect(choicesKey({ ...base, includeManifest: true })).not.toBe(choicesKey(base));
    expect(choicesKey({ ...base, passwords: { a: 'x' } })).not.toBe(choicesKey(base));
  });

  it('give each export its own job id', () => {
    const ids = new Set(Array.from({ length: 50 }, newJobId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
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

  it('opens the activity the problem names when the file is attached to several', () => {
    const problem = {
      sha256: 'a',
      fileName: 'f.pdf',
      activityTitle: 'Second',
      reason: '',
      needsPassword: false,
    };
    expect(activityForProblem(problem, activities)?.id).toBe(2);
  });

  it('falls back to any activity holding the file, or none', () => {
    expect(
      activityForProblem(
        { sha256: 'a', fileName: '', activityTitle: 'Renamed', reason: '', needsPassword: false },
        activities,
      )?.id,
    ).toBe(1);
    expect(
      activityForProblem(
        { sha256: 'z', fileName: '', activityTitle: 'First', reason: '', needsPassword: false },
        activities,
      ),
    ).toBeUndefined();
  });
});
