import type { CatalogOf } from '../catalog';
import type { unreadable as english } from './unreadable.en';

/** Por qué un certificado no puede ir en el paquete, y qué hacer. */
const otraCopia =
  'Descargue el certificado otra vez del proveedor, o escanee la copia en papel, y adjunte el archivo nuevo a la actividad.';

const otraVez =
  'Tome la foto o haga el escaneo otra vez, o descargue el certificado otra vez del proveedor, y adjunte el archivo nuevo a la actividad.';

export const unreadable: CatalogOf<typeof english> = {
  empty: `El archivo está vacío (0 bytes): no contiene ningún certificado. ${otraCopia}`,
  missingFromStore:
    'El archivo del certificado ya no está en la carpeta de certificados de la aplicación; quizás se movió o se eliminó fuera de la aplicación. Adjunte el certificado a la actividad otra vez.',
  pdfCutOff: `El PDF está incompleto: termina antes de tiempo, así que probablemente la descarga o la copia se interrumpió. ${otraCopia}`,
  pdfDamaged: `El PDF está dañado y no se puede abrir. ${otraCopia}`,
  pdfPageListDamaged: `El PDF está dañado: no se puede leer su lista de páginas. ${otraCopia}`,
  pdfPageUnreadable: `Una de las páginas del PDF no se puede leer: está dañada o hecha de una forma que la aplicación no puede copiar. ${otraCopia}`,
  pdfNoPages: `El PDF no tiene páginas, así que no hay ningún certificado que mostrar. ${otraCopia}`,
  notAPdf: `El archivo no es un PDF, aunque está guardado como tal. ${otraCopia}`,
  needsPassword:
    'Este PDF está protegido con una contraseña para abrirlo. Escriba la contraseña para incluirlo, o pida al proveedor una copia sin contraseña.',
  wrongPassword:
    'La contraseña de este PDF no es correcta. Escríbala otra vez exactamente como se la dio el proveedor (las mayúsculas cuentan).',
  notReadable:
    'El archivo no es un PDF ni una imagen que se pueda leer. Guarde el certificado como PDF, o tómele una foto o escanéelo (JPEG, PNG o HEIC), y adjunte ese archivo a la actividad.',
  imageDamaged: `La imagen está dañada o incompleta; probablemente la copia se interrumpió. ${otraVez}`,
  imageNoSize: `La imagen está dañada: no se puede leer su tamaño. ${otraVez}`,
  heicDamaged:
    'La foto HEIC está dañada o incompleta, o guardada de una forma que la aplicación no puede abrir. Tome la foto otra vez (o configure la cámara del teléfono para guardar las fotos como JPEG, “Más compatible” en un iPhone) y adjunte el archivo nuevo a la actividad.',
  unknown: `No se puede leer el archivo; probablemente está dañado. ${otraCopia}`,
};
