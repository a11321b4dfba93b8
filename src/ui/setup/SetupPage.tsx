import { useTranslation } from 'react-i18next';
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
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { useHolder, useRulePacks } from '../components/portfolio-queries';
import { CredentialForm } from '../credentials/CredentialForm';
import { HolderForm } from './HolderForm';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { SampleOffer } from './SampleOffer';
import { TransferResultModal } from '../transfer/TransferResultModal';
import { usePortfolioTransfer } from '../transfer/usePortfolioTransfer';
import { VerifyReportModal } from '../transfer/VerifyReportModal';

/**
 * The first thing a new user sees: what the app is, that it is private, then their
 * name and their credential, in two short steps. Or one click to a sample portfolio.
 */
export function SetupPage({ onFinished }: { onFinished: () => void }) {
  const [step, setStep] = useState(0);
  const credentialHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step === 1) credentialHeading.current?.focus();
  }, [step]);
  const holder = useHolder();
  const packs = useRulePacks();
  // File > Import portfolio… works on the welcome page too: a person moving to a new computer starts there.
  const transfer = usePortfolioTransfer();
  const { t } = useTranslation();
  const closeTransfer = () => {
    const imported = transfer.outcome?.kind === 'imported';
    transfer.closeOutcome();
    if (imported) onFinished();
  };

  useEffect(() => {
    document.title = `${t('setup.windowTitle')} — ${t('app.name')}`;
  }, [t]);

  return (
    <Box bg="var(--ceu-surface)" mih="100vh" py={48}>
      <Container size={720} component="main" aria-label={t('setup.windowTitle')}>
        <Stack gap="xl">
          <Stack gap="sm">
            <Group justify="space-between" align="center" wrap="wrap" gap="sm">
              <Group gap="sm">
                <ThemeIcon size={44} radius="md" aria-hidden>
                  <IconStethoscope size={26} />
                </ThemeIcon>
                <Title order={1} fz={30}>
                  {t('setup.title')}
                </Title>
              </Group>
              <LanguageSwitch />
            </Group>
            <Text size="lg" c="var(--ceu-strong-text)">
              {t('setup.intro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mt="xs">
              <Feature icon={<IconFileCertificate size={18} />} text={t('setup.featureRecord')} />
              <Feature icon={<IconListCheck size={18} />} text={t('setup.featureCounts')} />
              <Feature icon={<IconLock size={18} />} text={t('setup.featurePrivate')} />
            </SimpleGrid>
          </Stack>

          {/* Only for a new, empty portfolio: never under a name the person has typed. */}
          {holder.isSuccess && holder.data === null ? <SampleOffer onLoaded={onFinished} /> : null}
          <TransferResultModal outcome={transfer.outcome} onClose={closeTransfer} />
          <VerifyReportModal report={transfer.report} onClose={transfer.closeReport} />

          <Paper withBorder p="xl" radius="md" shadow="xs">
            <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
              <Stepper.Step
                label={t('setup.stepYou')}
                description={t('setup.stepYouHelp')}
                icon={<IconUser size={18} aria-hidden />}
              >
                <Stack gap="md" mt="lg">
                  <Text size="sm" c="dimmed">
                    {t('setup.nameFirst')}
                  </Text>
                  <HolderForm
                    holder={holder.data ?? null}
                    submitLabel={t('setup.continue')}
                    onSaved={() => setStep(1)}
                  />
                </Stack>
              </Stepper.Step>
              <Stepper.Step
                label={t('setup.stepCredential')}
                description={t('setup.stepCredentialHelp')}
                icon={<IconCertificate size={18} aria-hidden />}
              >
                <Stack gap="md" mt="lg">
                  {/* Focus moves here after Continue, so a screen reader says where the person is. */}
                  <Title order={2} fz="lg" ref={credentialHeading} tabIndex={-1}>
                    {t('setup.addCredential')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('setup.addCredentialText')}
                  </Text>
                  {packs.isPending && <PageLoader label={t('setup.loadingPacks')} />}
                  {packs.isError && (
                    <ErrorAlert
                      error={packs.error}
                      title={t('setup.packsFailed')}
                      onRetry={() => packs.refetch()}
                    />
                  )}
                  {packs.data && (
                    <CredentialForm
                      packs={packs.data}
                      submitLabel={t('setup.finish')}
                      onSaved={onFinished}
                      extraActions={
                        <>
                          <Button variant="subtle" color="gray" onClick={() => setStep(0)}>
                            {t('setup.back')}
                          </Button>
                          <Button variant="default" onClick={onFinished}>
                            {t('setup.skip')}
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
      <Text size="sm" c="var(--ceu-strong-text)">
        {text}
      </Text>
    </Group>
  );
}
