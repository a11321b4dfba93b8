import type { TFunction } from 'i18next';
import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleHalf2,
  IconCircleX,
  IconInfoCircle,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CertificateField } from '../../domain/certificate-requirements';
import type {
  CountPreviewInput,
  CountPreview,
  CredentialPreview,
  PreviewCheck,
} from '../../domain/count-preview';
import type { RulePack } from '../../domain/rule-pack';
import type { Credential } from '../../domain/portfolio';
import type { Unit } from '../../domain/units';
import { call } from '../api/client';
import { useStandingWords } from '../components/useStandingWords';
import { type ActivityFormControl, type ActivityFormValues, formToInput } from './activity-form';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form as the engine can judge it, or null while the date or the credit is missing.
 * A number still being typed (a negative cost, 12.5 minutes) is left out rather than
 * sent: the form says what is wrong with it, and the answer here stays useful meanwhile.
 */
export function previewInput(values: ActivityFormValues) {
  const input = formToInput(values);
  const credits = input.credits.filter(
    (credit): credit is typeof credit & { amount: number; unit: Unit } =>
      typeof credit.amount === 'number' && credit.amount > 0 && credit.unit !== '',
  );
  if (!isoDate.test(input.completedOn) || credits.length === 0) return null;
  const wholeOrNull = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
  return {
    ...input,
    credits,
    // Not chosen yet: judged as "other", online, until the person says.
    kind: input.kind || 'other',
    delivery: input.delivery || 'online',
    durationMinutes: wholeOrNull(input.durationMinutes),
    validMonths: wholeOrNull(input.validMonths),
    cost: typeof input.cost === 'number' && input.cost >= 0 ? input.cost : null,
    certificates: undefined,
  };
}

/**
 * "Will it count?": as the person fills in the form, what the engine says this activity
 * would add to each credential (or why it would not count), and what is worth checking
 * before saving (the same activity already saved, more credit than the minutes allow).
 * Nothing is saved; a live region reads the answer when it changes.
 */
export function WillItCount({
  control,
  editingId,
  credentials,
  rulePacks,
  names,
  nameOnCertificate = null,
  certificateShows = null,
}: {
  control: ActivityFormControl;
  editingId: number | undefined;
  /** The holder's name read from the certificate (a draft): checked against the holder's. */
  nameOnCertificate?: string | null;
  /** What reading found on the certificate (a draft): checked against what each body asks a certificate to show. */
  certificateShows?: CertificateField[] | null;
  credentials: readonly Credential[];
  rulePacks: readonly RulePack[];
  names: Map<number, string>;
}) {
  const values = useWatch({ control }) as ActivityFormValues;
  const input = useMemo(() => previewInput(values), [values]);
  return (
    <WillItCountOf
      input={input}
      editingId={editingId}
      nameOnCertificate={nameOnCertificate}
      certificateShows={certificateShows}
      credentials={credentials}
      rulePacks={rulePacks}
      names={names}
    />
  );
}

/**
 * "Will it count?" for an activity given as the API takes it (null while the date or the
 * credit is missing). `planned`: a course not taken yet, judged as of its planned day.
 */
export function WillItCountOf({
  input,
  editingId,
  credentials,
  rulePacks,
  names,
  nameOnCertificate = null,
  certificateShows = null,
  planned = false,
}: {
  input: CountPreviewInput['activity'] | null;
  editingId: number | undefined;
  nameOnCertificate?: string | null;
  certificateShows?: CertificateField[] | null;
  planned?: boolean;
  credentials: readonly Credential[];
  rulePacks: readonly RulePack[];
  names: Map<number, string>;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(input, 350);
  const preview = useQuery({
    queryKey: [
      'evaluation',
      'preview',
      editingId ?? 0,
      nameOnCertificate,
      certificateShows,
      planned,
      JSON.stringify(debounced),
    ],
    queryFn: () =>
      call('previewActivity', {
        activity: debounced!,
        editingId: editingId ?? null,
        nameOnCertificate,
        certificateShows,
        planned,
      }),
    enabled: debounced !== null && credentials.length > 0,
    placeholderData: keepPreviousData,
  });
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {input === null ? (
        <Text size="sm">{t('willItCount.waiting')}</Text>
      ) : preview.isError ? (
        <Text size="sm">{t('willItCount.failed')}</Text>
      ) : !preview.data ? (
        <Text size="sm">{t('willItCount.checking')}</Text>
      ) : (
        <PreviewList preview={preview.data} rulePacks={rulePacks} credentials={credentials} names={names} />
      )}
    </div>
  );
}

function PreviewList({
  preview,
  rulePacks,
  credentials,
  names,
}: {
  preview: CountPreview;
  rulePacks: readonly RulePack[];
  credentials: readonly Credential[];
  names: Map<number, string>;
}) {
  const { t, i18n } = useTranslation();
  const said = useStandingWords();
  const shown = [...preview.credentials]
    .filter((c) => c.claimed || c.countedAfter > c.countedBefore)
    .sort((a, b) => Number(b.claimed) - Number(a.claimed));
  const lineOf = (c: CredentialPreview) => {
    const pack = rulePacks.find(
      (p) => p.id === credentials.find((cr) => cr.id === c.credentialId)?.rulePackId,
    );
    // The pack's own category names, shaped as the standing words read them.
    const categories = (pack?.categories ?? []).map((category) => ({
      ...category,
      earned: 0,
      counted: 0,
      stillNeeded: 0,
    }));
    const facts = { pointName: c.pointName, categories };
    const name = names.get(c.credentialId) ?? c.credential;
    const added = c.countedAfter - c.countedBefore;
    const parts = Object.entries(c.addedByCategory).map(([key, amount]) =>
      t('willItCount.inCategory', {
        amount,
        category: said.category(facts, key).toLocaleLowerCase(),
        points: said.pointWord(c.pointName, amount),
      }),
    );
    const addedWords =
      parts.length > 0
        ? parts.join(', ')
        : t('willItCount.total', { amount: added, points: said.pointWord(c.pointName, added) });
    const reasons = (c.standing?.reasons ?? []).map((reason) => said.reason(facts, reason)).join(' ');
    const points = said.pointWord(c.pointName, c.required);
    if (!c.claimed)
      return {
        look: 'would' as const,
        text: t('willItCount.wouldAdd', { credential: name, added: addedWords }),
      };
    if (added > 0)
      return {
        look: c.standing?.outcome === 'partly' ? ('partly' as const) : ('counts' as const),
        text: t(c.standing?.outcome === 'partly' ? 'willItCount.addsPartly' : 'willItCount.adds', {
          credential: name,
          added: addedWords,
          after: c.countedAfter,
          required: c.required,
          points,
          reasons,
        }),
      };
    if (!reasons && c.countedBefore >= c.required)
      return {
        look: 'counts' as const,
        text: t('willItCount.addsNothingFull', { credential: name, required: c.required, points }),
      };
    return { look: 'not' as const, text: t('willItCount.addsNothing', { credential: name, reasons }) };
  };
  const looks = {
    counts: { icon: IconCircleCheck, color: 'teal', word: t('willItCount.counts') },
    partly: { icon: IconCircleHalf2, color: 'yellow', word: t('willItCount.partly') },
    not: { icon: IconCircleX, color: 'red', word: t('willItCount.notCounted') },
    would: { icon: IconInfoCircle, color: 'gray', word: t('willItCount.wouldCount') },
  };
  return (
    <Stack gap="sm">
      <List spacing={6} size="sm" listStyleType="none" aria-label={t('willItCount.title')}>
        {shown.map((c) => {
          const line = lineOf(c);
          const look = looks[line.look];
          const Icon = look.icon;
          return (
            <List.Item key={c.credentialId}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                <Badge
                  variant="light"
                  color={look.color}
                  leftSection={<Icon size={14} aria-hidden />}
                  style={{ flexShrink: 0 }}
                >
                  {look.word}
                </Badge>
                <Text size="sm">{line.text}</Text>
              </Group>
            </List.Item>
          );
        })}
      </List>
      {preview.checks.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={t('willItCount.checksTitle')}
          icon={<IconAlertTriangle size={18} aria-hidden />}
        >
          <List size="sm" spacing={4}>
            {preview.checks.map((check, i) => (
              <List.Item key={`${check.code}-${i}`}>{checkText(check, t, i18n.language)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}

function checkText(check: PreviewCheck, t: TFunction, language: string): string {
  switch (check.code) {
    case 'sameActivity':
      return t('willItCount.check.sameActivity', { title: check.title });
    case 'sameCertificate':
      return t('willItCount.check.sameCertificate', { title: check.title });
    case 'moreThanMinutes':
      return t('willItCount.check.moreThanMinutes', { minutes: check.minutes, needed: check.needed });
    case 'noApprovalNumber':
      return t('willItCount.check.noApprovalNumber', { body: check.body });
    case 'nameMismatch':
      return t('willItCount.check.nameMismatch', { read: check.read, holder: check.holder });
    case 'missingOnCertificate': {
      const words: Record<CertificateField, string> = {
        holderName: t('willItCount.certificateField.holderName'),
        completedOn: t('willItCount.certificateField.completedOn'),
        title: t('willItCount.certificateField.title'),
        credit: t('willItCount.certificateField.credit'),
        provider: t('willItCount.certificateField.provider'),
        hours: t('willItCount.certificateField.hours'),
      };
      const list = new Intl.ListFormat(language, { type: 'conjunction' });
      return t('willItCount.check.missingOnCertificate', {
        body: check.body,
        missing: list.format(check.missing.map((field) => words[field])),
      });
    }
  }
}
