import type { Draft } from '../../domain/drafts';
import type { MessageKey } from '../../domain/i18n/translator';

/** What a draft is called in the queue: the title typed or read, else its file's name. */
export function draftTitle(draft: Draft): string {
  return (
    draft.edits?.title.trim() ||
    draft.read?.title?.value ||
    draft.certificates.map((c) => c.fileName).join(' + ') ||
    ''
  );
}

export const statusWords: Record<Draft['status'], MessageKey> = {
  reading: 'drafts.status.reading',
  ready: 'drafts.status.ready',
  failed: 'drafts.status.failed',
};
