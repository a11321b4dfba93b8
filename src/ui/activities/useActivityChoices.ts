import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../domain/i18n/translator';
import { activityKinds, type Delivery } from '../../domain/portfolio';
import { units } from '../../domain/units';
import { useVocabulary } from '../components/useVocabulary';
import type { CategoryOption } from './activity-vocabulary';

const deliveryWords: Record<Delivery, MessageKey> = {
  online: 'activityForm.deliveryOnline',
  in_person: 'activityForm.deliveryInPerson',
  hybrid: 'activityForm.deliveryHybrid',
};

/**
 * The choices of an activity's kind, delivery, unit and category in the window's
 * language, the same in every form that asks them (an activity, a planned activity, a
 * catalogue item of the person's own).
 */
export function useActivityChoices() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return {
    kinds: activityKinds.map((value) => ({ value, label: vocabulary.kind(value) })),
    deliveries: (Object.keys(deliveryWords) as Delivery[]).map((value) => ({
      value,
      label: t(deliveryWords[value]),
    })),
    /** "AAMA CEUs (1 AAMA recertification point)": the unit with what it counts as. */
    units: units.map((unit) => ({
      value: unit,
      label: t('activityForm.unitOption', {
        unit: capitalise(vocabulary.unit(unit, 2)),
        note: vocabulary.unitNote(unit),
      }),
    })),
    categories: (options: readonly CategoryOption[]) =>
      options.map((option) => ({
        value: option.value,
        label: vocabulary.category(option.value, option.label),
      })),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
