import type { CatalogOf } from '../catalog';
import type { preflight as english } from './preflight.en';

/** La revisión previa antes de exportar un paquete. */
export const preflight: CatalogOf<typeof english> = {
  title: '{count, plural, one {Queda un pendiente} other {Quedan # pendientes}}',
  intro:
    'Un revisor lo notaría. Corríjalos primero o exporte de todos modos: la portada del paquete los mencionará.',
  checkIntro: 'Antes de exportar, esto sigue pendiente:',
  listLabel: 'Pendientes',
  requirementsNotMet: '{credential}: todavía no cumple los requisitos (le faltan {needed}).',
  requirementsNotMetNoCount: '{credential}: todavía no cumple los requisitos.',
  noCertificate: '“{title}” no tiene certificado adjunto.',
  noDescription: '“{title}” es un crédito externo y no tiene la descripción del curso que pide el revisor.',
  nameDiffers:
    'Su nombre en este paquete, {coverName}, no es el nombre con el que tiene su {credential} ({nameOnRecord}). Los revisores comparan los nombres: actualice su nombre con el organismo certificador o explique el cambio al solicitar la recertificación.',
  checkName: 'Revisar el nombre',
  openCredential: 'Ver qué falta',
  attachCertificate: 'Adjuntar un certificado',
  addDescription: 'Agregar la descripción',
  exportAnyway: 'Exportar de todos modos',
  exportAnywayHelp: 'La portada del paquete dirá que estos puntos están pendientes.',
  nothingOpen: 'No hay nada más pendiente: cumple los requisitos y cada actividad tiene su certificado.',
  savedWithOpenItems:
    '{count, plural, one {La portada menciona un pendiente.} other {La portada menciona # pendientes.}}',
};
