import type { CatalogOf } from '../catalog';
import type { certificates as english } from './certificates.en';

/** Los archivos de certificados de una actividad: adjuntar, vistas previas, quitar. */
export const certificates: CatalogOf<typeof english> = {
  none: 'Todavía no hay certificados adjuntos. Los auditores piden cada certificado, así que adjúntelo ahora que lo tiene.',
  attached: 'Certificados adjuntos',
  removeHint:
    'Quitar de esta actividad (el archivo se queda en su carpeta de datos hasta que se eliminen los archivos sin usar)',
  remove: 'Quitar {file}',
  attach: 'Adjuntar certificados',
  drop: 'Suelte aquí los archivos de certificados o haga clic para elegirlos',
  dropHint:
    'PDF, JPEG, PNG, HEIC o WebP, de hasta 50 MB cada uno. El frente y el reverso de una tarjeta pueden ser dos archivos.',
  choose: 'Elegir archivos de certificados…',
  attaching: 'Adjuntando {file}…',
  notAttached: '{count, plural, one {Un archivo no se adjuntó} other {# archivos no se adjuntaron}}',
  dismiss: 'Cerrar',
  preview: 'Vista previa de {file}',
  openLarger: 'Abrir {label} en grande',
  loading: 'Cargando {label}',
  noPreview: 'Sin vista previa',
  cannotPreview: 'No se pudo mostrar una vista previa de este PDF.',
  needsPassword: 'Este PDF necesita una contraseña para abrirse, así que no se puede mostrar aquí.',
  damaged: 'No se pudo leer este PDF para la vista previa. Puede estar dañado.',
  previewFailed: 'No se pudo cargar el archivo del certificado para la vista previa.',
  openPageLarger: 'Abrir {label}, página {page}, en grande',
  page: '{label}, página {page}',
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  pageOf: 'Página {page} de {total}',
  morePages: '{count, plural, one {y # página más} other {y # páginas más}}',
  noPhotoPreview:
    'No hay vista previa para este tipo de foto aquí; el paquete la incluye como una imagen normal.',
  pageFailed: 'No se pudo dibujar la página {page}.',
};
