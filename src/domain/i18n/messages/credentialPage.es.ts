import type { CatalogOf } from '../catalog';
import type { credentialPage as english } from './credentialPage.en';

/** El resumen de la situación de una credencial y su tabla de fechas límite. */
export const credentialPage: CatalogOf<typeof english> = {
  standing: 'Situación',
  ofRequired: 'de {required, number} {points}',
  cycleStarted: 'Inicio del período',
  expiresOn: 'Vence el',
  expiredOn: 'Venció el',
  fromCard: 'según su tarjeta',
  fromRules: 'calculado según las reglas',
  timeLeft: 'Tiempo restante',
  paceNeeded: 'Ritmo necesario',
  earnedCounted:
    'Obtuvo {earned, number} {earnedPoints} en este período; {counted, number} {countedPoints} cuentan después de aplicar los límites.',
  missing: 'Lo que falta',
  nothingMissing: 'Nada: se cumplen todos los requisitos de estas reglas.',
  deadlines: 'Fechas límite',
  what: 'Qué',
  date: 'Fecha',
  when: 'Cuándo',
  note: 'Nota',
  passed: 'ya pasó',
};
