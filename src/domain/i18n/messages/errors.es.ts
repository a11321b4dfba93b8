import type { CatalogOf } from '../catalog';
import type { errors as english } from './errors.en';

/** Mensajes del núcleo del portafolio: qué pasó y qué hacer. */
export const errors: CatalogOf<typeof english> = {
  busy: 'Su portafolio está ocupado con otra tarea (por ejemplo, una importación desde la línea de comandos). Intente de nuevo en un momento. No se cambió nada.',
  restoring:
    'Su portafolio se está restaurando desde una copia de seguridad. Intente de nuevo en un momento.',
  certificateEmpty:
    '“{file}” está vacío (0 bytes). Descargue o escanee el certificado de nuevo y adjunte el archivo nuevo.',
  certificateTooBig:
    '“{file}” pesa {size}; los certificados pueden pesar como máximo 50 MB. Guárdelo con menor resolución o como PDF y adjúntelo de nuevo.',
  certificateType:
    '“{file}” no es un archivo {types} (se revisó su contenido, no su nombre). Guarde el certificado en uno de esos formatos y adjúntelo de nuevo.',
  certificateMissing: 'Falta el archivo del certificado {id}… en la carpeta de datos. Adjúntelo de nuevo.',
  certificateChanged:
    'El archivo del certificado {id}… se modificó o se dañó en el disco. Adjúntelo de nuevo.',
  activityGone: 'Esa actividad ya no existe. Puede que se haya eliminado.',
  credentialGone: 'Esa credencial ya no existe. Puede que se haya eliminado.',
  auditGone: 'Esa auditoría ya no está en su portafolio. Puede que se haya eliminado.',
  attachedGone: 'Uno de los certificados adjuntos ya no está guardado. Adjunte el archivo de nuevo.',
  chosenCredentialGone: 'Una de las credenciales elegidas ya no existe. Vuelva a cargar y elija de nuevo.',
  rulesGone: 'Las reglas “{id}” no están disponibles. Elija otras reglas para esta credencial.',
  noRenewalToUndo: 'Esta credencial no tiene una renovación que deshacer. No se cambió nada.',
};
