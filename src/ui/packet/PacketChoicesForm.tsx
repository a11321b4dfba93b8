import { Alert, Checkbox, Group, Select, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { messageOf } from '../api/client';
import { formatDate } from '../components/format';
import { credentialLabel, type useEvaluation } from '../components/portfolio-queries';
import { StatusBadge } from '../components/StatusBadge';
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
  const packs = new Map(rulePacks.map((pack) => [pack.id, pack]));
  const options = credentials.map((credential) => {
    const pack = packs.get(credential.rulePackId);
    const number = credential.credentialNumber ? ` · No. ${credential.credentialNumber}` : '';
    return {
      value: String(credential.id),
      label: `${pack ? credentialLabel(pack) : credential.rulePackId}${number}`,
    };
  });
  const standing = evaluation.data?.credentials.find((c) => c.credentialId === choices.credentialId);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Select
          label="Credential"
          data={options}
          value={String(choices.credentialId)}
          onChange={(value) => value && onChange({ credentialId: Number(value) })}
          allowDeselect={false}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="packet-cycle-label">
            Cycle
          </Text>
          {evaluation.isPending ? (
            <Skeleton height={36} aria-label="Loading the current cycle" />
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
                The current cycle. {standing.headline}
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              The cycle could not be worked out for this credential.
            </Text>
          )}
        </div>
      </SimpleGrid>
      <Stack gap="sm">
        <Checkbox
          checked={choices.includeNotCounted}
          onChange={(event) => onChange({ includeNotCounted: event.currentTarget.checked })}
          label="Include activities that do not count"
          description="A section listing them with the reason each does not count."
        />
        <Checkbox
          checked={choices.includeManifest}
          onChange={(event) => onChange({ includeManifest: event.currentTarget.checked })}
          label="Include a manifest page"
          description="The original file name and SHA-256 fingerprint of every certificate, to show nothing was altered."
        />
      </Stack>
    </Stack>
  );
}
