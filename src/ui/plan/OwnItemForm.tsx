import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CatalogueItemInput } from '../../domain/plan/catalogue';
import type { ActivityKind } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { categoryOptions } from '../activities/activity-vocabulary';
import { ErrorAlert } from '../components/ErrorAlert';
import { useActivityChoices } from '../activities/useActivityChoices';
import { useSaveCatalogueItem } from './plan-queries';

type Problems = Partial<
  Record<
    'name' | 'provider' | 'kind' | 'delivery' | 'acceptedBy' | 'categories' | 'credit' | 'hours' | 'cost',
    string
  >
>;

/** An id for the person's own item: from its name, unlike any built-in id, and unique by the time it was made. */
function ownId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `own-${slug || 'item'}-${Date.now().toString(36)}`;
}

/** Adds the person's own way to earn credit (an employer's training, a chapter workshop) to the catalogue. */
export function OwnItemForm({ onClose, rulePacks }: { onClose(): void; rulePacks: RulePack[] }) {
  const { t } = useTranslation();
  const choices = useActivityChoices();
  const save = useSaveCatalogueItem();
  const [name, setName] = useState('');
  const [provider, setProvider] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [delivery, setDelivery] = useState<string | null>(null);
  const [acceptedBy, setAcceptedBy] = useState<string[]>([]);
  const [approved, setApproved] = useState(false);
  const [categories, setCategories] = useState<string[]>([]);
  const [credit, setCredit] = useState<number | string>('');
  const [hours, setHours] = useState<number | string>('');
  const [cost, setCost] = useState<number | string>('');
  const [submitted, setSubmitted] = useState(false);

  const bodies = [
    ...new Set(['AAMA', 'AMT', 'NHA', 'NCCT', 'AMCA', 'ARMA', ...rulePacks.map((pack) => pack.body)]),
  ];
  const positive = (value: number | string) => String(value).trim() !== '' && Number(value) > 0;
  const problems: Problems = {};
  if (name.trim() === '') problems.name = t('planning.ownItem.needName');
  if (provider.trim() === '') problems.provider = t('planning.ownItem.needProvider');
  if (!kind) problems.kind = t('planning.ownItem.needKind');
  if (!delivery) problems.delivery = t('planning.ownItem.needDelivery');
  if (acceptedBy.length === 0) problems.acceptedBy = t('planning.ownItem.needBodies');
  if (categories.length === 0) problems.categories = t('planning.ownItem.needCategories');
  if (!positive(credit)) problems.credit = t('planning.ownItem.needNumber');
  if (!positive(hours)) problems.hours = t('planning.ownItem.needNumber');
  if (String(cost).trim() === '' || !(Number(cost) >= 0)) problems.cost = t('planning.ownItem.needCost');
  const shown = submitted ? problems : {};

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const item: CatalogueItemInput = {
      id: ownId(name),
      name: name.trim(),
      provider: provider.trim(),
      kind: kind as ActivityKind,
      acceptedBy,
      aamaApproved: approved,
      categories,
      creditPerUnit: Number(credit),
      hoursPerUnit: Number(hours),
      pricing: 'per_unit',
      costMember: Number(cost),
      costNonMember: Number(cost),
      delivery: delivery as CatalogueItemInput['delivery'],
      creditRoute: 'certificate',
      source: t('planning.ownItem.source'),
    };
    save.mutate(item, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', title: t('planning.ownItem.saved'), message: saved.name });
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('planning.ownItem.title')} size="lg">
      <form
        noValidate
        aria-label={t('planning.ownItem.title')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('planning.ownItem.help')}</Text>
          {save.isError ? <ErrorAlert error={save.error} title={t('planning.ownItem.failed')} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('planning.ownItem.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={shown.name}
              maxLength={120}
              withAsterisk
            />
            <TextInput
              label={t('planning.ownItem.provider')}
              value={provider}
              onChange={(event) => setProvider(event.currentTarget.value)}
              error={shown.provider}
              maxLength={120}
              withAsterisk
            />
            <Select
              label={t('planning.ownItem.kind')}
              placeholder={t('activityForm.choose')}
              data={choices.kinds}
              value={kind}
              onChange={setKind}
              allowDeselect={false}
              error={shown.kind}
              withAsterisk
            />
            <Select
              label={t('planning.ownItem.delivery')}
              placeholder={t('activityForm.choose')}
              data={choices.deliveries}
              value={delivery}
              onChange={setDelivery}
              allowDeselect={false}
              error={shown.delivery}
              withAsterisk
            />
          </SimpleGrid>
          <MultiSelect
            label={t('planning.ownItem.acceptedBy')}
            description={t('planning.ownItem.acceptedByHelp')}
            data={bodies}
            value={acceptedBy}
            onChange={setAcceptedBy}
            error={shown.acceptedBy}
            withAsterisk
          />
          <Checkbox
            label={t('planning.ownItem.approved')}
            checked={approved}
            onChange={(event) => setApproved(event.currentTarget.checked)}
          />
          <MultiSelect
            label={t('planning.ownItem.categories')}
            data={choices.categories(categoryOptions(rulePacks))}
            value={categories}
            onChange={setCategories}
            error={shown.categories}
            withAsterisk
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t('planning.ownItem.creditPerUnit')}
              min={0}
              decimalScale={2}
              allowNegative={false}
              value={credit}
              onChange={setCredit}
              error={shown.credit}
              withAsterisk
            />
            <NumberInput
              label={t('planning.ownItem.hoursPerUnit')}
              min={0}
              decimalScale={2}
              allowNegative={false}
              value={hours}
              onChange={setHours}
              error={shown.hours}
              withAsterisk
            />
            <NumberInput
              label={t('planning.ownItem.cost')}
              description={t('planning.ownItem.costHelp')}
              min={0}
              decimalScale={2}
              allowNegative={false}
              prefix="$"
              value={cost}
              onChange={setCost}
              error={shown.cost}
              withAsterisk
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('planning.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('planning.ownItem.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
