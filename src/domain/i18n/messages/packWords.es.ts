import type { CatalogOf } from '../catalog';
import type { packWords as english } from './packWords.en';

/** Los nombres propios de las reglas incluidas (cómo solicitar, cuotas), en español. */
export const packWords: CatalogOf<typeof english> = {
  mailedApplication: 'Solicitud por correo postal',
  onlineApplication: 'Solicitud en línea',
  expeditedApplication: 'Solicitud en línea urgente',
  memberFee: 'Cuota de recertificación (miembro de la AAMA)',
  nonMemberFee: 'Cuota de recertificación (no miembro)',
  reactivationFee: 'Cuota de reactivación (después de vencer, más la cuota del examen)',
  amtAnnualFee: 'Cuota anual de AMT',
  ncctAnnualFee: 'Cuota anual de renovación de NCCT',
  nhaRenewalFee: 'Cuota de renovación de NHA (las fuentes dicen $179 o $185)',
  aamaLapsed:
    'Vencida hace más de tres meses: ya no se puede recertificar con educación continua. Vuelva a presentar el examen CMA (AAMA) (3 intentos) y pague una cuota de reactivación de $50 más la cuota del examen.',
  amtLapsed:
    'Vencida: reactívela por CCP (una solicitud y una cuota; la solicitud vale 6 meses; todas las actividades completadas en los últimos tres años) o por examen. Vencida hace 10 años o más: solo por examen.',
  nhaLapsed: 'Comuníquese con NHA para restablecer una certificación vencida.',
  ncctLapsed:
    'Puede recertificarse hasta cinco años después sin cumplir los requisitos; después debe volver a presentar el examen. Comuníquese con NCCT.',
  amcaLapsed: 'Comuníquese con AMCA para restablecer una certificación vencida.',
  languageCode: 'es',
  confirmWith:
    'Las reglas y las cuotas cambian: confirme estos requisitos con la {body} antes de hacer la solicitud.',
};
