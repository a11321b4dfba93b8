import { useMemo, useState } from 'react';
import { PacketLanguageNotice } from './PacketLanguageNotice';
import { useTranslation } from 'react-i18next';
import { Box, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconIdBadge2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CertificateProblem, OpenItem } from '../../domain/packet';
import { call } from '../api/client';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import { useCredentials, useEvaluation, useRulePacks } from '../components/portfolio-queries';
import { navigate } from '../shell/route';
import { useActivities } from '../activities/activity-queries';
import { CertificateCheck } from './CertificateCheck';
import { PacketChoicesForm } from './PacketChoicesForm';
import type { PacketChoices } from './packet-choices';
import { choicesKey, initialChoices, toPacketRequest } from './packet-choices';
import { OpenItems } from './OpenItems';
import { PacketExport } from './PacketExport';
import type { PreviewResult } from './PacketPreview';
import { PacketPreview } from './PacketPreview';
import { usePacketExport } from './usePacketExport';

/** Builds the recertification packet for one credential: check, preview, export. */
export function PacketPage({ credentialId, asOf }: { credentialId?: number; asOf?: string }) {
  const credentials = useCredentials();
  const rulePacks = useRulePacks();
  const evaluation = useEvaluation();
  const activities = useActivities();
  const { t } = useTranslation();

  if (credentials.isError || rulePacks.isError) {
    return (
      <>
        <PageHeader title={t('pages.packet')} />
        <ErrorAlert
          error={credentials.error ?? rulePacks.error}
          title={t('packet.credentialsFailed')}
          onRetry={() => {
            void credentials.refetch();
            void rulePacks.refetch();
          }}
        />
      </>
    );
  }
  if (credentials.isPending || rulePacks.isPending)
    return <PageLoader label={t('packet.loadingCredentials')} />;
  if (credentials.data.length === 0) {
    return (
      <>
        <PageHeader title={t('pages.packet')} description={t('packet.emptyDescription')} />
        <EmptyState
          icon={<IconIdBadge2 size={32} aria-hidden />}
          title={t('packet.addCredentialFirst')}
          description={t('packet.addCredentialFirstText')}
          action={
            <Button onClick={() => navigate({ page: 'credentials' })}>{t('packet.goToCredentials')}</Button>
          }
        />
      </>
    );
  }
  const known = credentials.data.some((c) => c.id === credentialId);
  return (
    <PacketWorkspace
      key={known ? `${credentialId}-${asOf ?? 'current'}` : 'first'}
      initialCredentialId={known ? credentialId! : credentials.data[0]!.id}
      initialAsOf={known ? (asOf ?? null) : null}
      credentials={credentials.data}
      rulePacks={rulePacks.data}
      evaluation={evaluation}
      activities={activities.data ?? []}
    />
  );
}

type WorkspaceProps = {
  initialCredentialId: number;
  initialAsOf: string | null;
  credentials: NonNullable<ReturnType<typeof useCredentials>['data']>;
  rulePacks: NonNullable<ReturnType<typeof useRulePacks>['data']>;
  evaluation: ReturnType<typeof useEvaluation>;
  activities: NonNullable<ReturnType<typeof useActivities>['data']>;
};

function PacketWorkspace({
  initialCredentialId,
  initialAsOf,
  credentials,
  rulePacks,
  evaluation,
  activities,
}: WorkspaceProps) {
  const [choices, setChoices] = useState<PacketChoices>(() =>
    initialChoices(initialCredentialId, initialAsOf),
  );
  const { t } = useTranslation();
  const [problems, setProblems] = useState<CertificateProblem[] | null>(null);
  const [openItems, setOpenItems] = useState<OpenItem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const packetExport = usePacketExport(setProblems);
  // A finished cycle's packet shows that cycle, as it stood on its last day.
  const pastEvaluation = useEvaluation(choices.asOf ?? undefined);

  const credentialId = choices.credentialId ?? initialCredentialId;
  const options = useMemo(() => toPacketRequest({ ...choices, credentialId }), [choices, credentialId]);
  const key = choicesKey(choices);

  const change = (next: Partial<PacketChoices>) => {
    if (next.credentialId !== undefined && next.credentialId !== choices.credentialId) {
      // A different credential is a different packet: earlier results no longer apply.
      setProblems(null);
      setOpenItems(null);
      setCheckError(null);
      setPreview(null);
      setPreviewError(null);
    }
    // Another credential's packet is for its current cycle.
    const asOf = next.credentialId !== undefined && next.credentialId !== credentialId ? { asOf: null } : {};
    setChoices((current) => ({ ...current, ...asOf, ...next }));
  };

  const check = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      const result = await call('checkPacket', options);
      setProblems(result.problems);
      setOpenItems(result.openItems);
    } catch (error) {
      setCheckError(error);
    } finally {
      setChecking(false);
    }
  };

  const makePreview = async () => {
    setPreviewing(true);
    setPreviewError(null);
    try {
      const result = await call('previewPacket', options);
      setPreview({ ...result, key });
    } catch (error) {
      setPreviewError(error);
    } finally {
      setPreviewing(false);
    }
  };

  return (
    <>
      <PageHeader title={t('pages.packet')} description={t('packet.description')} />
      <Stack gap="lg">
        <PacketLanguageNotice />
        <Step number={1} title={t('packet.stepChoose')}>
          <PacketChoicesForm
            choices={{ ...choices, credentialId }}
            onChange={change}
            credentials={credentials}
            rulePacks={rulePacks}
            evaluation={choices.asOf ? pastEvaluation : evaluation}
          />
        </Step>
        <Step number={2} title={t('packet.stepCheck')}>
          <CertificateCheck
            problems={problems}
            checking={checking}
            checkError={checkError}
            onCheck={() => void check()}
            passwords={choices.passwords}
            onPasswordChange={(sha256, password) =>
              change({ passwords: { ...choices.passwords, [sha256]: password } })
            }
            allowPlaceholders={choices.allowPlaceholders}
            onAllowPlaceholdersChange={(allowPlaceholders) => change({ allowPlaceholders })}
            activities={activities}
          />
          {openItems && openItems.length > 0 ? (
            <Box mt="md">
              <OpenItems items={openItems} />
            </Box>
          ) : null}
          {openItems && openItems.length === 0 ? (
            <Text size="sm" mt="md" role="status">
              {t('preflight.nothingOpen')}
            </Text>
          ) : null}
        </Step>
        <Step number={3} title={t('packet.stepPreview')}>
          <PacketPreview
            preview={preview}
            previewing={previewing}
            previewError={previewError}
            outdated={preview !== null && preview.key !== key}
            onPreview={() => void makePreview()}
          />
        </Step>
        <Step number={4} title={t('packet.stepExport')}>
          <PacketExport
            state={packetExport.state}
            onExport={() => void packetExport.start(options)}
            onExportAnyway={() => void packetExport.start({ ...options, exportAnyway: true })}
            onCancel={packetExport.cancel}
          />
        </Step>
      </Stack>
    </>
  );
}

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={`packet-step-${number}`}>
      <Title order={2} size="h4" mb="md" id={`packet-step-${number}`}>
        <Text span c="var(--ceu-accent-text)" fw={700} mr={8} aria-hidden>
          {number}.
        </Text>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
