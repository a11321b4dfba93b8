import { Button, Center, Code, Group, Paper, Spoiler, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconMoodSad, IconRefresh } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** When this changes (the user went to another page) the boundary tries again. */
  resetKey?: string;
  /** Fill the window (the outermost boundary) or just the page area. */
  fullScreen?: boolean;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/**
 * A friendly message with a Reload button instead of a white screen when a page breaks.
 * Saved data lives in the main process, so reloading the window never loses it.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The renderer's console is collected with the main process log; keep the stack there.
    console.error('A page failed to show', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <BrokenScreen error={this.state.error} fullScreen={this.props.fullScreen} />;
  }
}

/** What a broken screen shows: reassurance, a Reload button, and the detail for support. */
function BrokenScreen({ error, fullScreen }: { error: Error; fullScreen?: boolean }) {
  const { t } = useTranslation();
  const content = (
    <Paper withBorder p="xl" radius="md" maw={560} w="100%" role="alert">
      <Stack gap="md">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={44} radius="xl" variant="light" color="orange">
            <IconMoodSad size={26} aria-hidden />
          </ThemeIcon>
          <Title order={2} fz="lg">
            {t('broken.title')}
          </Title>
        </Group>
        <Text size="sm">{t('broken.text')}</Text>
        <Spoiler maxHeight={0} showLabel={t('broken.showDetails')} hideLabel={t('broken.hideDetails')}>
          <Code block>{error.message}</Code>
        </Spoiler>
        <Group>
          <Button
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            {t('broken.reload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
  return fullScreen ? (
    <Center mih="100vh" p="md">
      {content}
    </Center>
  ) : (
    <Center py="xl">{content}</Center>
  );
}
