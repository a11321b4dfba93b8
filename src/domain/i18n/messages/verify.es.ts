import type { CatalogOf } from '../catalog';
import type { verify as english } from './verify.en';

/** Lo que encontró "Revisar mi portafolio" y `ceu verify`, problema por problema. */
export const verify: CatalogOf<typeof english> = {
  database: 'portfolio.db',
  record: 'registro {rowid} de {table}',
  certificate: 'certificado "{fileName}" ({hash}…)',
  restore:
    'Restaure su copia de seguridad más reciente (Portafolio > Restaurar en la aplicación, o "ceu restore") y luego agregue lo que haya anotado desde entonces.',
  damaged: 'La base de datos está dañada. {restore}',
  brokenLink: 'Apunta a un registro de {parent} que ya no existe. {restore}',
  missing:
    'Su archivo falta en la carpeta de datos. Adjunte otra vez el certificado a las actividades que lo usan, o restaure una copia de seguridad.',
  changed:
    'Su archivo cambió o se dañó en el disco. Adjunte otra vez el certificado, o restaure una copia de seguridad.',
  unused:
    'Ningún registro usa este archivo. "Eliminar los archivos de certificados que ninguna actividad usa" (menú Portafolio) lo quita, un día después de que se agregó.',
  leftover:
    'Un guardado interrumpido dejó este archivo temporal. Se quita la próxima vez que la aplicación abra el portafolio.',
};
