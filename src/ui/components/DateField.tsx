import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from './typed-date';

/**
 * A date input that shows "Nov 24, 2026", keeps the value as YYYY-MM-DD, and accepts a
 * date typed as 2026-11-24, 11/24/2026 or Nov 24, 2026 as well as one picked.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat={t('dateField.format')}
      dateParser={parseTypedDate}
      placeholder={t('dateField.placeholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
