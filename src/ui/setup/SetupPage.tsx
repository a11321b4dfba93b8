import {
  Box,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconCertificate,
  IconFileCertificate,
  IconListCheck,
  IconLock,
  IconStethoscope,
  IconUser,
} from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { useHolder, useRulePacks } from '../components/portfolio-queries';
import { CredentialForm } from '../credentials/CredentialForm';
import { HolderForm } from './HolderForm';
import { SampleOffer } from './SampleOffer';
import { TransferResultModal } from '../transfer/TransferResultModal';
import { usePortfolioTransfer } from '../transfer/usePortfolioTransfer';

/**
 * The first thing a new user sees: what the app is, that it is private, then their
 * name and their credential, in two short steps. Or one click to a sample portfolio.
 */
export function SetupPage({ onFinished }: { onFinished: () => void }) {
  const [step, setStep] = useState(0);
  const holder = useHolder();
  const packs = useRulePacks();
  // File > Import portfolio… works on the welcome page too: a person moving to a new computer starts there.
  const transfer = usePortfolioTransfer();
  const closeTransfer = () => {
    const imported = transfer.outcome?.kind === 'imported';
    transfer.closeOutcome();
    if (imported) onFinished();
  };

  useEffect(() => {
    document.title = 'Welcome — CEU Portfolio';
  }, []);

  return (
    <Box bg="var(--mantine-color-gray-0)" mih="100vh" py={48}>
      <Container size={720} component="main" aria-label="Welcome">
        <Stack gap="xl">
          <Stack gap="sm">
            <Group gap="sm">
              <ThemeIcon size={44} radius="md" aria-hidden>
                <IconStethoscope size={26} />
              </ThemeIcon>
              <Title order={1} fz={30}>
                Welcome to CEU Portfolio
              </Title>
            </Group>
            <Text size="lg" c="dark.6">
              Keep every continuing-education certificate in one place, see where each credential stands
              against its renewal rules, and export a recertification packet when it is time.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mt="xs">
              <Feature
                icon={<IconFileCertificate size={18} />}
                text="Record each course, seminar or CPR card once, with its certificate."
              />
              <Feature
                icon={<IconListCheck size={18} />}
                text="See what counts toward each credential, and why something does not."
              />
              <Feature
                icon={<IconLock size={18} />}
                text="Private: it all stays on this computer. No account, nothing uploaded."
              />
            </SimpleGrid>
          </Stack>

          <SampleOffer onLoaded={onFinished} />
          <TransferResultModal outcome={transfer.outcome} onClose={closeTransfer} />

          <Paper withBorder p="xl" radius="md" shadow="xs">
            <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
              <Stepper.Step
                label="About you"
                description="Your name"
                icon={<IconUser size={18} aria-hidden />}
              >
                <Stack gap="md" mt="lg">
                  <Text size="sm" c="dimmed">
                    Start with your name exactly as it appears on your certificates.
                  </Text>
                  <HolderForm
                    holder={holder.data ?? null}
                    submitLabel="Continue"
                    onSaved={() => setStep(1)}
                  />
                </Stack>
              </Stepper.Step>
              <Stepper.Step
                label="Your credential"
                description="What you renew"
                icon={<IconCertificate size={18} aria-hidden />}
              >
                <Stack gap="md" mt="lg">
                  <Title order={2} fz="lg">
                    Add your credential
                  </Title>
                  <Text size="sm" c="dimmed">
                    The app uses your credential's rule pack to work out your cycle, what counts, and what is
                    still needed. You can add more credentials later.
                  </Text>
                  {packs.isPending && <PageLoader label="Loading rule packs" />}
                  {packs.isError && (
                    <ErrorAlert
                      error={packs.error}
                      title="The rule packs could not be loaded"
                      onRetry={() => packs.refetch()}
                    />
                  )}
                  {packs.data && (
                    <CredentialForm
                      packs={packs.data}
                      submitLabel="Finish"
                      onSaved={onFinished}
                      extraActions={
                        <>
                          <Button variant="subtle" color="gray" onClick={() => setStep(0)}>
                            Back
                          </Button>
                          <Button variant="default" onClick={onFinished}>
                            Skip for now
                          </Button>
                        </>
                      }
                    />
                  )}
                </Stack>
              </Stepper.Step>
            </Stepper>
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}

function Feature({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon size={32} radius="xl" variant="light" aria-hidden style={{ flexShrink: 0 }}>
        {icon}
      </ThemeIcon>
      <Text size="sm" c="dark.5">
        {text}
      </Text>
    </Group>
  );
}
