import { stages } from './messages/stages.en';
import type { MessageKey } from './translator';

/** Each stage's key, written out so the check for unused keys sees it. */
const keys: Record<keyof typeof stages, MessageKey> = {
  unpacking: 'stages.unpacking',
  checkingDatabase: 'stages.checkingDatabase',
  replacing: 'stages.replacing',
  copyingAndChecking: 'stages.copyingAndChecking',
  copyingDatabase: 'stages.copyingDatabase',
  addingCertificates: 'stages.addingCertificates',
  copyingCertificates: 'stages.copyingCertificates',
  checkingCertificates: 'stages.checkingCertificates',
  writingSummary: 'stages.writingSummary',
  addingExhibits: 'stages.addingExhibits',
  preparingPhotos: 'stages.preparingPhotos',
  saving: 'stages.saving',
  readingCertificate: 'stages.readingCertificate',
  done: 'stages.done',
};

const keyOf: ReadonlyMap<string, MessageKey> = new Map(
  (Object.keys(keys) as (keyof typeof stages)[]).map((name) => [stages[name], keys[name]]),
);

/** A long job's stage, as core reports it in English, in the person's language. */
export function stageWords(stage: string, t: (key: MessageKey) => string): string {
  const key = keyOf.get(stage);
  return key ? t(key) : stage;
}
