import { describe, expect, it } from 'vitest';
import { credentialLabel, credentialShortLabel } from '../../src/domain/credential-label';
import { fileSize, megabytes, roundedFileSize } from '../../src/domain/file-size';
import { formatPoints } from '../../src/domain/units';

describe('words shared by the window, the CLI and the packet', () => {
  it('file sizes, to a tenth (packet manifest) or with tenths only below 10 (screens)', () => {
    expect(fileSize(900)).toBe('900 bytes');
    expect(fileSize(300 * 1024)).toBe('300.0 KB');
    expect(fileSize(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(roundedFileSize(5 * 1024)).toBe('5.0 KB');
    expect(roundedFileSize(300 * 1024)).toBe('300 KB');
    expect(roundedFileSize(25.4 * 1024 * 1024)).toBe('25 MB');
    expect(roundedFileSize(1.25 * 1024 * 1024 * 1024)).toBe('1.3 GB');
    expect(megabytes(52.44 * 1024 * 1024)).toBe('52.4 MB');
  });

  it('credential labels', () => {
    const cma = { credential: 'CMA', body: 'AAMA', name: 'Certified Medical Assistant' };
    expect(credentialLabel(cma)).toBe('CMA (AAMA) — Certified Medical Assistant');
    expect(credentialShortLabel(cma)).toBe('CMA (AAMA)');
  });

  it('points in the pack’s own word', () => {
    expect(formatPoints(1)).toBe('1 point');
    expect(formatPoints(2.5, 'CE credits')).toBe('2.5 CE credits');
    expect(formatPoints(1, 'CEU')).toBe('1 CEU');
    expect(formatPoints(1.004, 'points', '1')).toBe('1 points');
  });
});
