import { MantineProvider } from '@mantine/core';
import { LanguageProvider } from './i18n/LanguageProvider';
import { DatesProvider } from '@mantine/dates';
// The calendar's month and day names in Spanish; English is dayjs's own.
import 'dayjs/locale/es';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { call, keys } from './api/client';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Root } from './shell/Root';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, themeWithNames } from './theme';

// The data is local and every failure already carries a message for the user, so a
// failed call is shown at once rather than retried, and nothing refetches on focus.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 2_000 },
    mutations: { retry: false },
  },
});

// What the first screen needs, asked for at once and side by side rather than one
// after another as components mount. A failure here is shown by the page that reads it.
for (const [queryKey, queryFn] of [
  [keys.holder, () => call('getHolder', undefined)],
  [keys.summary(), () => call('summarize', {})],
  [keys.rulePacks, () => call('listRulePacks', undefined)],
  [keys.credentials, () => call('listCredentials', undefined)],
] as const) {
  void queryClient.prefetchQuery({ queryKey, queryFn: queryFn as () => Promise<unknown> });
}

export function App() {
  return (
    <LanguageProvider>
      <ThemedApp />
    </LanguageProvider>
  );
}

function ThemedApp() {
  const { t, i18n } = useTranslation();
  const theme = useMemo(
    () =>
      themeWithNames({
        close: t('access.close'),
        closeNotification: t('access.closeNotification'),
        clearDate: t('access.clearDate'),
        calendar: {
          nextMonth: t('access.nextMonth'),
          previousMonth: t('access.previousMonth'),
          nextYear: t('access.nextYear'),
          previousYear: t('access.previousYear'),
          nextDecade: t('access.nextDecade'),
          previousDecade: t('access.previousDecade'),
          monthLevelControl: t('access.chooseMonth'),
          yearLevelControl: t('access.chooseYear'),
        },
      }),
    [t],
  );
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: i18n.language === 'es' ? 'es' : 'en', firstDayOfWeek: 0 }}>
        <Notifications position="top-right" limit={4} />
        <ErrorBoundary fullScreen>
          <QueryClientProvider client={queryClient}>
            <Root />
          </QueryClientProvider>
        </ErrorBoundary>
      </DatesProvider>
    </MantineProvider>
  );
}
