import { SampleBanner } from '../sample/SampleBanner';
import { AppShell, Box, Burger, Container, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLock, IconStethoscope } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { PortfolioTransferMenu } from '../transfer/PortfolioTransferMenu';
import { DataFolderIndicator } from './DataFolderIndicator';
import { ErrorBoundary } from './ErrorBoundary';
import { Navigation } from './Navigation';
import { PageContent } from './PageContent';
import { SkipLink } from './SkipLink';
import { useTranslation } from 'react-i18next';
import { pageTitles } from './pages';
import { onEvent } from '../api/client';
import { hrefOf, navigate, useRoute } from './route';

/** The window's frame: header, sidebar and the current page in the main region. */
export function AppLayout({ holderName }: { holderName: string | null }) {
  const route = useRoute();
  const [navOpened, nav] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const href = hrefOf(route);
  const { t } = useTranslation();
  const title = t(pageTitles[route.page]);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  // File > Export packet… in the app menu: the packet screen is where a credential is chosen.
  useEffect(
    () =>
      onEvent('menuCommand', ({ command }) => {
        if (command === 'exportPacket') navigate({ page: 'packet' });
      }),
    [],
  );

  // After moving to another page, put keyboard and screen-reader focus at its start
  // rather than leaving it on the link that was clicked.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [href]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={0}
      bg="var(--ceu-surface)"
    >
      <SkipLink onSkip={() => mainRef.current?.focus()} />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.showNavigation')}
            />
            <ThemeIcon size={34} radius="md" variant="filled" aria-hidden>
              <IconStethoscope size={20} />
            </ThemeIcon>
            <Text fw={700} fz="lg" c="var(--ceu-brand-text)">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <DataFolderIndicator />
            <PortfolioTransferMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        <AppShell.Section grow>
          <Navigation route={route} onNavigate={nav.close} />
        </AppShell.Section>
        <AppShell.Section>
          <Box p="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            {holderName && (
              <Text size="sm" fw={600} truncate="end">
                {holderName}
              </Text>
            )}
            <Group gap={4} wrap="nowrap">
              <IconLock size={12} aria-hidden color="var(--mantine-color-dimmed)" />
              <Text size="xs" c="dimmed">
                {t('shell.private')}
              </Text>
            </Group>
          </Box>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main aria-label={title} ref={mainRef} tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="lg" py="xl" px="lg">
          <SampleBanner />
          <ErrorBoundary resetKey={href}>
            <PageContent key={href} route={route} />
          </ErrorBoundary>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
