import { NavLink, Stack } from '@mantine/core';
import {
  IconBook2,
  IconCertificate,
  IconClipboardCheck,
  IconFileExport,
  IconFileImport,
  IconLayoutDashboard,
  IconRoute,
  IconListDetails,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../domain/i18n/translator';
import { hrefOf, type Route, sectionOf } from './route';

const entries = [
  { section: 'dashboard', label: 'nav.dashboard', route: { page: 'dashboard' }, icon: IconLayoutDashboard },
  { section: 'activities', label: 'nav.activities', route: { page: 'activities' }, icon: IconListDetails },
  { section: 'drafts', label: 'drafts.nav', route: { page: 'drafts' }, icon: IconFileImport },
  { section: 'credentials', label: 'nav.credentials', route: { page: 'credentials' }, icon: IconCertificate },
  { section: 'rule-packs', label: 'nav.rulePacks', route: { page: 'rule-packs' }, icon: IconBook2 },
  { section: 'packet', label: 'nav.packet', route: { page: 'packet' }, icon: IconFileExport },
  { section: 'plan', label: 'planning.nav', route: { page: 'plan' }, icon: IconRoute },
  { section: 'audits', label: 'audits.nav', route: { page: 'audits' }, icon: IconClipboardCheck },
  { section: 'trash', label: 'nav.trash', route: { page: 'trash' }, icon: IconTrash },
] as const satisfies readonly {
  section: ReturnType<typeof sectionOf>;
  label: MessageKey;
  route: Route;
  icon: unknown;
}[];

/** The sidebar: plain links, so they work with the keyboard, Back/Forward and middle-click. */
export function Navigation({ route, onNavigate }: { route: Route; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const current = sectionOf(route);
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={4}>
        {entries.map(({ section, label, route: target, icon: Icon }) => {
          const active = current === section;
          return (
            <NavLink
              key={section}
              href={hrefOf(target)}
              label={t(label)}
              leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
              fw={500}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
