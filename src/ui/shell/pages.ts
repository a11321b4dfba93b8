import type { PageName } from './route';

/** Each page's name: its h1 context, the main region's accessible name and the window title. */
export const pageTitles: Record<PageName, string> = {
  dashboard: 'Dashboard',
  activities: 'Activities',
  activity: 'Activity',
  credentials: 'Credentials',
  credential: 'Credential',
  'rule-packs': 'Rule packs',
  packet: 'Export packet',
  trash: 'Trash',
};
