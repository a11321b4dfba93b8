import { Alert, Anchor, List } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../components/format';
import { credentialShortLabel, useCredentials, useRulePacks } from '../components/portfolio-queries';
import { hrefOf } from '../shell/route';
import { dueText } from './audit-dates';
import { useAudits } from './audit-queries';

/** On the dashboard: every audit still waiting for an answer, with its deadline. */
export function OpenAudits({ today }: { today: string }) {
  const { t } = useTranslation();
  const audits = useAudits();
  const credentials = useCredentials();
  const rulePacks = useRulePacks();
  const open = (audits.data ?? []).filter((audit) => audit.answeredOn === null);
  if (open.length === 0) return null;
  const nameOf = (credentialId: number) => {
    const credential = credentials.data?.find((c) => c.id === credentialId);
    const pack = credential && rulePacks.data?.find((p) => p.id === credential.rulePackId);
    return pack ? credentialShortLabel(pack) : '';
  };
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconClipboardCheck aria-hidden />}
      title={t('audits.dashboardTitle', { count: open.length })}
    >
      <List size="sm" spacing={4} aria-label={t('audits.openAudits')}>
        {open.map((audit) => (
          <List.Item key={audit.id}>
            <Anchor href={hrefOf({ page: 'audits' })} size="sm">
              {t('audits.dashboardLine', {
                credential: nameOf(audit.credentialId),
                reference: audit.reference,
                date: formatDate(audit.dueOn),
                left: dueText(t, audit.dueOn, today),
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
