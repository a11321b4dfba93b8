import type { CatalogOf } from '../catalog';
import type { drafts as english } from './drafts.en';

/** Borradores: actividades leídas de archivos de certificados, en espera de que la persona las confirme. */
export const drafts: CatalogOf<typeof english> = {
  nav: 'Borradores',
  title: 'Borradores de certificados',
  intro:
    'Cada certificado que agrega se lee en esta computadora y no se envía a ningún lugar. Revise cada borrador y confírmelo para agregar la actividad. Nada cuenta hasta que usted lo confirme.',
  add: {
    label: 'Agregar actividades desde certificados',
    hint: 'Suelte aquí uno o varios archivos de certificados (PDF o foto). Cada archivo será un borrador para que usted lo revise.',
    added: '{count, plural, one {Se agregó # borrador.} other {Se agregaron # borradores.}}',
  },
  reading: '{count, plural, one {Leyendo # certificado…} other {Leyendo # certificados…}}',
  empty:
    'No hay borradores pendientes. Suelte arriba archivos de certificados para agregar actividades desde ellos.',
  listLabel: 'Borradores',
  status: {
    reading: 'Leyendo…',
    ready: 'Listo para revisar',
    failed: 'No se pudo leer',
  },
  untitled: 'Borrador sin título',
  files: '{count, plural, one {# archivo} other {# archivos: frente y reverso}}',
  completedOn: 'Completado el {date}',
  review: 'Revisar y confirmar',
  reviewNamed: 'Revisar y confirmar “{title}”',
  fillIn: 'Completar a mano',
  fillInNamed: 'Completar a mano: “{title}”',
  discard: 'Descartar',
  discardNamed: 'Descartar “{title}”',
  discardTitle: '¿Descartar este borrador?',
  discardText:
    'Se quitará el borrador “{title}”. No se guardó nada de él. Su archivo de certificado se quita después con la limpieza habitual.',
  discarded: 'Borrador descartado',
  join: 'Unir un reverso',
  joinNamed: 'Unir un reverso a “{title}”',
  joinMenu: '¿Qué borrador es el reverso de esta tarjeta?',
  joined: 'Unidos: los dos archivos son ahora un solo borrador, que se lee de nuevo completo.',
  nameWarning: 'El nombre del certificado, “{read}”, no es el suyo ({holder}).',
  reason: {
    noText:
      'No se encontraron palabras en este archivo. Puede estar en blanco, muy oscuro o borroso. Puede llenar la actividad usted mismo.',
    unreadable: 'No se pudo leer este archivo. Puede estar dañado. Puede llenar la actividad usted mismo.',
  },
  errors: {
    gone: 'Este borrador ya no existe: se confirmó o se descartó.',
    joinItself: 'Un borrador no se puede unir consigo mismo.',
    readCancelled: 'Se detuvo la lectura del certificado.',
  },
  form: {
    title: 'Revisar el borrador',
    intro:
      'Estos campos se llenaron con lo que dice el certificado. Compare cada uno con el certificado, complete lo que falta y luego confirme.',
    back: 'Borradores',
    confirm: 'Confirmar y guardar la actividad',
    confirmed: 'Actividad guardada',
    saving: 'Sus cambios en este borrador se guardan mientras escribe.',
    stillReading: 'Este certificado todavía se está leyendo. Los campos se llenan cuando termine.',
    opening: 'Abriendo el borrador…',
    openFailed: 'No se pudo abrir este borrador',
  },
  mark: {
    read: 'En el certificado: “{source}”',
    credits: 'Crédito en el certificado: “{source}”',
  },
  readPanel: {
    title: 'El certificado',
    nothing: 'No se pudo leer nada de este certificado. Llene la actividad mirando la imagen.',
    name: 'Nombre en el certificado',
  },
};
