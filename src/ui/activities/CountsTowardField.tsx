import { Anchor, Checkbox, Group, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Credential } from '../../domain/portfolio';
import { hrefOf } from '../shell/route';
import type { ActivityFormControl } from './activity-form';

type Props = {
  control: ActivityFormControl;
  credentials: Credential[];
  names: Map<number, string>;
  fullNames: Map<number, string>;
};

/** Which credentials this activity is claimed for: entered once, counted for each. */
export function CountsTowardField({ control, credentials, names, fullNames }: Props) {
  const { t } = useTranslation();
  if (credentials.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('activityForm.noCredentials')}{' '}
        <Anchor href={hrefOf({ page: 'credentials' })} size="sm">
          {t('activityForm.addCredential')}
        </Anchor>{' '}
        {t('activityForm.addCredentialThen')}
      </Text>
    );
  }
  return (
    <Controller
      control={control}
      name="credentialIds"
      render={({ field }) => (
        <Checkbox.Group
          label={t('activityForm.countsToward')}
          description={t('activityForm.countsTowardHelp')}
          value={field.value.map(String)}
          onChange={(values) => field.onChange(values.map(Number))}
        >
          <Group mt="xs" gap="lg">
            {credentials.map((credential) => (
              <Checkbox
                key={credential.id}
                value={String(credential.id)}
                label={names.get(credential.id) ?? t('activityForm.credentialNumber', { id: credential.id })}
                description={fullNames.get(credential.id)}
              />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}
