import type { MessageKey } from '../../domain/i18n/translator';
import type { PageName } from './route';

/** Each page's name (a message key): the main region's accessible name and the window title. */
export const pageTitles: Record<PageName, MessageKey> = {
  dashboard: 'pages.dashboard',
  activities: 'pages.activities',
  activity: 'pages.activity',
  credentials: 'pages.credentials',
  credential: 'pages.credential',
  'rule-packs': 'pages.rulePacks',
  packet: 'pages.packet',
  trash: 'pages.trash',
  audits: 'audits.title',
  plan: 'planning.title',
  drafts: 'drafts.title',
};
