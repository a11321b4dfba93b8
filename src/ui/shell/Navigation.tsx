import { NavLink, Stack } from '@mantine/core';
import {
  IconBook2,
  IconCertificate,
  IconFileExport,
  IconLayoutDashboard,
  IconListDetails,
  IconTrash,
} from '@tabler/icons-react';
import { hrefOf, type Route, sectionOf } from './route';

const entries = [
  { section: 'dashboard', label: 'Dashboard', route: { page: 'dashboard' }, icon: IconLayoutDashboard },
  { section: 'activities', label: 'Activities', route: { page: 'activities' }, icon: IconListDetails },
  { section: 'credentials', label: 'Credentials', route: { page: 'credentials' }, icon: IconCertificate },
  { section: 'rule-packs', label: 'Rule packs', route: { page: 'rule-packs' }, icon: IconBook2 },
  { section: 'packet', label: 'Export packet', route: { page: 'packet' }, icon: IconFileExport },
  { section: 'trash', label: 'Trash', route: { page: 'trash' }, icon: IconTrash },
] as const satisfies readonly {
  section: ReturnType<typeof sectionOf>;
  label: string;
  route: Route;
  icon: unknown;
}[];

/** The sidebar: plain links, so they work with the keyboard, Back/Forward and middle-click. */
export function Navigation({ route, onNavigate }: { route: Route; onNavigate?: () => void }) {
  const current = sectionOf(route);
  return (
    <nav aria-label="Main">
      <Stack gap={4}>
        {entries.map(({ section, label, route: target, icon: Icon }) => {
          const active = current === section;
          return (
            <NavLink
              key={section}
              href={hrefOf(target)}
              label={label}
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
