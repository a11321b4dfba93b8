import type { CatalogOf } from '../catalog';
import type { kindRules as english } from './kindRules.en';

/** Lo que dicen las reglas de una credencial sobre un tipo de actividad. */
export const kindRules: CatalogOf<typeof english> = {
  title: 'Lo fijan las reglas para este tipo de actividad',
  fixed:
    '{credential}: cada {kind} cuenta como {points} puntos de la categoría {category}, sin importar lo que escriba abajo.',
  fixedNoCategory:
    '{credential}: cada {kind} cuenta como {points} puntos, sin importar lo que escriba abajo.',
  minValid: 'Solo cuentan las tarjetas con una vigencia de al menos {months} meses.',
  maxCount: 'Como máximo {count} por período.',
  excluded: '{credential}: una actividad de tipo {kind} no cuenta. {reason}',
  excludedNoReason: '{credential}: una actividad de tipo {kind} no cuenta.',
  validMonths: 'Vigencia (meses)',
  validMonthsHelp: 'Como aparece en la tarjeta: una tarjeta de dos años son 24 meses.',
  validMonthsInvalid: 'Escriba los meses como un número entero del 1 al 240, o déjelo vacío.',
};
