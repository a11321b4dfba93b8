import type { PlannedActivity } from '../../domain/plan/planned';
import type { Control, FieldErrors } from 'react-hook-form';
import { plainIssueMessage } from '../../domain/i18n/issue-words';
import { english, type Said } from '../../domain/i18n/translator';
import { activityInputSchema } from '../../domain/portfolio';
import type {
  Activity,
  ActivityFields,
  ActivityKind,
  Certificate,
  Credential,
  Delivery,
} from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import type { Unit } from '../../domain/units';
import { issuesToErrors } from '../components/zod-resolver';

/**
 * The activity form's values and how they become what saveActivity accepts. Number
 * fields hold '' while empty (Mantine's NumberInput does); dates are YYYY-MM-DD strings.
 */

/** A credit row; '' is "not chosen yet" (nothing is chosen for the person). */
export type CreditRow = { amount: number | string; unit: Unit | ''; category: string };

export type ActivityFormValues = {
  title: string;
  provider: string;
  providerAddress: string;
  approvingBody: string;
  approvalNumber: string;
  certificateNumber: string;
  /** '' until the person chooses: a quick save must not record a kind they never picked. */
  kind: ActivityKind | '';
  delivery: Delivery | '';
  completedOn: string | null;
  durationMinutes: number | string;
  /** A card's validity in months (CPR cards); '' when not stated. */
  validMonths: number | string;
  description: string;
  cost: number | string;
  notes: string;
  credits: CreditRow[];
  credentialIds: number[];
  /** The attached certificates; only their hashes are saved with the activity. */
  certificates: Certificate[];
};

/**
 * A new credit row: nothing chosen. The unit and the category are what the certificate
 * says, and a guess left in place would be saved by a quick "Save" without a word.
 */
export function emptyCredit(): CreditRow {
  return { amount: '', unit: '', category: '' };
}

/** Whether a credit row must name its category: one of the credentials it counts for has categories. */
export function categoryRequired(
  credentialIds: readonly number[],
  credentials: readonly Credential[],
  rulePacks: readonly RulePack[],
): boolean {
  return credentials.some(
    (credential) =>
      credentialIds.includes(credential.id) &&
      (rulePacks.find((pack) => pack.id === credential.rulePackId)?.categories.length ?? 0) > 0,
  );
}

export function emptyActivity(credentials: readonly Credential[]): ActivityFormValues {
  return {
    title: '',
    provider: '',
    providerAddress: '',
    approvingBody: '',
    approvalNumber: '',
    certificateNumber: '',
    kind: '',
    delivery: '',
    completedOn: null,
    durationMinutes: '',
    validMonths: '',
    description: '',
    cost: '',
    notes: '',
    credits: [emptyCredit()],
    // A new activity counts toward every credential unless the holder says otherwise.
    credentialIds: credentials.map((c) => c.id),
    certificates: [],
  };
}

export function activityToForm(activity: Activity): ActivityFormValues {
  return {
    title: activity.title,
    provider: activity.provider,
    providerAddress: activity.providerAddress,
    approvingBody: activity.approvingBody,
    approvalNumber: activity.approvalNumber,
    certificateNumber: activity.certificateNumber,
    kind: activity.kind,
    delivery: activity.delivery,
    completedOn: activity.completedOn,
    durationMinutes: activity.durationMinutes ?? '',
    validMonths: activity.validMonths ?? '',
    description: activity.description,
    cost: activity.cost ?? '',
    notes: activity.notes,
    credits: activity.credits.map((credit) => ({ ...credit })),
    credentialIds: [...activity.credentialIds],
    certificates: activity.certificates.map((certificate) => ({ ...certificate })),
  };
}

/**
 * A planned activity being marked done: its course, credit and credentials, finished on
 * its planned day when that has come (else the day is left for the person), with no
 * certificate yet (the form asks for it).
 */
export function plannedToForm(planned: PlannedActivity, today: string): ActivityFormValues {
  return {
    title: planned.title,
    provider: planned.provider,
    providerAddress: '',
    approvingBody: planned.approvingBody,
    approvalNumber: '',
    certificateNumber: '',
    kind: planned.kind,
    delivery: planned.delivery,
    completedOn: planned.plannedOn <= today ? planned.plannedOn : null,
    durationMinutes: planned.durationMinutes ?? '',
    validMonths: '',
    description: '',
    cost: planned.cost ?? '',
    notes: planned.notes,
    credits: planned.credits.length > 0 ? planned.credits.map((credit) => ({ ...credit })) : [emptyCredit()],
    credentialIds: [...planned.credentialIds],
    certificates: [],
  };
}

/**
 * A new activity filled in from another (next year's BLS renewal, the yearly compliance
 * training): the same course, credit and credentials, with the date and the certificates
 * left for the new one.
 */
export function duplicateOf(values: ActivityFormValues): ActivityFormValues {
  return { ...values, completedOn: null, certificates: [], certificateNumber: '', notes: '' };
}

/** An empty number field is "not stated" (null); text that is not a number stays as text so the schema rejects it. */
function optionalNumber(value: number | string): number | string | null {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text === '') return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : text;
}

export function formToInput(values: ActivityFormValues) {
  return {
    ...values,
    completedOn: values.completedOn ?? '',
    durationMinutes: optionalNumber(values.durationMinutes),
    // Only a card has a validity; a kind changed away from one leaves nothing behind.
    validMonths: values.kind === 'cpr_card' ? optionalNumber(values.validMonths) : null,
    cost: optionalNumber(values.cost),
    credits: values.credits.map((credit) => ({
      ...credit,
      amount: optionalNumber(credit.amount) ?? undefined,
    })),
    certificates: undefined,
    certificateHashes: values.certificates.map((certificate) => certificate.sha256),
  };
}

const chooseUnit: Said = { key: 'activityForm.check.unit' };

const plainerMessages: Record<string, Said> = {
  completedOn: { key: 'activityForm.check.completedOn' },
  kind: { key: 'activityForm.check.kind' },
  delivery: { key: 'activityForm.check.delivery' },
  durationMinutes: { key: 'activityForm.check.durationMinutes' },
  cost: { key: 'activityForm.check.cost' },
  validMonths: { key: 'activityForm.check.validMonths' },
};

/**
 * Checks the form against the same schema the main process uses. Messages for fields
 * left empty or mistyped are put in plain words; the schema's own messages are kept
 * where they already are.
 */
export function validateActivity(
  values: ActivityFormValues,
  needsCategory = false,
):
  | { values: ActivityFields; errors: Record<string, never> }
  | { values: Record<string, never>; errors: FieldErrors<ActivityFormValues> } {
  const result = activityInputSchema.safeParse(formToInput(values), { error: plainIssueMessage });
  const chooseCategory: Said = { key: 'activityForm.check.category' };
  const missingCategories = needsCategory
    ? values.credits.flatMap((credit, i) =>
        credit.category === ''
          ? [{ path: ['credits', i, 'category'], message: english(chooseCategory), said: chooseCategory }]
          : [],
      )
    : [];
  if (result.success && missingCategories.length === 0) return { values: result.data, errors: {} };
  const issues = (result.success ? [] : result.error.issues).map((issue) => {
    const field = String(issue.path[0] ?? '');
    const path = field === 'certificateHashes' ? ['certificates'] : issue.path;
    const plain =
      field === 'credits' && issue.path[issue.path.length - 1] === 'unit'
        ? chooseUnit
        : plainerMessages[field];
    const keepSchemaMessage = field === 'cost' && issue.code === 'too_small';
    return plain && !keepSchemaMessage ? { path, message: english(plain), said: plain } : { ...issue, path };
  });
  return { values: {}, errors: issuesToErrors<ActivityFormValues>([...issues, ...missingCategories]) };
}

/** The form's control, typed with what a valid form turns into. */
export type ActivityFormControl = Control<ActivityFormValues, unknown, ActivityFields>;
