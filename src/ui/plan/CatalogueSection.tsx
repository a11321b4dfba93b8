import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type CatalogueItem, catalogueLastChecked, catalogueVersion } from '../../domain/plan/catalogue';
import type { RulePack } from '../../domain/rule-pack';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate, formatMoney } from '../components/format';
import { SectionCard } from '../credentials/SectionCard';
import { OwnItemForm } from './OwnItemForm';
import { useDeleteCatalogueItem, useSetCatalogueOwned } from './plan-queries';

/** The catalogue the planner chooses from: what the person owns is marked, and they add their own. */
export function CatalogueSection({
  catalogue,
  rulePacks,
}: {
  catalogue: CatalogueItem[];
  rulePacks: RulePack[];
}) {
  const { t, i18n } = useTranslation();
  const setOwned = useSetCatalogueOwned();
  const remove = useDeleteCatalogueItem();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CatalogueItem | null>(null);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  const price = (item: CatalogueItem) => {
    const nonMember = item.costNonMember;
    const memberCost = item.costMember;
    if (nonMember === null && memberCost === null) return t('planning.catalogue.priceUnknown');
    const each = (amount: number) =>
      item.pricing === 'yearly_membership'
        ? t('planning.catalogue.perYear', { price: formatMoney(amount) })
        : t('planning.catalogue.perCourse', { price: formatMoney(amount) });
    if (nonMember === null && memberCost !== null) {
      return t('planning.catalogue.membersOnly', { member: each(memberCost) });
    }
    if (nonMember !== null && memberCost !== null && nonMember !== memberCost) {
      return t('planning.catalogue.memberPrice', {
        nonMember: each(nonMember),
        member: formatMoney(memberCost),
      });
    }
    return each((nonMember ?? memberCost)!);
  };

  return (
    <SectionCard
      title={t('planning.catalogue.heading')}
      description={t('planning.catalogue.help', {
        version: catalogueVersion,
        date: formatDate(catalogueLastChecked),
      })}
      actions={
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('planning.catalogue.addOwn')}
        </Button>
      }
    >
      {setOwned.isError ? (
        <ErrorAlert error={setOwned.error} title={t('planning.catalogue.ownedFailed')} />
      ) : null}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planning.catalogue.name')}</Table.Th>
              <Table.Th scope="col">{t('planning.catalogue.provider')}</Table.Th>
              <Table.Th scope="col">{t('planning.catalogue.price')}</Table.Th>
              <Table.Th scope="col">{t('planning.catalogue.acceptedBy')}</Table.Th>
              <Table.Th scope="col">{t('planning.catalogue.owned')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {catalogue.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap={6} wrap="nowrap">
                    <span>{item.name}</span>
                    {item.custom ? (
                      <Badge size="sm" variant="light" color="grape">
                        {t('planning.catalogue.yours')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>{item.provider}</Table.Td>
                <Table.Td>{price(item)}</Table.Td>
                <Table.Td>{list.format(item.acceptedBy)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Checkbox
                      aria-label={t('planning.catalogue.ownedLabel', { name: item.name })}
                      checked={item.owned}
                      disabled={setOwned.isPending && setOwned.variables?.itemId === item.id}
                      onChange={(event) =>
                        setOwned.mutate({ itemId: item.id, owned: event.currentTarget.checked })
                      }
                    />
                    {item.custom ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={12} aria-hidden />}
                        aria-label={t('planning.catalogue.removeOwnLabel', { name: item.name })}
                        onClick={() => setRemoving(item)}
                      >
                        {t('planning.catalogue.removeOwn')}
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {adding ? <OwnItemForm onClose={() => setAdding(false)} rulePacks={rulePacks} /> : null}
      <ConfirmDelete
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('planning.catalogue.removeOwnLabel', { name: removing?.name ?? '' })}
        confirmLabel={t('planning.catalogue.removeOwn')}
        onConfirm={async () => {
          await remove.mutateAsync(removing!.id);
          notifications.show({
            color: 'teal',
            title: t('planning.catalogue.removedOwn'),
            message: removing!.name,
          });
        }}
      >
        <Text size="sm">{removing?.name}</Text>
      </ConfirmDelete>
    </SectionCard>
  );
}
