import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { savePacket } from '../../../src/core/packet';
import type { Portfolio } from '../../../src/core/portfolio';
import { openPortfolio } from '../exchange/helpers';
import { pdfBytes, removeTempDirs, tempDir } from '../fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

describe('a kind whose credit the rules set (a CPR card for the CMA)', () => {
  it('is stated on its exhibit as the rules count it, with what was recorded beside it', async () => {
    portfolio = openPortfolio();
    portfolio.saveHolder({
      fullName: 'Jordan A. Rivera',
      email: '',
      phone: '',
      address: '',
      memberNumbers: [],
    });
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
    const card = portfolio.certificates.add('bls-card.pdf', await pdfBytes('BLS Provider eCard'));
    const saved = portfolio.saveActivity({
      title: 'BLS Provider',
      provider: 'American Heart Association',
      kind: 'cpr_card',
      delivery: 'in_person',
      completedOn: '2025-06-01',
      validMonths: 24,
      // Entered as general AAMA CEUs; the CMA rules count 4 clinical points.
      credits: [{ amount: 4, unit: 'aama_ceu', category: 'general' }],
      credentialIds: [cma.id],
      certificateHashes: [card.sha256],
    });
    expect(saved.validMonths).toBe(24);
    const target = path.join(tempDir(), 'packet.pdf');
    await savePacket(portfolio, target, {
      credentialId: cma.id,
      asOf: '2026-06-01',
      includeNotCounted: true,
      includeManifest: false,
      passwords: {},
      allowPlaceholders: false,
      exportAnyway: true,
    });
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('4 clinical points, set by the CMA rules for a CPR card');
    expect(text).toContain('(recorded: 4 AAMA CEUs (general))');
  });
});
