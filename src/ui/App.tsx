import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Root } from './shell/Root';
import { theme } from './theme';

// The data is local and every failure already carries a message for the user, so a
// failed call is shown at once rather than retried, and nothing refetches on focus.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'en', firstDayOfWeek: 0 }}>
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
