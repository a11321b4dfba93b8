import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPlus, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MessageKey, MessageValues } from '../../domain/i18n/translator';
import type { CatalogueItem } from '../../domain/plan/catalogue';
import type { PortfolioPlan } from '../../domain/plan/types';
import { describePlan } from '../../domain/plan/words';
import type { ChosenToPlan } from '../../domain/plan/to-planned';
import { ErrorAlert } from '../components/ErrorAlert';
import { getDisplayLocale } from '../components/format';
import { SectionCard } from '../credentials/SectionCard';
import { useKeepPlanItem, useMakePlan } from './plan-queries';

/** The person's limits, the plan the solver finds within them, and a way to keep what suits them. */
export function MakePlan({ catalogue }: { catalogue: readonly CatalogueItem[] }) {
  const { t } = useTranslation();
  const make = useMakePlan();
  const keep = useKeepPlanItem();
  const [budget, setBudget] = useState<number | string>('');
  const [hours, setHours] = useState<number | string>('');
  const [member, setMember] = useState(false);
  const [preferred, setPreferred] = useState<string[]>([]);
  const [excluded, setExcluded] = useState<string[]>([]);
  const itemChoices = catalogue.map((item) => ({ value: item.id, label: item.name }));
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());

  const limitOf = (value: number | string) => (String(value).trim() === '' ? null : Number(value));
  const badBudget = limitOf(budget) !== null && !(limitOf(budget)! >= 0);
  const badHours = limitOf(hours) !== null && !(limitOf(hours)! >= 0);

  const submit = () => {
    if (badBudget || badHours) return;
    setKept(new Set());
    make.mutate({
      budget: limitOf(budget),
      hoursPerMonth: limitOf(hours),
      member,
      preferred,
      excluded,
    });
  };

  return (
    <SectionCard title={t('planning.make.heading')} description={t('planning.make.help')}>
      <form
        noValidate
        aria-label={t('planning.make.heading')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Group align="flex-start" gap="md" wrap="wrap">
            <NumberInput
              label={t('planning.make.budget')}
              description={t('planning.make.noLimit')}
              min={0}
              decimalScale={2}
              allowNegative={false}
              prefix="$"
              value={budget}
              onChange={setBudget}
              error={badBudget ? t('planning.make.notAnAmount') : undefined}
              w={240}
            />
            <NumberInput
              label={t('planning.make.hours')}
              description={t('planning.make.noLimit')}
              min={0}
              allowNegative={false}
              value={hours}
              onChange={setHours}
              error={badHours ? t('planning.make.notAnAmount') : undefined}
              w={240}
            />
          </Group>
          <Group align="flex-start" gap="md" grow wrap="wrap">
            <MultiSelect
              label={t('planning.make.prefer')}
              description={t('planning.make.preferHelp')}
              data={itemChoices.filter((choice) => !excluded.includes(choice.value))}
              value={preferred}
              onChange={setPreferred}
              clearable
              miw={260}
            />
            <MultiSelect
              label={t('planning.make.exclude')}
              description={t('planning.make.excludeHelp')}
              data={itemChoices.filter((choice) => !preferred.includes(choice.value))}
              value={excluded}
              onChange={setExcluded}
              clearable
              miw={260}
            />
          </Group>
          <Checkbox
            label={t('planning.make.member')}
            checked={member}
            onChange={(event) => setMember(event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" leftSection={<IconRoute size={16} aria-hidden />} loading={make.isPending}>
              {t('planning.make.submit')}
            </Button>
          </Group>
          <div aria-live="polite">
            {make.isPending ? <Text size="sm">{t('planning.make.working')}</Text> : null}
          </div>
          {make.isError ? <ErrorAlert error={make.error} title={t('planning.make.failed')} /> : null}
          {make.data && !make.isPending ? (
            <PlanResultView
              plan={make.data}
              locale={getDisplayLocale()}
              kept={kept}
              keeping={keep.isPending ? keep.variables?.itemId : undefined}
              keepError={keep.isError ? keep.error : null}
              onKeep={(chosen, name) =>
                keep.mutate(chosen, {
                  onSuccess: (added) => {
                    setKept((before) => new Set([...before, chosen.itemId]));
                    notifications.show({
                      color: 'teal',
                      title: t('planning.make.kept', { count: added.length, name }),
                      message: '',
                    });
                  },
                })
              }
            />
          ) : null}
        </Stack>
      </form>
    </SectionCard>
  );
}

function PlanResultView({
  plan,
  locale,
  kept,
  keeping,
  keepError,
  onKeep,
}: {
  plan: PortfolioPlan;
  locale: string;
  kept: ReadonlySet<string>;
  keeping: string | undefined;
  keepError: unknown;
  onKeep(chosen: ChosenToPlan, name: string): void;
}) {
  const { t } = useTranslation();
  const say = (key: MessageKey, values?: MessageValues) => t(key, values ?? {});
  const words = describePlan(plan.result, plan.asOf, say, locale);
  const result = plan.result;
  const chosenOf = (itemId: string): ChosenToPlan | null => {
    if (result.kind !== 'plan') return null;
    const item = result.items.find((i) => i.itemId === itemId);
    if (!item || item.uses.length === 0) return null;
    const months = result.months.flatMap((month) =>
      month.items
        .filter((cell) => cell.itemId === itemId && cell.units > 0)
        .map((cell) => ({ month: month.month, units: cell.units, cost: cell.cost })),
    );
    if (months.length === 0) return null;
    return {
      itemId,
      months,
      uses: item.uses.map((use) => ({
        credentialId: use.credentialId,
        points: use.points,
        byCategory: { ...use.byCategory },
      })),
    };
  };

  return (
    <Stack gap="md" role="region" aria-label={t('planning.make.resultLabel')}>
      <Title order={3} fz="md">
        {words.heading}
      </Title>
      {words.noPlan.length > 0 ? (
        <Alert color="orange" variant="light" title={words.noPlan[0]}>
          <List size="sm">
            {words.noPlan.slice(1).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {words.nothing ? <Text>{words.nothing}</Text> : null}
      {keepError ? <ErrorAlert error={keepError} title={t('planning.make.keepFailed')} /> : null}
      {words.items.length > 0 ? (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {words.items.map(({ itemId, text }) => {
            const chosen = chosenOf(itemId);
            const name =
              result.kind === 'plan'
                ? (result.items.find((i) => i.itemId === itemId)?.name ?? itemId)
                : itemId;
            return (
              <Card component="li" key={itemId} withBorder padding="sm">
                <Group justify="space-between" align="center" wrap="wrap" gap="sm">
                  <Text size="sm" style={{ flex: '1 1 360px', minWidth: 0 }}>
                    {text}
                  </Text>
                  {kept.has(itemId) ? (
                    <Badge color="teal" variant="light" leftSection={<IconCheck size={12} aria-hidden />}>
                      {t('planning.make.inPlan')}
                    </Badge>
                  ) : chosen ? (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      aria-label={t('planning.make.keepLabel', { name })}
                      loading={keeping === itemId}
                      onClick={() => onKeep(chosen, name)}
                    >
                      {t('planning.make.keep')}
                    </Button>
                  ) : null}
                </Group>
              </Card>
            );
          })}
        </Stack>
      ) : null}
      {words.total ? <Text fw={600}>{words.total}</Text> : null}
      {words.months.length > 0 ? (
        <div>
          <Title order={4} fz="sm" mb={4}>
            {t('planning.make.months')}
          </Title>
          <List size="sm" spacing={2}>
            {words.months.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <div>
        <Title order={4} fz="sm" mb={4}>
          {t('planning.make.credentials')}
        </Title>
        <List size="sm" spacing={2}>
          {words.outcomes.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </div>
      {words.withoutPrice ? (
        <Text size="sm" c="dimmed">
          {words.withoutPrice}
        </Text>
      ) : null}
    </Stack>
  );
}
