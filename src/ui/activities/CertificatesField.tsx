import { Stack } from '@mantine/core';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { Certificate } from '../../domain/portfolio';
import { AttachedCertificates } from '../certificates/AttachedCertificates';
import { CertificateDropzone } from '../certificates/CertificateDropzone';
import type { ActivityFormValues } from './activity-form';

type Props = {
  certificates: Certificate[];
  getValues: UseFormGetValues<ActivityFormValues>;
  setValue: UseFormSetValue<ActivityFormValues>;
};

/**
 * The activity's certificates. Files are stored as soon as they are attached (so a
 * failed save never loses them); they belong to the activity once it is saved.
 */
export function CertificatesField({ certificates, getValues, setValue }: Props) {
  const change = (next: Certificate[]) =>
    setValue('certificates', next, { shouldDirty: true, shouldValidate: false });
  return (
    <Stack gap="md">
      <AttachedCertificates
        certificates={certificates}
        onRemove={(sha256) => change(getValues('certificates').filter((c) => c.sha256 !== sha256))}
      />
      <CertificateDropzone
        onAttached={(certificate) => {
          // Read the latest list each time: several files may finish one after another.
          const current = getValues('certificates');
          if (!current.some((c) => c.sha256 === certificate.sha256)) change([...current, certificate]);
        }}
      />
    </Stack>
  );
}
