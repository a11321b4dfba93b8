import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { messageOf } from '../api/client';
import { formatDate } from '../components/format';
import { credentialLabel, type useEvaluation } from '../components/portfolio-queries';
import { StatusBadge } from '../components/StatusBadge';
import { useStandingWords } from '../components/useStandingWords';
import type { PacketChoices } from './packet-choices';

type Props = {
  choices: PacketChoices & { credentialId: number };
  onChange(next: Partial<PacketChoices>): void;
  credentials: Credential[];
  rulePacks: RulePack[];
  evaluation: ReturnType<typeof useEvaluation>;
};

/** The credential, its current cycle (from the rules engine) and what else goes in the packet. */
export function PacketChoicesForm({ choices, onChange, credentials, rulePacks, evaluation }: Props) {
  const { t } = useTranslation();
  const said = useStandingWords();
  const packs = new Map(rulePacks.map((pack) => [pack.id, pack]));
  const options = credentials.map((credential) => {
    const pack = packs.get(credential.rulePackId);
    const name = pack ? credentialLabel(pack) : credential.rulePackId;
    return {
      value: String(credential.id),
      label: credential.credentialNumber
        ? t('packet.credentialNumber', { credential: name, number: credential.credentialNumber })
        : name,
    };
  });
  const standing = evaluation.data?.credentials.find((c) => c.credentialId === choices.credentialId);

  return (
    <Stack gap="md">
      {choices.asOf && (
        <Alert color="ocean" variant="light">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('renewals.packetForPastCycle', { date: formatDate(choices.asOf) })}</Text>
            <Button size="xs" variant="light" onClick={() => onChange({ asOf: null })}>
              {t('renewals.useCurrentCycle')}
            </Button>
          </Group>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Select
          label={t('packet.credential')}
          data={options}
          value={String(choices.credentialId)}
          onChange={(value) => value && onChange({ credentialId: Number(value) })}
          allowDeselect={false}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="packet-cycle-label">
            {t('packet.cycle')}
          </Text>
          {evaluation.isPending ? (
            <Skeleton height={36} aria-label={t('packet.loadingCycle')} />
          ) : evaluation.isError ? (
            <Alert color="red" variant="light" p="xs">
              {messageOf(evaluation.error)}
            </Alert>
          ) : standing ? (
            <Stack gap={4} aria-labelledby="packet-cycle-label">
              <Group gap="sm">
                <Text fw={600}>
                  {formatDate(standing.cycle.start)} – {formatDate(standing.cycle.end)}
                </Text>
                <StatusBadge status={standing.status} size="md" />
              </Group>
              <Text size="sm" c="dimmed">
                {choices.asOf
                  ? said.headline(standing)
                  : t('packet.currentCycle', { headline: said.headline(standing) })}
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('packet.noCycle')}
            </Text>
          )}
        </div>
      </SimpleGrid>
      <Stack gap="sm">
        <Checkbox
          checked={choices.includeNotCounted}
          onChange={(event) => onChange({ includeNotCounted: event.currentTarget.checked })}
          label={t('packet.includeNotCounted')}
          description={t('packet.includeNotCountedHelp')}
        />
        <Checkbox
          checked={choices.includeManifest}
          onChange={(event) => onChange({ includeManifest: event.currentTarget.checked })}
          label={t('packet.includeManifest')}
          description={t('packet.includeManifestHelp')}
        />
      </Stack>
    </Stack>
  );
}
