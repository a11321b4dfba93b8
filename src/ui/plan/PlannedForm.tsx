import { useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Text,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PlannedActivity } from '../../domain/plan/planned';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { categoryOptions, credentialNames } from '../activities/activity-vocabulary';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { useActivityChoices } from '../activities/useActivityChoices';
import { useSavePlanned } from './plan-queries';
import { WillItCountOf } from '../activities/WillItCount';

type Props = {
  onClose(): void;
  /** The planned activity being changed; a new one when absent. */
  planned?: PlannedActivity;
  credentials: Credential[];
  rulePacks: RulePack[];
};

type Problems = Partial<
  Record<'title' | 'provider' | 'kind' | 'delivery' | 'plannedOn' | 'amount' | 'unit' | 'cost', string>
>;

/** Plans an activity: what, when, and the credit expected, for which credentials. */
export function PlannedForm({ onClose, planned, credentials, rulePacks }: Props) {
  const { t } = useTranslation();
  const choices = useActivityChoices();
  const save = useSavePlanned();
  const first = planned?.credits[0];
  const [title, setTitle] = useState(planned?.title ?? '');
  const [provider, setProvider] = useState(planned?.provider ?? '');
  const [approvingBody, setApprovingBody] = useState(planned?.approvingBody ?? '');
  const [kind, setKind] = useState<string | null>(planned?.kind ?? null);
  const [delivery, setDelivery] = useState<string | null>(planned?.delivery ?? null);
  const [plannedOn, setPlannedOn] = useState<string | null>(planned?.plannedOn ?? null);
  const [amount, setAmount] = useState<number | string>(first?.amount ?? '');
  const [unit, setUnit] = useState<string | null>(first?.unit ?? null);
  const [category, setCategory] = useState<string>(first?.category ?? '');
  const [credentialIds, setCredentialIds] = useState<number[]>(
    planned?.credentialIds ?? credentials.map((c) => c.id),
  );
  const [cost, setCost] = useState<number | string>(planned?.cost ?? '');
  const [notes, setNotes] = useState(planned?.notes ?? '');
  const [boughtOn, setBoughtOn] = useState<string | null>(planned?.boughtOn ?? null);
  const [submitted, setSubmitted] = useState(false);
  const names = credentialNames(credentials, rulePacks);

  const amountNumber = typeof amount === 'number' ? amount : Number(amount);
  const hasAmount = String(amount).trim() !== '';
  const costNumber = typeof cost === 'number' ? cost : Number(cost);
  const hasCost = String(cost).trim() !== '';
  const problems: Problems = {};
  if (title.trim() === '') problems.title = t('planning.ownItem.needName');
  if (provider.trim() === '') problems.provider = t('planning.ownItem.needProvider');
  if (!kind) problems.kind = t('activityForm.check.kind');
  if (!delivery) problems.delivery = t('activityForm.check.delivery');
  if (!plannedOn) problems.plannedOn = t('activityForm.check.completedOn');
  if (hasAmount && !(Number.isFinite(amountNumber) && amountNumber > 0 && amountNumber <= 1000))
    problems.amount = t('planning.ownItem.needNumber');
  if (hasAmount && !unit) problems.unit = t('planning.form.needUnit');
  if (!hasAmount && unit) problems.amount = t('planning.form.needAmount');
  if (hasCost && !(Number.isFinite(costNumber) && costNumber >= 0))
    problems.cost = t('planning.make.notAnAmount');
  const shown = submitted ? problems : {};
  // "Check a course before you pay for it": the engine's answer as of the planned day.
  const previewKey = JSON.stringify([
    title,
    provider,
    approvingBody,
    kind,
    delivery,
    plannedOn,
    amount,
    unit,
    category,
    credentialIds,
  ]);
  const previewIn = useMemo(
    () =>
      plannedOn && hasAmount && unit && !problems.amount
        ? {
            title: title.trim(),
            provider: provider.trim(),
            approvingBody: approvingBody.trim(),
            kind: (kind ?? 'other') as PlannedActivity['kind'],
            delivery: (delivery ?? 'online') as PlannedActivity['delivery'],
            completedOn: plannedOn,
            credits: [
              { amount: amountNumber, unit: unit as PlannedActivity['credits'][number]['unit'], category },
            ],
            credentialIds,
          }
        : null,
    // previewKey holds every value read above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [previewKey],
  );

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      {
        id: planned?.id,
        planned: {
          title: title.trim(),
          provider: provider.trim(),
          approvingBody: approvingBody.trim(),
          kind: kind as PlannedActivity['kind'],
          delivery: delivery as PlannedActivity['delivery'],
          plannedOn: plannedOn!,
          durationMinutes: planned?.durationMinutes ?? null,
          cost: hasCost ? costNumber : null,
          notes,
          credits: hasAmount
            ? [{ amount: amountNumber, unit: unit as PlannedActivity['credits'][number]['unit'], category }]
            : [],
          credentialIds,
          catalogueItemId: planned?.catalogueItemId ?? null,
          boughtOn: kind === 'self_study' ? boughtOn : null,
        },
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', title: t('planning.form.saved'), message: saved.title });
          onClose();
        },
      },
    );
  };

  const heading = planned ? t('planning.form.editTitle') : t('planning.form.newTitle');
  return (
    <Modal opened onClose={onClose} title={heading} size="lg">
      <form
        noValidate
        aria-label={heading}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {save.isError ? <ErrorAlert error={save.error} title={t('planning.form.saveFailed')} /> : null}
          <TextInput
            label={t('activityForm.courseTitle')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={shown.title}
            maxLength={300}
            withAsterisk
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('activityForm.provider')}
              value={provider}
              onChange={(event) => setProvider(event.currentTarget.value)}
              error={shown.provider}
              maxLength={200}
              withAsterisk
            />
            <TextInput
              label={t('activityForm.approvingBody')}
              description={t('planning.form.approvingBodyHelp')}
              value={approvingBody}
              onChange={(event) => setApprovingBody(event.currentTarget.value)}
              maxLength={120}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select
              label={t('activityForm.kind')}
              placeholder={t('activityForm.choose')}
              data={choices.kinds}
              value={kind}
              onChange={setKind}
              allowDeselect={false}
              error={shown.kind}
              withAsterisk
            />
            <Select
              label={t('activityForm.delivery')}
              placeholder={t('activityForm.choose')}
              data={choices.deliveries}
              value={delivery}
              onChange={setDelivery}
              allowDeselect={false}
              error={shown.delivery}
              withAsterisk
            />
            <DateField
              label={t('planning.form.plannedOn')}
              description={t('planning.form.plannedOnHelp')}
              value={plannedOn}
              onChange={(value) => setPlannedOn(value)}
              error={shown.plannedOn}
              withAsterisk
            />
          </SimpleGrid>
          {kind === 'self_study' ? (
            <DateField
              label={t('planning.form.boughtOn')}
              description={t('planning.form.boughtOnHelp')}
              value={boughtOn}
              onChange={(value) => setBoughtOn(value)}
              clearable
              maw={320}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t('planning.form.amount')}
              min={0}
              decimalScale={2}
              allowNegative={false}
              value={amount}
              onChange={setAmount}
              error={shown.amount}
            />
            <Select
              label={t('planning.form.unit')}
              placeholder={t('activityForm.choose')}
              data={choices.units}
              value={unit}
              onChange={setUnit}
              clearable
              error={shown.unit}
            />
            <Select
              label={t('planning.form.category')}
              data={[
                { value: '', label: t('planning.form.noCategory') },
                ...choices.categories(categoryOptions(rulePacks)),
              ]}
              value={category}
              onChange={(value) => setCategory(value ?? '')}
              allowDeselect={false}
            />
          </SimpleGrid>
          {credentials.length > 0 ? (
            <Checkbox.Group
              label={t('planning.form.countsToward')}
              value={credentialIds.map(String)}
              onChange={(values) => setCredentialIds(values.map(Number))}
            >
              <Group gap="lg" mt={6}>
                {credentials.map((credential) => (
                  <Checkbox
                    key={credential.id}
                    value={String(credential.id)}
                    label={names.get(credential.id)}
                  />
                ))}
              </Group>
            </Checkbox.Group>
          ) : null}
          <NumberInput
            label={t('planning.form.cost')}
            min={0}
            decimalScale={2}
            allowNegative={false}
            prefix="$"
            value={cost}
            onChange={setCost}
            error={shown.cost}
            maw={240}
          />
          <Textarea
            label={t('planning.form.notes')}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={5000}
          />
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('willItCount.title')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('planning.form.willItCountHelp')}
            </Text>
            <WillItCountOf
              input={previewIn}
              editingId={undefined}
              planned
              credentials={credentials}
              rulePacks={rulePacks}
              names={names}
            />
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('planning.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('planning.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
