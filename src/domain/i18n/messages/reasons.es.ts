import type { CatalogOf } from '../catalog';
import type { reasons as english } from './reasons.en';

/** Por qué una actividad, o parte de sus créditos, no cuenta. */
export const reasons: CatalogOf<typeof english> = {
  beforeLookBack:
    'Completada el {completed}, antes del {start}: para esta renovación, los créditos cuentan desde el {start}.',
  beforeReactivation:
    'Completada el {completed}, antes del {start}: una reactivación solo cuenta las actividades completadas desde el {start}.',
  beforeCycle: 'Completada el {completed}, antes de que empezara este período, el {start}.',
  afterCycle: 'Completada el {completed}, después de que terminara este período, el {end}.',
  afterAsOf:
    'Completada el {completed}, después del {asOf}, el día para el que se calcula esta situación: todavía no se cuenta.',
  noCredit: 'Esta actividad no tiene créditos anotados, así que no hay nada que contar.',
  validityUnknown:
    '{kind}: no tiene vigencia anotada. Solo cuentan las tarjetas con una vigencia de al menos {months, plural, one {# mes} other {# meses}}: revise la tarjeta.',
  validTooShort:
    '{kind} con vigencia de {valid, plural, one {# mes} other {# meses}}: solo cuentan las tarjetas con una vigencia de al menos {months, plural, one {# mes} other {# meses}}.',
  kindExcluded: '{kind}: este tipo de actividad no cuenta para esta credencial.',
  tooShortMinutes:
    '{minutes, plural, one {# minuto} other {# minutos}}: dura menos que {minimum} que exige {body}.',
  tooShortStated:
    '{stated} (unos {minutes, plural, one {# minuto} other {# minutos}}): dura menos que {minimum} que exige {body}.',
  oneContactHour: 'la hora de contacto (50 minutos)',
  minuteMinimum: 'el mínimo de {minutes} minutos',
  unitNotAccepted:
    'Estas reglas no aceptan la unidad {unit} ({credential}, {body}), así que estos créditos no pueden contar. Unidades aceptadas: {accepted}. Pregunte a {body} cómo convierte estos créditos y anótelos en una unidad aceptada.',
  categoryNotInPack:
    'La categoría “{category}” no es una de las categorías de estas reglas ({categories}), así que sus {count, number} {points} no pueden contar.',
  noCategory: '{kind}: estas reglas no dicen en qué categoría cuenta, así que no se cuenta.',
  fixedPoints:
    '{kind}: cuenta como {count, number} {points} de la categoría {category}, sin importar los créditos anotados.',
  fixedPointsNoCategory: '{kind}: cuenta como {count, number} {points}, sin importar los créditos anotados.',
  beyondCount:
    '{kind} número {rank, selectordinal, other {#}} de este período: como máximo cuentan {max, number}.',
  beyondCountApproved:
    'Es la número {rank, selectordinal, other {#}} de este tipo ({kind}) en este período: como máximo cuentan {max, number} (primero se cuentan las de proveedores aprobados).',
  leftOut: 'Quedan fuera {count, number} {points} de la categoría {category}: {why}.',
  leftOutNoCategory: 'Quedan fuera {count, number} {points}: {why}.',
  causeOutside:
    'no vienen de {approved}, y de otros proveedores pueden contar como máximo {max, number} {points}',
  causeCategoryMax: 'la categoría {category} cuenta como máximo {max, number} {points}',
  causeKindCap: 'de este tipo de actividad ({kind}) cuentan como máximo {max, number} {points} por período',
  causeLimits: 'se alcanzaron los límites de estas reglas',
  causeJoin: '{first}; {second}',
  list: '{first}, {second}',
  creditAmount: '{count, number} {unit}',
  none: 'ninguna',
};
