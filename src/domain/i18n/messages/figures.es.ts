import type { CatalogOf } from '../catalog';
import type { figures as english } from './figures.en';

/** Cifras breves que aparecen en muchas pantallas: días que quedan, avance, ritmo. */
export const figures: CatalogOf<typeof english> = {
  daysLeft: '{count, plural, one {Queda # día} other {Quedan # días}}',
  expiresToday: 'Vence hoy',
  expiredAgo: '{count, plural, one {Venció hace # día} other {Venció hace # días}}',
  today: 'hoy',
  tomorrow: 'mañana',
  yesterday: 'ayer',
  inDays: '{count, plural, one {en # día} other {en # días}}',
  daysAgo: '{count, plural, one {hace # día} other {hace # días}}',
  countedOf: '{counted, number} de {required, number} {points} contados',
  ofRequired: '{counted, number} de {required, number}',
  met: 'cumplido',
  stillNeeded: 'le faltan {count, number}',
  stillNeededPoints: 'Le faltan {count, number} {points}',
  perMonth: 'Alrededor de {count, number} {points} al mes',
  progressName: '{label}: {counted, number} de {required, number} {points}',
  expires: 'Vence el {date}',
  expired: 'Venció el {date}',
  activitiesCounted: '{count, plural, one {# actividad contada} other {# actividades contadas}}',
  notCounted: '{count, number} sin contar',
  stillToDo: 'Lo que falta',
  andMore: 'y {count, number} más',
  details: 'Detalles',
  detailsFor: 'Detalles de {credential}',
  exportPacket: 'Exportar paquete',
  exportPacketFor: 'Exportar el paquete de {credential}',
};
