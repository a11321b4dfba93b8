import type { CatalogOf } from '../catalog';
import type { coreErrors as english } from './coreErrors.en';

/** Los mensajes del núcleo para la persona, como claves del catálogo. */
export const coreErrors: CatalogOf<typeof english> = {
  openItems:
    '{count, plural, one {Queda un pendiente en este paquete. Resuélvalo primero, o exporte de todos modos: la portada del paquete lo mencionará.} other {Quedan # pendientes en este paquete. Resuélvalos primero, o exporte de todos modos: la portada del paquete los mencionará.}}',
  certificateProblems:
    '{count, plural, one {Un certificado no se pudo leer} other {# certificados no se pudieron leer}}, así que no se guardó el paquete. Adjunte una copia legible, escriba la contraseña, o exporte con una página de aviso en lugar de cada uno.',
  packetCancelled: 'Se canceló la exportación del paquete. No se guardó ningún archivo.',
  nameFirst:
    'Escriba primero su nombre, exactamente como aparece en sus certificados: el paquete lo muestra en la portada y en cada página.',
  notChecked:
    'No se pudo revisar la credencial {credential} con sus reglas, así que no se puede hacer un paquete para ella. Abra la credencial y vuelva a elegir sus reglas.',
  auditOtherCredential:
    'Esa auditoría es de otra credencial, no de {credential}. Elija la credencial de la auditoría.',
  sampleNotEmpty:
    'Su portafolio ya tiene {credentials, plural, one {# credencial} other {# credenciales}} y {activities, plural, one {# actividad} other {# actividades}}, y el ejemplo solo se puede cargar en un portafolio vacío. No se cambió nada. Para probar el ejemplo, use una carpeta de datos nueva.',
  sampleHasHolder:
    'Este portafolio ya es de {name}, y el ejemplo solo se puede cargar en un portafolio nuevo y vacío, para que sus cursos inventados nunca se mezclen con los suyos. No se cambió nada. Para probar el ejemplo, use una carpeta de datos nueva.',
  notTheSample:
    'Este portafolio es suyo, no el de ejemplo, así que no se quitó nada. Para eliminar algo, elimínelo donde aparece.',
  activitiesGone:
    '{count, plural, one {Una de las actividades elegidas ya no existe} other {# de las actividades elegidas ya no existen}}; no se cambió nada. Vuelva a elegir de la lista.',
  notClaimed:
    '{count, plural, one {Una actividad elegida no está} other {# actividades elegidas no están}} anotadas para esta credencial. Elija actividades de su propia lista.',
};
