import type { CatalogOf } from '../catalog';
import type { EnglishCatalog } from './en';

/**
 * Every word on screen, in Spanish: neutral Latin American Spanish for medical
 * assistants in the US, "usted", short sentences (see ../shared/spanish.md for the terms).
 * Credential and body names stay as they are (CMA, AAMA, NHA…).
 */
export const es: CatalogOf<EnglishCatalog> = {
  app: {
    name: 'CEU Portfolio',
  },
  nav: {
    label: 'Principal',
    dashboard: 'Resumen',
    activities: 'Actividades',
    credentials: 'Credenciales',
    rulePacks: 'Reglas',
    packet: 'Exportar paquete',
    trash: 'Papelera',
  },
  pages: {
    dashboard: 'Resumen',
    activities: 'Actividades',
    activity: 'Actividad',
    credentials: 'Credenciales',
    credential: 'Credencial',
    rulePacks: 'Reglas de las credenciales',
    packet: 'Exportar paquete',
    trash: 'Papelera',
  },
  shell: {
    showNavigation: 'Mostrar el menú',
    private: 'Privado, solo en esta computadora',
    skipToContent: 'Ir al contenido',
    dataFolder: 'Carpeta de datos',
    dataFolderUnknown: 'Carpeta de datos desconocida',
    storedHere: 'Guardado solo en esta computadora',
    storedHereText:
      'Su portafolio y sus archivos de certificados se guardan en esta carpeta. No hay cuenta y no se envía nada a ningún lado. Haga una copia con “Exportar portafolio”.',
    copied: 'Copiada',
    copyFolderPath: 'Copiar la ruta de la carpeta',
    version: 'CEU Portfolio {version}',
    openFailed: 'No se pudo abrir su portafolio',
    opening: 'Abriendo su portafolio…',
  },
  broken: {
    title: 'Algo salió mal en esta pantalla',
    text: 'Su portafolio está a salvo: todo lo que guardó sigue en esta computadora. Vuelva a cargar la ventana para continuar. Si esto se repite, anote lo que estaba haciendo y reinicie CEU Portfolio.',
    showDetails: 'Mostrar detalles técnicos',
    hideDetails: 'Ocultar detalles técnicos',
    reload: 'Volver a cargar',
  },
  common: {
    didNotWork: 'Eso no funcionó',
    tryAgain: 'Intentar de nuevo',
    loading: 'Cargando',
  },
  packet: {
    credentialsFailed: 'No se pudieron cargar sus credenciales',
    loadingCredentials: 'Cargando sus credenciales',
    emptyDescription: 'Un PDF con su registro de actividades y cada certificado, listo para enviar.',
    addCredentialFirst: 'Primero agregue una credencial',
    addCredentialFirstText:
      'Cada paquete es para una credencial y su período actual. Agregue la credencial que tiene y vuelva aquí.',
    goToCredentials: 'Ir a credenciales',
    description:
      'Un PDF para su solicitud de recertificación o una auditoría: portada, registro de actividades y cada certificado.',
    stepChoose: 'Elija qué incluir',
    stepCheck: 'Revisar certificados',
    stepPreview: 'Vista previa',
    stepExport: 'Exportar',
    check: 'Revisar certificados',
    checkAgain: 'Revisar de nuevo',
    checkHelp:
      'Abre cada archivo de certificado que incluye el paquete, para que nada falle a mitad de la exportación.',
    checkFailed: 'No se pudieron revisar los certificados',
    allReadable: 'Todos los certificados se pueden leer',
    allReadableText: 'El paquete está listo para la vista previa y la exportación.',
    unreadable:
      '{count, plural, one {Un certificado no se puede leer} other {# certificados no se pueden leer}}',
    unreadableWithPassword:
      'Escriba la contraseña de cada archivo protegido y revise de nuevo, o exporte con una página de reemplazo en lugar de cada certificado que no se puede leer.',
    unreadableFix:
      'Adjunte a la actividad una copia que se pueda leer, o exporte con una página de reemplazo en lugar de cada certificado que no se puede leer.',
    unreadableLabel: 'Certificados que no se pueden leer',
    fileColumn: 'Archivo',
    activityColumn: 'Actividad',
    problemColumn: 'Problema',
    whatToDoColumn: 'Qué hacer',
    passwordFor: 'Contraseña de {file}',
    fixActivity: 'Corregir la actividad',
    attachReadable: 'Adjunte una copia que se pueda leer',
    placeholders:
      'Exportar de todos modos, con una página de reemplazo por cada certificado que no se puede leer',
    placeholdersHelp:
      'La página de reemplazo nombra el archivo y la actividad, para que el revisor sepa qué pedir.',
    credential: 'Credencial',
    credentialNumber: '{credential} · n.º {number}',
    cycle: 'Período',
    loadingCycle: 'Cargando el período actual',
    currentCycle: 'El período de recertificación actual. {headline}',
    noCycle: 'No se pudo calcular el período de esta credencial.',
    includeNotCounted: 'Incluir las actividades que no cuentan',
    includeNotCountedHelp: 'Una sección que las enumera con el motivo por el que cada una no cuenta.',
    includeManifest: 'Incluir una página de manifiesto',
    includeManifestHelp:
      'El nombre original del archivo y la huella SHA-256 de cada certificado, para mostrar que nada se modificó.',
    preview: 'Vista previa',
    previewAgain: 'Ver de nuevo',
    previewHelp:
      'Muestra la portada, el registro de actividades y los primeros certificados tal como se imprimirán.',
    previewFailed: 'No se pudo hacer la vista previa',
    previewOutdated:
      'Cambió lo que incluye el paquete desde esta vista previa. Vuelva a generarla para ver el cambio.',
    previewLabel: 'Vista previa del paquete',
    previewPages:
      '{count, plural, one {La primera página} other {Las primeras # páginas}} del paquete (los certificados que no se pueden leer aparecen aquí como páginas de reemplazo):',
    export: 'Exportar paquete…',
    exportHelp:
      'Usted elige dónde guardar el PDF. La aplicación sigue funcionando mientras se prepara el paquete.',
    saved: 'Paquete guardado',
    savedTo: 'Guardado en',
    savedSize: '{count, plural, one {# página} other {# páginas}} · {size}',
    noFileChosen: 'No eligió un archivo, así que no se guardó nada. Exporte de nuevo cuando esté listo.',
    cancelling: 'Cancelando…',
    starting: 'Comenzando la exportación…',
    progressLabel: 'Progreso de la exportación del paquete',
    progressCount: '{done} de {total}',
    cancelExport: 'Cancelar la exportación',
    cancelled: 'Exportación cancelada',
    notSaved: 'No se guardó el paquete',
    seeCertificates: '{message} Los certificados aparecen arriba, en “Revisar certificados”.',
  },
  status: {
    complete: 'Completa',
    on_track: 'Al día',
    behind: 'Atrasada',
    due_soon: 'Vence pronto',
    grace: 'Período de gracia',
    lapsed: 'Vencida',
    not_started: 'Sin comenzar',
  },
  statusMeaning: {
    complete: 'Ya tiene suficientes créditos contados para solicitar la recertificación.',
    on_track: 'A su ritmo actual terminará a tiempo.',
    behind: 'Va por detrás del ritmo parejo que necesita para terminar a tiempo.',
    due_soon: 'Quedan menos de 90 días y todavía le faltan créditos.',
    grace: 'Venció, pero por ahora todavía puede renovar con educación continua.',
    lapsed: 'Ya no es posible renovar con educación continua.',
    not_started: 'Este período todavía no ha comenzado.',
  },
  confirmDelete: {
    delete: 'Eliminar',
    failed: 'No se pudo eliminar',
    cancel: 'Cancelar',
  },
  trash: {
    description:
      'Actividades y credenciales que usted eliminó. Puede restaurar cada una durante 30 días; después se elimina para siempre.',
    emptyButton: 'Vaciar la papelera…',
    loadFailed: 'No se pudo abrir la papelera',
    emptyTitle: 'La papelera está vacía',
    emptyDescription:
      'Cuando elimina una actividad o una credencial, se queda aquí 30 días para que pueda recuperarla.',
    activitiesTitle: 'Actividades',
    activitiesLabel: 'Actividades en la papelera',
    activityColumn: 'Actividad',
    completedColumn: 'Completada',
    credentialsTitle: 'Credenciales',
    credentialsLabel: 'Credenciales en la papelera',
    credentialColumn: 'Credencial',
    deletedColumn: 'Eliminada',
    removedColumn: 'Se elimina para siempre el',
    actionsColumn: 'Acciones',
    certificatesKept:
      '{count, plural, =0 {Sin certificados} one {# certificado guardado} other {# certificados guardados}}',
    credentialNumber: '{credential} n.º {number}',
    restore: 'Restaurar',
    restoreNamed: 'Restaurar {name}',
    restored: 'Restaurada',
    isBack: '{name} volvió a su portafolio.',
    notRestored: 'No se restauró',
    confirmEmptyTitle: '¿Vaciar la papelera?',
    confirmEmptyText:
      '{count, plural, one {El elemento} other {Los # elementos}} de la papelera se eliminarán para siempre. No se puede deshacer.',
    confirmEmptyFiles:
      'Los archivos de certificados se quedan en su carpeta de datos hasta que “Limpiar archivos de certificados sin usar” quite los que ninguna actividad usa.',
    notEmptied: 'No se vació la papelera',
    cancel: 'Cancelar',
    removeForGood: 'Eliminar para siempre',
    emptied: 'Papelera vaciada',
    emptiedText: 'Esos elementos se eliminaron para siempre.',
    movedTitle: 'Se movió a la papelera',
    movedText: 'Puede restaurar {name} desde la papelera durante 30 días.',
    undo: 'Deshacer',
    yourCredential: 'Su credencial {credential}',
  },
};
