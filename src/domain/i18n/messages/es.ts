import type { CatalogOf } from '../catalog';
import type { EnglishCatalog } from './en';
import { credentials } from './credentials.es';
import { renewals } from './renewals.es';
import { audits } from './audits.es';
import { kindRules } from './kindRules.es';
import { preflight } from './preflight.es';
import { sample } from './sample.es';
import { updates } from './updates.es';
import { access } from './access.es';
import { vocabulary } from './vocabulary.es';
import { holder } from './holder.es';
import { activityForm } from './activityForm.es';
import { standing } from './standing.es';
import { figures } from './figures.es';
import { credentialPage } from './credentialPage.es';
import { packWords } from './packWords.es';
import { reasons } from './reasons.es';
import { certificates } from './certificates.es';
import { unreadable } from './unreadable.es';
import { rulePacks } from './rulePacks.es';
import { cli } from './cli.es';
import { dialogs } from './dialogs.es';
import { stages } from './stages.es';
import { verify } from './verify.es';
import { backupErrors } from './backupErrors.es';
import { importProblems } from './importProblems.es';
import { willItCount } from './willItCount.es';
import { drafts } from './drafts.es';
import { reminders } from './reminders.es';
import { plan } from './plan.es';
import { planning } from './planning.es';
import { coreErrors } from './coreErrors.es';
import { api, transfer } from './transfer.es';
import { mainMenu } from './mainMenu.es';
import { language } from './language.es';
import { errors } from './errors.es';

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
    print: 'Imprimir…',
    cancel: 'Cancelar',
  },
  packet: {
    englishTitle: 'Su paquete está en inglés',
    englishText:
      'El paquete de recertificación se genera en inglés, porque va dirigido al organismo certificador. Todo lo demás en la aplicación sigue en su idioma.',
    englishUnderstood: 'Entendido',
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
    includeManifest: 'Incluir una lista de los archivos originales',
    includeManifestHelp:
      'Una página con el archivo de cada certificado y un código que muestra que el archivo no se modificó.',
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
    just_started: 'Recién empezada',
    behind: 'Atrasada',
    due_soon: 'Vence pronto',
    grace: 'Período de gracia',
    lapsed: 'Vencida',
    not_started: 'Sin comenzar',
  },
  statusMeaning: {
    complete: 'Ya tiene suficientes créditos contados para solicitar la recertificación.',
    on_track: 'A su ritmo actual terminará a tiempo.',
    just_started: 'Es el comienzo del período: con un ritmo constante terminará a tiempo.',
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
  setup: {
    windowTitle: 'Bienvenida',
    title: 'Le damos la bienvenida a CEU Portfolio',
    intro:
      'Guarde todos sus certificados de educación continua en un solo lugar, vea cómo va cada credencial según sus reglas de renovación y exporte un paquete de recertificación cuando llegue el momento.',
    featureRecord: 'Registre cada curso, seminario o tarjeta de RCP una sola vez, con su certificado.',
    featureCounts: 'Vea qué cuenta para cada credencial y por qué algo no cuenta.',
    featurePrivate: 'Privado: todo se queda en esta computadora. Sin cuenta, sin subir nada.',
    stepYou: 'Sus datos',
    stepYouHelp: 'Su nombre',
    nameFirst: 'Empiece con su nombre tal como aparece en sus certificados.',
    continue: 'Continuar',
    stepCredential: 'Su credencial',
    stepCredentialHelp: 'Lo que renueva',
    addCredential: 'Agregue su credencial',
    addCredentialText:
      'La aplicación usa las reglas de su credencial para calcular su período, qué cuenta y qué le falta. Puede agregar más credenciales después.',
    loadingPacks: 'Cargando las reglas de las credenciales',
    packsFailed: 'No se pudieron cargar las reglas de las credenciales',
    finish: 'Terminar',
    back: 'Atrás',
    skip: 'Omitir por ahora',
    sampleTitle: '¿Solo quiere ver cómo funciona?',
    sampleText:
      'Vea la aplicación en acción en un solo paso, con las credenciales, actividades y certificados de una asistente médica de ejemplo.',
    loadSample: 'Cargar un portafolio de ejemplo',
    sampleFailed: 'No se pudo cargar el portafolio de ejemplo',
  },
  dashboard: {
    hello: 'Hola, {name}',
    asOf: 'Cómo van sus credenciales al {date}.',
    today: 'Cómo van sus credenciales hoy.',
    addActivity: 'Agregar actividad',
    loading: 'Cargando sus credenciales',
    failed: 'No se pudo calcular cómo van sus credenciales',
    addCredentialTitle: 'Agregue su credencial para comenzar',
    addCredentialText:
      'Elija la credencial que tiene (por ejemplo, CMA de la AAMA) y la fecha en que se certificó. El resumen le mostrará qué le falta y para cuándo.',
    firstActivityTitle: 'Agregue su primera actividad',
    firstActivityText:
      'Registre un curso, seminario o tarjeta de RCP con su certificado, y se cuenta para sus credenciales de inmediato.',
    addAnotherCredential: 'Agregar otra credencial',
  },
  backups: {
    menuItem: 'Copias de seguridad…',
    title: 'Copias de seguridad',
    intro:
      'Una copia de seguridad es una copia de todo su portafolio: cada actividad, credencial y archivo de certificado. Guarde también una fuera de esta computadora, por ejemplo en una carpeta que su nube sincroniza o en una memoria USB.',
    automaticTitle: 'Copias automáticas',
    automatic: 'Hacer una copia cada día que use la aplicación y al cerrarla',
    keptIn: 'Se guardan en esta carpeta:',
    changeFolder: 'Cambiar carpeta…',
    useDataFolder: 'Usar la carpeta de datos',
    keepDaily: 'Copias diarias que se guardan',
    keepWeekly: 'Copias semanales que se guardan',
    save: 'Guardar la configuración',
    saved: 'Configuración de copias guardada',
    listTitle: 'Copias en esa carpeta',
    none: 'Todavía no hay copias. La primera se hace hoy mientras la aplicación está abierta, o ahora con “Hacer una copia ahora”.',
    listLabel: 'Copias de seguridad, de la más reciente a la más antigua',
    whenColumn: 'Hecha',
    certificatesColumn: 'Certificados',
    sizeColumn: 'Tamaño',
    actionsColumn: 'Acciones',
    restore: 'Restaurar…',
    restoreNamed: 'Restaurar la copia hecha el {when}',
    backUpNow: 'Hacer una copia ahora',
    fileTitle: 'Un archivo de copia',
    fileText:
      'Un solo archivo con todo, para guardarlo en una memoria USB o para pasar su portafolio a otra computadora.',
    backUpToFile: 'Guardar una copia en un archivo…',
    restoreFromFile: 'Restaurar desde un archivo…',
    working: 'Trabajando…',
    progressLabel: 'Progreso de la copia',
    progressCount: '{done} de {total}',
    cancel: 'Cancelar',
    tookSnapshot: 'Copia hecha: se escribieron {size}.',
    wroteFile:
      'La copia se guardó en {path} ({size}, {count, plural, one {# certificado} other {# certificados}}).',
    restored:
      'Se restauró su portafolio: {activities, plural, one {# actividad} other {# actividades}} y {certificates, plural, one {# certificado} other {# certificados}}.',
    keptAside: 'El portafolio que reemplazó se guarda en esta carpeta:',
    undoRestore: 'Deshacer esta restauración',
    failed: 'Eso no funcionó',
    confirmTitle: '¿Reemplazar su portafolio con esta copia?',
    confirmSnapshot: 'Todo lo que hay ahora en su portafolio se reemplaza por la copia hecha el {when}.',
    confirmFile:
      'Todo lo que hay ahora en su portafolio se reemplaza por el archivo de copia que elija a continuación.',
    confirmSafe:
      'Primero se revisa la copia: si algo en ella está dañado, no cambia nada. Su portafolio actual se guarda aparte en la carpeta de datos, así que puede deshacer esto.',
    confirmRestore: 'Restaurar',
    loadFailed: 'No se pudieron mostrar sus copias de seguridad',
    settingsProblem: 'Configuración de las copias',
  },
  portfolioMenu: {
    button: 'Portafolio',
    whole: 'Todo su portafolio',
    export: 'Exportar portafolio…',
    import: 'Importar portafolio…',
    certificateFiles: 'Archivos de certificados',
    cleanUp: 'Eliminar los archivos de certificados que ninguna actividad usa…',
    check: 'Revisar mi portafolio…',
    cleanUpTitle: '¿Eliminar los archivos de certificados que ninguna actividad usa?',
    cleanUpText:
      'Esto elimina para siempre los archivos de certificados de su carpeta de datos que ya no usa ninguna actividad, como los de actividades eliminadas de la papelera o certificados que quitó de una actividad. Los certificados adjuntos a una actividad (aunque esté en la papelera) nunca se tocan, y los archivos agregados en el último día se conservan por si un formulario que todavía está llenando usa alguno.',
    cleanUpAdvice:
      'Si es posible que vuelva a adjuntar alguno de esos archivos, exporte su portafolio primero.',
    cancel: 'Cancelar',
    removeUnused: 'Eliminar los archivos sin usar',
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
      'Los archivos de certificados se quedan en su carpeta de datos hasta que “Eliminar los archivos de certificados que ninguna actividad usa” los quite.',
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
  credentials,
  renewals,
  preflight,
  audits,
  updates,
  kindRules,
  sample,
  dateField: {
    placeholder: 'Elija o escriba una fecha',
    /** How a date field shows its date (dayjs format tokens, not words). */
    format: 'D MMM YYYY',
  },
  activityList: {
    selectAll: 'Seleccionar todas las actividades de esta página',
    select: 'Seleccionar {title}',
    bulkLabel: 'Cambiar las actividades seleccionadas',
    selected: '{count, plural, one {1 actividad seleccionada} other {# actividades seleccionadas}}',
    countToward: 'Contar para',
    chooseCredential: 'Elija una credencial',
    apply: 'Aplicar',
    moveToTrash: '{count, plural, one {Moverla a la papelera} other {Mover # a la papelera}}',
    clearSelection: 'Quitar la selección',
    trashed:
      '{count, plural, one {1 actividad movida a la papelera} other {# actividades movidas a la papelera}}',
    trashedHelp: 'Puede restaurarlas desde la papelera durante 30 días.',
    counted:
      '{count, plural, one {1 actividad ahora cuenta para {credential}} other {# actividades ahora cuentan para {credential}}}',
    bulkFailed: 'No se cambió nada',
    year: 'Año',
    anyYear: 'Cualquier año',
    kind: 'Tipo',
    anyKind: 'Cualquier tipo',
    noCertificate: 'Todavía sin certificado',
    title: 'Actividades',
    description:
      'Cada curso, seminario, examen de artículo y tarjeta de RCP que ha completado, con sus créditos y certificados.',
    add: 'Agregar actividad',
    addFirst: 'Agregar su primera actividad',
    loadFailed: 'No se pudieron cargar sus actividades',
    loading: 'Cargando actividades',
    emptyTitle: 'Todavía no hay actividades',
    emptyDescription:
      'Agregue cada curso, seminario, examen de artículo o tarjeta de RCP que complete, con sus créditos y su certificado. El resumen le muestra entonces cuánto le falta a cada credencial.',
    search: 'Buscar actividades',
    searchHint: 'Título, proveedor o notas',
    clearSearch: 'Borrar la búsqueda',
    credential: 'Credencial',
    allCredentials: 'Todas las credenciales',
    category: 'Categoría',
    anyCategory: 'Cualquier categoría',
    counting: 'Cuenta',
    countingAny: 'Cuente o no',
    countingInFull: 'Cuenta por completo',
    countingNotInFull: 'Cuenta en parte o no cuenta',
    needsAttention: 'Requiere atención',
    needsAttentionHelp: 'Sin certificado, sin credencial o sin contar por completo',
    noneMatch: 'Ninguna actividad coincide.',
    showing:
      'Se muestran {from, number}–{to, number} de {total, plural, one {# actividad} other {# actividades}}',
    showingMatching:
      'Se muestran {from, number}–{to, number} de {total, plural, one {# actividad que coincide} other {# actividades que coinciden}}',
    noneMatchTitle: 'Ninguna actividad coincide',
    noneMatchHelp: 'Pruebe otras palabras o quite los filtros.',
    clearFilters: 'Borrar la búsqueda y los filtros',
    pages: 'Páginas de actividades',
    pageNumber: 'Página {page}',
    firstPage: 'Primera página',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    lastPage: 'Última página',
    tableName: 'Actividades',
    columnDate: 'Fecha',
    columnTitle: 'Título',
    columnProvider: 'Proveedor',
    columnCredit: 'Créditos',
    columnCertificates: 'Certificados',
    columnCounts: 'Cuenta para',
    columnActions: 'Acciones',
    setByRules: 'Lo fijan las reglas',
    noCredit: 'Sin créditos',
    mixedUnits: 'unidades distintas',
    noneAttached: 'Ninguno',
    notClaimed: 'Sin credencial',
    credentialNumber: 'Credencial {id}',
    outcomeCounted: 'cuenta',
    outcomePartly: 'cuenta en parte',
    outcomeNotCounted: 'no cuenta',
    delete: 'Eliminar {title}',
  },
  duplicate: {
    button: 'Duplicar',
    note: 'Una copia de “{title}”: escriba la nueva fecha y adjunte su certificado.',
  },
  savedFile: {
    open: 'Abrir el paquete',
    folder: 'Mostrar en la carpeta',
    failed: 'No se pudo abrir el archivo',
    csvMenu: 'Exportar registro de actividades (CSV)…',
    csvSaved: 'Registro de actividades guardado',
    csvRows: '{count, plural, one {1 fila} other {# filas}}, una por crédito: {path}',
    csvFailed: 'No se guardó el registro de actividades',
  },
  deadlines: {
    next: 'Próximas fechas límite',
    byExam: 'Si se recertifica por examen',
  },
  access,
  vocabulary,
  holder,
  activityForm,
  standing,
  figures,
  credentialPage,
  packWords,
  reasons,
  certificates,
  unreadable,
  rulePacks,
  cli,
  dialogs,
  stages,
  verify,
  plan,
  planning,
  coreErrors,
  backupErrors,
  importProblems,
  willItCount,
  drafts,
  reminders,
  transfer,
  api,
  mainMenu,
  language,
  errors,
};
