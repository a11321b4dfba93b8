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
};
