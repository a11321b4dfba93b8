import {
  NumberInput,
  type NumberInputProps,
  Textarea,
  type TextareaProps,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { get, type Path, useController, useFormContext } from 'react-hook-form';
import type { RulePackFormValues } from './rule-pack-form';

/**
 * Inputs bound to the rule pack form by field path, each showing its own error, so the
 * sections of the editor stay short and every field reports problems in place.
 */

type Name = Path<RulePackFormValues>;

export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext<RulePackFormValues>();
  return (get(formState.errors, name) as { message?: string } | undefined)?.message;
}

export function PackTextField({ name, ...props }: { name: Name } & Omit<TextInputProps, 'name' | 'error'>) {
  const { register } = useFormContext<RulePackFormValues>();
  return <TextInput {...props} {...register(name)} error={useFieldError(name)} />;
}

export function PackTextArea({ name, ...props }: { name: Name } & Omit<TextareaProps, 'name' | 'error'>) {
  const { register } = useFormContext<RulePackFormValues>();
  return (
    <Textarea autosize minRows={2} maxRows={8} {...props} {...register(name)} error={useFieldError(name)} />
  );
}

export function PackNumberField({
  name,
  ...props
}: { name: Name } & Omit<NumberInputProps, 'name' | 'error' | 'value'>) {
  const { control } = useFormContext<RulePackFormValues>();
  const { field, fieldState } = useController({ control, name });
  return (
    <NumberInput
      {...props}
      name={field.name}
      ref={field.ref}
      value={field.value as number | string}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}
