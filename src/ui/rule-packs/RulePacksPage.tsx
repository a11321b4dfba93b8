import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBook2, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../domain/rule-pack';
import { call } from '../api/client';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import {
  credentialShortLabel,
  refreshStanding,
  useCredentials,
  useRulePacks,
} from '../components/portfolio-queries';
import { emptyRulePackForm, formFromRulePack } from './rule-pack-form';
import { RulePackCard } from './RulePackCard';
import { RulePackDetails } from './RulePackDetails';
import { RulePackEditor, type RulePackEditorRequest } from './RulePackEditor';

/** The rules each credential is measured against: built-in packs and the user's own. */
export function RulePacksPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const packs = useRulePacks();
  const credentials = useCredentials();
  const [viewing, setViewing] = useState<RulePack | null>(null);
  const [editing, setEditing] = useState<RulePackEditorRequest | null>(null);
  const [deleting, setDeleting] = useState<RulePack | null>(null);

  const all = packs.data ?? [];
  const builtIn = all.filter((p) => p.builtIn);
  const custom = all.filter((p) => !p.builtIn);
  const usedBy = (pack: RulePack) => credentials.data?.filter((c) => c.rulePackId === pack.id).length ?? 0;
  const takenIds = new Set(all.map((p) => p.id));

  const newPack = () =>
    setEditing({ values: emptyRulePackForm(t('rulePacks.editor.defaultConfirmNote')), existing: false });
  const copyOf = (pack: RulePack) => {
    const values = formFromRulePack(pack, true);
    let id = values.id;
    for (let n = 2; takenIds.has(id); n += 1) id = `${pack.id}-custom-${n}`;
    setEditing({
      values: {
        ...values,
        id,
        name: pack.builtIn ? values.name : t('rulePacks.copyName', { name: values.name }),
      },
      existing: false,
    });
  };

  const remove = async (pack: RulePack) => {
    await call('deleteCustomRulePack', { id: pack.id });
    await refreshStanding(queryClient);
    notifications.show({
      color: 'green',
      title: t('rulePacks.deleted'),
      message: t('rulePacks.deletedText', { pack: credentialShortLabel(pack) }),
    });
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('rulePacks.title')}
        description={t('rulePacks.description')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={newPack} disabled={!packs.data}>
            {t('rulePacks.newPack')}
          </Button>
        }
      />
      {packs.isError && (
        <ErrorAlert error={packs.error} title={t('rulePacks.loadFailed')} onRetry={() => packs.refetch()} />
      )}
      {packs.isPending && <PageLoader label={t('rulePacks.loading')} />}

      {packs.data && (
        <>
          <Stack gap="sm" component="section" aria-labelledby="built-in-packs">
            <Title order={2} fz="lg" id="built-in-packs">
              {t('rulePacks.builtInTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('rulePacks.builtInHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {builtIn.map((pack) => (
                <RulePackCard
                  key={pack.id}
                  pack={pack}
                  usedBy={usedBy(pack)}
                  onView={() => setViewing(pack)}
                  onCopy={() => copyOf(pack)}
                />
              ))}
            </SimpleGrid>
          </Stack>

          <Stack gap="sm" component="section" aria-labelledby="custom-packs">
            <Title order={2} fz="lg" id="custom-packs">
              {t('rulePacks.customTitle')}
            </Title>
            {custom.length === 0 ? (
              <EmptyState
                icon={<IconBook2 size={28} />}
                title={t('rulePacks.noneTitle')}
                description={t('rulePacks.noneText')}
                action={
                  <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={newPack}>
                    {t('rulePacks.createFirst')}
                  </Button>
                }
              />
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                {custom.map((pack) => (
                  <RulePackCard
                    key={pack.id}
                    pack={pack}
                    usedBy={usedBy(pack)}
                    onView={() => setViewing(pack)}
                    onCopy={() => copyOf(pack)}
                    onEdit={() => setEditing({ values: formFromRulePack(pack), existing: true })}
                    onDelete={() => setDeleting(pack)}
                  />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        </>
      )}

      <RulePackDetails pack={viewing} onClose={() => setViewing(null)} />
      <RulePackEditor request={editing} takenIds={takenIds} onClose={() => setEditing(null)} />
      <ConfirmDelete
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={
          deleting
            ? t('rulePacks.deleteTitle', { pack: credentialShortLabel(deleting) })
            : t('rulePacks.deleteTitleAny')
        }
        confirmLabel={t('rulePacks.deleteConfirm')}
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve())}
      >
        {deleting && usedBy(deleting) > 0 ? t('rulePacks.deleteInUse') : t('rulePacks.deleteText')}
      </ConfirmDelete>
    </Stack>
  );
}
