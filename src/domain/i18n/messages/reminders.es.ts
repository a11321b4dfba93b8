import type { CatalogOf } from '../catalog';
import type { reminders as english } from './reminders.en';

/** Las fechas próximas que necesitan a la persona. */
export const reminders: CatalogOf<typeof english> = {
  panelTitle: 'Lo que necesita su atención',
  panelHelp: 'Las próximas fechas de sus credenciales, auditorías y tarjetas.',
  panelEmpty: 'No vence nada en los próximos {days} días. La próxima fecha es el {date}: {title}.',
  panelNothing: 'Todavía no hay fechas próximas: agregue una credencial para ver aquí sus fechas límite.',
  panelList: 'Próximas fechas',
  loading: 'Cargando las próximas fechas',
  credentialDeadline: '{credential}: {label}',
  auditDue: 'Auditoría {reference} de {credential}: vence la respuesta',
  auditNote: 'Envíe la respuesta de la auditoría a más tardar este día. Abra Auditorías para prepararla.',
  cardExpires: '{title}: vence la tarjeta',
  cardNote: 'Renueve la tarjeta antes de que venza; una tarjeta vencida no puede contar.',
  plannedDay: 'Planeada: {title}',
  plannedNote:
    'El día en que planeó tomarla. Cuando la termine, márquela como hecha en la página Plan y adjunte el certificado: entonces cuenta.',
  selfStudyDay: '{title}: último día para terminar el curso de autoestudio',
  selfStudyNote:
    'Los cursos de autoestudio de la AAMA se deben terminar dentro de los seis meses posteriores a la compra. Después de este día el curso ya no da créditos.',
  cli: {
    header: 'Vence en {days, plural, one {# día} other {# días}} a partir del {date}:',
    none: 'No vence nada en {days, plural, one {# día} other {# días}} a partir del {date}.',
    calendarWritten:
      'Se {count, plural, one {escribió # fecha} other {escribieron # fechas}} en {file}. Impórtelo en su calendario; si importa después un archivo más nuevo, se actualizan los mismos eventos.',
    needOut: 'Indique dónde escribir el archivo del calendario: ceu calendar --out ARCHIVO.ics',
    badWithin: 'Dé a --within un número entero de días del 0 al 3650, por ejemplo --within 30.',
  },
  settings: {
    open: 'Notificaciones…',
    title: 'Notificaciones en esta computadora',
    enabled: 'Avisarme de las fechas próximas',
    enabledHelp:
      'Mientras CEU Portfolio está abierto, llega una notificación en los momentos que elija. La lista del resumen siempre está aquí.',
    when: 'Cuándo',
    lead: '{days, plural, =0 {El mismo día} one {# día antes} other {# días antes}}',
    needOne: 'Elija al menos un momento, o apague las notificaciones.',
    saved: 'Se guardaron las notificaciones.',
    save: 'Guardar',
  },
  notification: {
    title: 'CEU Portfolio: {title}',
    body: '{when} ({date}). {note}',
  },
};
