import { Anchor, Checkbox, Group, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
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
  if (credentials.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        You have no credentials yet.{' '}
        <Anchor href={hrefOf({ page: 'credentials' })} size="sm">
          Add a credential
        </Anchor>{' '}
        and then choose here which ones this activity counts toward.
      </Text>
    );
  }
  return (
    <Controller
      control={control}
      name="credentialIds"
      render={({ field }) => (
        <Checkbox.Group
          label="Counts toward"
          description="Enter an activity once; it is counted for every credential you tick."
          value={field.value.map(String)}
          onChange={(values) => field.onChange(values.map(Number))}
        >
          <Group mt="xs" gap="lg">
            {credentials.map((credential) => (
              <Checkbox
                key={credential.id}
                value={String(credential.id)}
                label={names.get(credential.id) ?? `Credential ${credential.id}`}
                description={fullNames.get(credential.id)}
              />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}
