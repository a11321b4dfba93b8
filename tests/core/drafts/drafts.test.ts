import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftReader } from '../../../src/core/draft-reader';
import {
  confirmDraft,
  createDrafts,
  discardDraft,
  getDraft,
  joinDrafts,
  listDrafts,
  saveDraftEdits,
} from '../../../src/core/drafts';
import { createInProcessJobRunner } from '../../../src/core/jobs';
import { Portfolio } from '../../../src/core/portfolio';
import type { DraftEdits } from '../../../src/domain/drafts';
import type { Holder } from '../../../src/domain/portfolio';
import { removeTempDirs, tempDir } from '../fixtures';

const opened: Portfolio[] = [];
afterEach(() => {
  for (const portfolio of opened.splice(0)) portfolio.close();
  removeTempDirs();
});

function open(dataDir: string): Portfolio {
  const portfolio = Portfolio.open({ dataDir, now: () => new Date('2026-11-01T12:00:00Z') });
  opened.push(portfolio);
  return portfolio;
}

async function certificate(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([792, 612]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => page.drawText(line, { x: 72, y: 520 - i * 28, size: 16, font }));
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

const woundCare = () =>
  certificate([
    'Certificate of Completion',
    'This certifies that',
    'Ana Maria Ruiz',
    'has completed',
    'Wound Care Essentials',
    'Provided by: Lakeside Health Academy',
    'Date of completion: October 2, 2026',
    'This program has been granted prior approval by the AAMA for 2 AAMA CEUs (clinical).',
    'Approval number: 123456',
  ]);

const cardFront = () => certificate(['BLS Provider', 'Jordan Rivera', 'Issue date: 2026-02-10']);
const cardBack = () =>
  certificate(['American Heart Association', 'eCard code: 2026-ABC-991', 'Recommended renewal: 02/2028']);

function setUp(dataDir = tempDir('ceu-drafts-')) {
  const portfolio = open(dataDir);
  portfolio.saveHolder(holder('Ana Ruiz'));
  const reader = new DraftReader(() => portfolio, createInProcessJobRunner({ dataDir }));
  return { portfolio, reader, dataDir };
}

function editsFrom(portfolio: Portfolio, id: number): DraftEdits {
  const draft = getDraft(portfolio, id);
  const read = draft.read!;
  return {
    title: read.title?.value ?? '',
    provider: read.provider?.value ?? '',
    providerAddress: '',
    approvingBody: read.approvingBody?.value ?? '',
    approvalNumber: read.approvalNumber?.value ?? '',
    certificateNumber: '',
    kind: 'online_course',
    delivery: 'online',
    completedOn: read.completedOn?.value ?? null,
    durationMinutes: '',
    validMonths: '',
    description: '',
    cost: '',
    notes: 'typed before the restart',
    credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
    credentialIds: [],
    certificates: draft.certificates,
  };
}

describe('drafts from certificate files', () => {
  it('reads each file in the background and proposes its fields, with the words they came from', async () => {
    const { portfolio, reader } = setUp();
    const stored = portfolio.certificates.add('wound-care.pdf', await woundCare());
    const [draft] = createDrafts(portfolio, [stored.sha256]);
    expect(draft).toMatchObject({
      status: 'reading',
      read: null,
      certificates: [{ fileName: 'wound-care.pdf' }],
    });
    reader.readWaiting();
    await reader.idle();
    const read = getDraft(portfolio, draft!.id);
    expect(read.status).toBe('ready');
    expect(read.read?.title?.value).toBe('Wound Care Essentials');
    expect(read.read?.completedOn?.value).toBe('2026-10-02');
    expect(read.read?.credits?.value).toEqual([{ amount: 2, unit: 'aama_ceu', category: 'clinical' }]);
    expect(read.read?.provider?.source).toContain('Provided by');
    // "Ana Maria Ruiz" is the holder, Ana Ruiz, with her middle name.
    expect(read.nameMismatch).toBeNull();
    // Nothing counts until it is confirmed.
    expect(portfolio.listActivities()).toEqual([]);
  });

  it('survives a restart: a draft left mid-read is read on the next open, and edits are kept', async () => {
    const dataDir = tempDir('ceu-drafts-');
    {
      const { portfolio } = setUp(dataDir);
      const stored = portfolio.certificates.add('wound-care.pdf', await woundCare());
      createDrafts(portfolio, [stored.sha256]);
      // Closed before any reading happened: the app quit mid-read.
      portfolio.close();
      opened.splice(0);
    }
    const portfolio = open(dataDir);
    const [waiting] = listDrafts(portfolio);
    expect(waiting?.status).toBe('reading');
    const reader = new DraftReader(() => portfolio, createInProcessJobRunner({ dataDir }));
    reader.readWaiting();
    await reader.idle();
    expect(getDraft(portfolio, waiting!.id).status).toBe('ready');
    saveDraftEdits(portfolio, waiting!.id, editsFrom(portfolio, waiting!.id));
    portfolio.close();
    opened.splice(0);

    const again = open(dataDir);
    expect(getDraft(again, waiting!.id).edits?.notes).toBe('typed before the restart');
  });

  it('confirming saves the activity with its certificate and removes the draft', async () => {
    const { portfolio, reader } = setUp();
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
    const stored = portfolio.certificates.add('wound-care.pdf', await woundCare());
    const [draft] = createDrafts(portfolio, [stored.sha256]);
    reader.readWaiting();
    await reader.idle();
    const edits = editsFrom(portfolio, draft!.id);
    const activity = confirmDraft(portfolio, draft!.id, {
      ...edits,
      kind: 'online_course',
      delivery: 'online',
      completedOn: edits.completedOn!,
      durationMinutes: null,
      validMonths: null,
      cost: null,
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
      credentialIds: [cma.id],
      certificateHashes: [stored.sha256],
    });
    expect(activity).toMatchObject({
      title: 'Wound Care Essentials',
      certificates: [{ sha256: stored.sha256 }],
    });
    expect(listDrafts(portfolio)).toEqual([]);
    expect(portfolio.evaluate().credentials[0]!.counted).toBe(2);
  });

  it('a failed confirm keeps the draft', async () => {
    const { portfolio } = setUp();
    const stored = portfolio.certificates.add('wound-care.pdf', await woundCare());
    const [draft] = createDrafts(portfolio, [stored.sha256]);
    expect(() =>
      confirmDraft(portfolio, draft!.id, {
        title: 'x',
        provider: 'y',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2026-10-02',
        credits: [{ amount: 1, unit: 'aama_ceu', category: 'clinical' }],
        credentialIds: [999],
      }),
    ).toThrow();
    expect(listDrafts(portfolio)).toHaveLength(1);
  });

  it('discarding removes the draft; its file goes to the usual clean-up', async () => {
    const { portfolio } = setUp();
    const stored = portfolio.certificates.add('wound-care.pdf', await woundCare());
    const [draft] = createDrafts(portfolio, [stored.sha256]);
    // While a draft names it, clean-up keeps the file however old it is.
    const later = Portfolio.open({
      dataDir: portfolio.paths.dataDir,
      now: () => new Date('2027-01-01T00:00:00Z'),
    });
    opened.push(later);
    later.certificates.cleanUp();
    expect(later.certificates.get(stored.sha256)).not.toBeNull();
    discardDraft(portfolio, draft!.id);
    expect(listDrafts(portfolio)).toEqual([]);
    later.certificates.cleanUp();
    expect(later.certificates.get(stored.sha256)).toBeNull();
  });

  it('joins a card’s front and back into one draft, read from both files', async () => {
    const { portfolio, reader } = setUp();
    portfolio.saveHolder(holder('Jordan Rivera'));
    const front = portfolio.certificates.add('front.pdf', await cardFront());
    const back = portfolio.certificates.add('back.pdf', await cardBack());
    const [first, second] = createDrafts(portfolio, [front.sha256, back.sha256]);
    reader.readWaiting();
    await reader.idle();
    const joined = joinDrafts(portfolio, first!.id, second!.id);
    expect(joined.status).toBe('reading');
    expect(joined.certificates.map((c) => c.fileName)).toEqual(['front.pdf', 'back.pdf']);
    reader.readWaiting();
    await reader.idle();
    const drafts = listDrafts(portfolio);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.status).toBe('ready');
    // The front's kind and date, the back's body and card number.
    expect(drafts[0]!.read?.kind?.value).toBe('cpr_card');
    expect(drafts[0]!.read?.completedOn?.value).toBe('2026-02-10');
    expect(drafts[0]!.read?.approvingBody?.value ?? drafts[0]!.read?.certificateNumber?.value).toBeTruthy();
    expect(() => joinDrafts(portfolio, first!.id, first!.id)).toThrow();
  });

  it('warns when the name read is not the holder’s', async () => {
    const { portfolio, reader } = setUp();
    portfolio.saveHolder(holder('Beatriz Santos'));
    const stored = portfolio.certificates.add('wound-care.pdf', await woundCare());
    const [draft] = createDrafts(portfolio, [stored.sha256]);
    reader.readWaiting();
    await reader.idle();
    expect(getDraft(portfolio, draft!.id).nameMismatch).toEqual({
      read: 'Ana Maria Ruiz',
      holder: 'Beatriz Santos',
    });
  });

  it('says why a file could not be read', async () => {
    const { portfolio, reader } = setUp();
    const blank = await certificate([]);
    const stored = portfolio.certificates.add('blank.pdf', blank);
    const [draft] = createDrafts(portfolio, [stored.sha256]);
    reader.readWaiting();
    await reader.idle();
    expect(getDraft(portfolio, draft!.id)).toMatchObject({
      status: 'failed',
      failure: { key: 'drafts.reason.noText' },
    });
  }, 60_000);
});

function holder(fullName: string): Holder {
  return { fullName, email: '', phone: '', address: '', memberNumbers: [] };
}
