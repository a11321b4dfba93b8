import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../domain/audit';
import type { Activity, Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { ErrorAlert } from '../components/ErrorAlert';
import { DateField } from '../components/DateField';
import { formatDate } from '../components/format';
import { credentialShortLabel } from '../components/portfolio-queries';
import { useSaveAudit } from './audit-queries';

type Props = {
  opened: boolean;
  onClose(): void;
  /** The audit being edited; a new one when absent. */
  audit?: Audit;
  credentials: Credential[];
  rulePacks: RulePack[];
  activities: Activity[];
};

type Problems = Partial<Record<'reference' | 'dueOn' | 'activityIds' | 'period', string>>;

/**
 * Records an audit: which credential, the reference number and deadline from the letter,
 * and the audited activities (chosen one by one, or every one completed in a period).
 */
export function AuditForm({ opened, onClose, audit, credentials, rulePacks, activities }: Props) {
  const { t } = useTranslation();
  const save = useSaveAudit();
  const [credentialId, setCredentialId] = useState<number>(audit?.credentialId ?? credentials[0]!.id);
  const [reference, setReference] = useState(audit?.reference ?? '');
  const [dueOn, setDueOn] = useState<string | null>(audit?.dueOn ?? null);
  const [by, setBy] = useState<'list' | 'period'>(audit?.periodStart ? 'period' : 'list');
  const [chosen, setChosen] = useState<number[]>(audit?.activityIds ?? []);
  const [periodStart, setPeriodStart] = useState<string | null>(audit?.periodStart ?? null);
  const [periodEnd, setPeriodEnd] = useState<string | null>(audit?.periodEnd ?? null);
  const [notes, setNotes] = useState(audit?.notes ?? '');
  const [submitted, setSubmitted] = useState(false);

  const own = activities
    .filter((activity) => activity.credentialIds.includes(credentialId))
    .sort((a, b) => b.completedOn.localeCompare(a.completedOn));
  const ownIds = new Set(own.map((activity) => activity.id));
  const chosenHere = chosen.filter((id) => ownIds.has(id));

  const problems: Problems = {};
  if (reference.trim() === '') problems.reference = t('audits.form.needReference');
  if (!dueOn) problems.dueOn = t('audits.form.needDueOn');
  if (by === 'list' && chosenHere.length === 0) problems.activityIds = t('audits.form.needActivities');
  if (by === 'period' && (!periodStart || !periodEnd)) problems.period = t('audits.form.needPeriod');
  else if (by === 'period' && periodStart! > periodEnd!) problems.period = t('audits.form.periodOrder');
  // Errors show once the person tries to save, not while the form is still empty.
  const shown = submitted ? problems : {};

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      {
        id: audit?.id,
        audit: {
          credentialId,
          reference: reference.trim(),
          dueOn: dueOn!,
          activityIds: by === 'list' ? chosenHere : [],
          periodStart: by === 'period' ? periodStart : null,
          periodEnd: by === 'period' ? periodEnd : null,
          notes,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: t('audits.form.saved'), message: reference.trim() });
          onClose();
        },
      },
    );
  };

  const packFor = (credential: Credential) => rulePacks.find((pack) => pack.id === credential.rulePackId);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={audit ? t('audits.form.editTitle') : t('audits.form.newTitle')}
      size="lg"
    >
      <form
        noValidate
        aria-label={audit ? t('audits.form.editTitle') : t('audits.form.newTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {save.isError ? <ErrorAlert error={save.error} title={t('audits.form.notSaved')} /> : null}
          <Select
            label={t('audits.form.credential')}
            data={credentials.map((credential) => {
              const pack = packFor(credential);
              return {
                value: String(credential.id),
                label: pack ? credentialShortLabel(pack) : credential.rulePackId,
              };
            })}
            value={String(credentialId)}
            onChange={(value) => value && setCredentialId(Number(value))}
            allowDeselect={false}
            withAsterisk
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('audits.form.reference')}
              description={t('audits.form.referenceHelp')}
              value={reference}
              onChange={(event) => setReference(event.currentTarget.value)}
              error={shown.reference}
              maxLength={80}
              withAsterisk
            />
            <DateField
              label={t('audits.form.dueOn')}
              description={t('audits.form.dueOnHelp')}
              value={dueOn}
              onChange={(value) => setDueOn(value)}
              error={shown.dueOn}
              withAsterisk
            />
          </Group>
          <Radio.Group
            label={t('audits.form.choose')}
            value={by}
            onChange={(value) => setBy(value as 'list' | 'period')}
          >
            <Group gap="lg" mt={6}>
              <Radio value="list" label={t('audits.form.chooseList')} />
              <Radio value="period" label={t('audits.form.choosePeriod')} />
            </Group>
          </Radio.Group>
          {by === 'list' ? (
            own.length === 0 ? (
              <Text size="sm">{t('audits.form.noActivities')}</Text>
            ) : (
              <Checkbox.Group
                label={t('audits.form.activities')}
                value={chosenHere.map(String)}
                onChange={(values) => setChosen(values.map(Number))}
                error={shown.activityIds}
              >
                <ScrollArea.Autosize mah={260} type="auto" mt="xs">
                  <Stack gap={8}>
                    {own.map((activity) => (
                      <Checkbox
                        key={activity.id}
                        value={String(activity.id)}
                        label={`${activity.title} · ${formatDate(activity.completedOn)}`}
                      />
                    ))}
                  </Stack>
                </ScrollArea.Autosize>
              </Checkbox.Group>
            )
          ) : (
            <Group grow align="flex-start">
              <DateField
                label={t('audits.form.periodStart')}
                value={periodStart}
                onChange={(value) => setPeriodStart(value)}
                error={shown.period}
                withAsterisk
              />
              <DateField
                label={t('audits.form.periodEnd')}
                value={periodEnd}
                onChange={(value) => setPeriodEnd(value)}
                withAsterisk
              />
            </Group>
          )}
          <Textarea
            label={t('audits.form.notes')}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('audits.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('audits.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
