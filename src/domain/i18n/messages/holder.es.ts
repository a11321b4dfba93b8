import type { CatalogOf } from '../catalog';
import type { holder as english } from './holder.en';

/** Los datos de la persona: el primer paso de la configuración y "Sus datos" en credenciales. */
export const holder: CatalogOf<typeof english> = {
  formName: 'Sus datos',
  fullName: 'Su nombre como aparece en los certificados',
  fullNameHelp: 'Los revisores comprueban que coincida con el nombre de cada certificado.',
  fullNameExample: 'p. ej., Jordan A. Rivera',
  optional: 'Opcional: aparece en la portada de su paquete',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  address: 'Dirección postal',
  memberNumbers: 'Números de miembro',
  memberNumbersHelp: 'Sus números de membresía de la AAMA, AMT u otra organización, si los tiene.',
  organization: 'Organización {number}',
  organizationExample: 'p. ej., AAMA',
  memberNumber: 'Número de miembro {number}',
  removeHint: 'Quitar este número de miembro',
  remove: 'Quitar el número de miembro {number}',
  add: 'Agregar un número de miembro',
  saveFailed: 'Sus datos no se guardaron',
};
