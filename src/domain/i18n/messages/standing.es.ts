import type { CatalogOf } from '../catalog';
import type { standing as english } from './standing.en';

/** La situación de una credencial en palabras: el titular, lo que falta y cada fecha límite. */
export const standing: CatalogOf<typeof english> = {
  headline: {
    complete: 'Completa: lista para solicitar la recertificación.',
    justStarted: 'Recién empezada: le faltan {count, number} {points} {time}.',
    onTrack: 'Al día: le faltan {count, number} {points} {time}.',
    behind: 'Atrasada: le faltan {count, number} {points} {time}.',
    dueSoon: 'Vence pronto: le faltan {count, number} {points} {time}, a más tardar el {end}.',
    notStarted: 'Sin empezar: este período comienza el {start}.',
    graceComplete:
      'Venció el {end}, pero los créditos están completos: solicite la recertificación a más tardar el {graceEnd}, cuando termina el período de gracia.',
    graceShort:
      'Venció el {end} y le faltan {count, number} {points}; los créditos obtenidos después del vencimiento no cuentan. El período de gracia termina el {graceEnd}.',
    lapsed: 'Vencida: venció el {end}.',
    lapsedAfterGraceDays:
      'Vencida: venció el {end} y el período de gracia de {length, plural, one {# día} other {# días}} terminó el {graceEnd}.',
    lapsedAfterGraceMonths:
      'Vencida: venció el {end} y el período de gracia de {length, plural, one {# mes} other {# meses}} terminó el {graceEnd}.',
  },
  time: {
    lastDay: 'hoy, que es el último día',
    days: '{count, plural, one {en # día} other {en # días}}',
    months: '{count, plural, one {en # mes} other {en # meses}}',
  },
  need: {
    category: '{count, number} {points} más de la categoría {category}',
    anyCategory: '{count, number} {points} más de cualquier categoría',
    more: '{count, number} {points} más',
    allApproved: 'Todos deben venir de {approved}.',
    someApproved: 'Al menos {count, number} {points} de estos deben venir de {approved}.',
  },
  routeBack: {
    line: '{label}: {text}{fee}{progress}',
    fee: ' Costo: {amount}.',
    feeUnverified: ' Costo: {amount} (sin verificar).',
    covered:
      ' Si presenta la solicitud el {asOf}, las actividades completadas del {from} al {asOf} ya cubren el requisito.',
    short:
      ' Si presenta la solicitud el {asOf}, todavía {count, plural, one {falta} other {faltan}} {count, number} {points} de actividades completadas desde el {from}.',
  },
  points: {
    points: '{count, plural, one {punto} other {puntos}}',
    clockHours: '{count, plural, one {hora reloj} other {horas reloj}}',
    contactHours: '{count, plural, one {hora de contacto} other {horas de contacto}}',
    ceCredits: '{count, plural, one {crédito de EC} other {créditos de EC}}',
    ccpPoints: '{count, plural, one {punto CCP} other {puntos CCP}}',
  },
  twoSentences: '{first} {second}',
  approvedAny: 'proveedores aprobados',
  approvedBy: 'proveedores aprobados por {body}',
  deadline: {
    expiry: 'Vencimiento',
    expiryNote: 'El último día en que puede obtener créditos para este período.',
    applyBy: 'Solicitar a más tardar ({how})',
    applyByNote:
      '{how}: el trámite tarda unos {days, plural, one {# día} other {# días}}. Solicite a más tardar este día para recertificarse antes del vencimiento.',
    graceEnd: 'Fin del período de gracia',
    graceEndNote:
      'Hasta este día todavía puede renovar con educación continua, con créditos obtenidos dentro del período.',
    afterGrace: 'Después: {after}',
    examPassBy: 'Aprobar el examen a más tardar',
    examPassByNote:
      'Para recertificarse por examen sin que la credencial venza, apruébelo al menos {months, plural, one {# mes} other {# meses}} antes del vencimiento.',
    examApplyBy: 'Solicitar el examen a más tardar',
    examApplyByNote:
      'La solicitud del examen debe llegar al menos {days, plural, one {# día} other {# días}} antes del vencimiento.',
    fee: '{fee} (año {year, number})',
    feeNote: 'Unos {amount} al año.',
    feeNoteUnverified: 'Unos {amount} al año (sin verificar).',
    feeCovers: 'Un solo pago cubre también: {credentials}.',
  },
};
