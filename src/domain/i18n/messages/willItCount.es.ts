import type { CatalogOf } from '../catalog';
import type { willItCount as english } from './willItCount.en';

/** "¿Contará?" en el formulario de la actividad. */
export const willItCount: CatalogOf<typeof english> = {
  title: '¿Contará?',
  help: 'Calculado con las reglas de cada una de sus credenciales, como si guardara esta actividad tal como está ahora.',
  waiting: 'Escriba la fecha y el crédito para ver para qué contaría esta actividad.',
  checking: 'Revisando con sus reglas…',
  failed: 'No se pudo revisar en este momento. Puede guardar la actividad de todos modos.',
  counts: 'Cuenta',
  partly: 'Cuenta en parte',
  notCounted: 'No cuenta',
  wouldCount: 'Sin marcar',
  adds: '{credential}: suma {added} → {after, number} de {required, number} {points}.',
  addsPartly: '{credential}: suma {added} → {after, number} de {required, number} {points}. {reasons}',
  addsNothing: '{credential}: no suma nada. {reasons}',
  addsNothingFull: '{credential}: no suma más; ya cuentan los {required, number} {points}.',
  wouldAdd: '{credential}: sin marcar. Sumaría {added} si también la cuenta para {credential}.',
  inCategory: '{amount, number} {points} de {category}',
  total: '{amount, number} {points}',
  checksTitle: 'Conviene revisar',
  check: {
    sameActivity: 'Ya está en su portafolio: “{title}” tiene el mismo título, fecha y proveedor.',
    sameCertificate: 'Este archivo de certificado ya está adjunto a “{title}”.',
    moreThanMinutes:
      'El certificado dice {minutes, number} minutos, pero este crédito necesita al menos {needed, number} minutos. Revise la cantidad y la unidad.',
    nameMismatch:
      'El nombre del certificado, “{read}”, no es el suyo ({holder}). Compruebe que este certificado es suyo antes de guardarlo.',
    noApprovalNumber:
      'Agregue el número de aprobación de {body} que aparece en el certificado: el crédito de proveedores aprobados puede necesitarlo en una auditoría.',
    missingOnCertificate:
      'La {body} pide que el certificado muestre {missing}, y no se encontró en este. Revise el certificado; si de verdad falta, pida al proveedor uno que lo muestre.',
  },
  certificateField: {
    holderName: 'su nombre',
    completedOn: 'la fecha',
    title: 'el título del curso',
    credit: 'la cantidad y el tipo de créditos',
    provider: 'quién lo emite',
    hours: 'las horas',
  },
};
