import type { CatalogOf } from '../catalog';
import type { activityForm as english } from './activityForm.en';

/** El formulario de actividad: secciones, mensajes y avisos antes de guardar. */
export const activityForm: CatalogOf<typeof english> = {
  newName: 'Nueva actividad',
  editName: 'Editar actividad',
  untitled: 'Actividad',
  intro: 'Escriba lo que dice el certificado. Los campos obligatorios llevan *.',
  back: 'Todas las actividades',
  delete: 'Eliminar actividad…',
  sectionAbout: 'Sobre la actividad',
  sectionCredit: 'Créditos',
  sectionCreditHelp: 'Una fila por categoría, en la unidad que aparece en el certificado.',
  sectionCredentials: 'Credenciales',
  sectionCertificates: 'Certificados',
  sectionCertificatesHelp:
    'La prueba que pide un auditor. Adjunte todas las páginas y los dos lados de una tarjeta.',
  sectionNotes: 'Notas',
  notes: 'Notas',
  notesHelp: 'Lo que quiera recordar: dónde guarda el original, qué debe hacer después',
  saved: 'Actividad guardada',
  deleted: 'Actividad eliminada',
  notSaved: 'La actividad no se guardó',
  stillHere: 'Todo lo que escribió sigue aquí.',
  needsFixing: 'Hay campos que corregir',
  needsFixingText: 'Los campos marcados en rojo dicen qué cambiar. Todavía no se ha guardado nada.',
  save: 'Guardar actividad',
  warningsTitle: 'Revise antes de guardar',
  warningsNote: 'Puede guardarla así de todos modos.',
  futureDate: 'La fecha en que la completó, {date}, es posterior a hoy. Revise el año.',
  beforeCredential:
    'La completó antes de obtener su {credential} ({certifiedOn}), así que no puede contar para esa credencial.',
  longAgo:
    '{years, plural, one {La completó hace # año} other {La completó hace # años}}: es más antigua que cualquier período de recertificación, así que no contará.',
  largeCredit: '{amount, number} puntos es más de lo que suele dar una actividad. Revise la cantidad.',
};
