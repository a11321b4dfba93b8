import type { CatalogOf } from '../catalog';
import type { cli as english } from './cli.en';

/** Lo que imprime la orden `ceu` para una persona en una terminal (la salida JSON sigue en inglés). */
export const cli: CatalogOf<typeof english> = {
  unknownLanguage: 'No hay un idioma "{language}": use --lang en o --lang es.',
  unknownCommand: 'No existe la orden "{command}".',
  noSuchCommand: 'No hay ninguna orden "{command}".',
  takesNoArguments: '"ceu {command}" no lleva argumentos.',
  usage: 'Uso: {usage}',
  overridesDoNotFit: '{message}. Abra esa credencial en la aplicación y corrija o quite esos cambios.',
  somethingWrong:
    'Algo salió mal: {message}. Vuelva a ejecutarlo con CEU_DEBUG=1 para ver los detalles, e infórmelos si sigue pasando.',
  unknownOption: 'Opción desconocida {option}.',
  needsValue: '{option} necesita un valor.',
  anOption: 'Una opción',
  unexpected: 'Argumento inesperado "{argument}".',
  asOfInvalid: '--as-of "{value}": {problem}',
  credentialRequired: 'Falta --credential ID. Escriba "ceu credentials" para ver los números de ID.',
  credentialNotId: '--credential "{value}" no es un ID de credencial (un número entero, como 1).',
  noPortfolio:
    'No hay ningún portafolio en {folder}. Revise --data-dir (o CEU_DATA_DIR), abra la aplicación una vez, o empiece uno con "ceu import ARCHIVO" o "ceu sample".',
  noCredentials:
    'Todavía no hay credenciales. Agregue una en la aplicación, o importe un archivo de portafolio con "ceu import ARCHIVO".',
  credentialsHeader: {
    id: 'ID',
    credential: 'Credencial',
    number: 'Número',
    certified: 'Certificada',
    expires: 'Vence',
    rulePack: 'Reglas',
  },
  rulePackMissing: '(faltan las reglas)',
  status: {
    title: 'cómo van sus credenciales al {date}',
    titleFor: '{name}: cómo van sus credenciales al {date}',
    credentialLine: '{label} {name}  [credencial {id}]',
    cycle: 'Período: del {start} al {end} ({left})',
    daysLeft: '{count, plural, one {queda # día} other {quedan # días}}',
    expiredAgo: '{count, plural, one {venció hace # día} other {venció hace # días}}',
    counted: '{pointName}: {counted} de {required} contados',
    stillNeeded: ', le faltan {count}',
    earnedBefore: ' ({count} obtenidos antes de los límites)',
    approved: '{label}: {counted} de al menos {min}',
    approvedMore: ', le faltan {count}',
    approvedMet: ' (cumplido)',
    outsideOver: '; {count} de otros proveedores por encima del límite',
    pace: 'Ritmo: unos {count} {pointName} al mes durante {months} meses',
    needs: 'Le falta:',
    deadlines: 'Fechas límite:',
    notCounted: 'No cuentan, o solo en parte:',
    partly: ' ({counted} de {earned} contados)',
    category: 'Categoría',
    required: 'Requeridos',
    countedColumn: 'Contados',
    stillNeededColumn: 'Le faltan',
  },
  renewal: {
    needId: 'Indique el ID de la credencial (un número entero; "ceu credentials" los muestra).',
    undoAlone: 'Use --undo sin --on.',
    needDate: 'Indique el día en que renovó con --on AAAA-MM-DD (hoy o antes).',
    by: '--by es "ce" (educación continua, por omisión) o "exam".',
  },
  transfer: {
    counted:
      '{credentials, plural, one {# credencial} other {# credenciales}}, {activities, plural, one {# actividad} other {# actividades}} y {certificates, plural, one {# certificado} other {# certificados}}',
    importWhat: 'Indique el archivo de portafolio que quiere importar.',
    imported: 'Se importaron {counted} en {folder}.',
    folderOrCsv: 'Indique una carpeta o --csv ARCHIVO, no las dos cosas.',
    csvWritten:
      'Se guardó el registro de actividades en {path} ({rows, plural, one {# fila} other {# filas}}, una por crédito).',
    exportWhere: 'Indique la carpeta donde exportar, o --csv ARCHIVO para el registro de actividades.',
    exported: 'Se exportó el portafolio a {path} (los certificados están en {certificates}).',
    sampleCleared:
      'Se borró el ejemplo ({credentials} credenciales, {activities} actividades, {certificates} archivos de certificados). Ahora el portafolio es suyo para llenarlo.',
    sampleLoaded: 'Se cargó el portafolio de ejemplo ({counted}) en {folder}.',
    sampleTry: 'Pruebe: ceu status --data-dir {folder}',
  },
  verify: {
    inOrder:
      'Todo está en orden: {activities} actividades, {certificates} archivos de certificados revisados.',
    found: '{count, plural, one {Se encontró # problema} other {Se encontraron # problemas}} en {folder}:',
  },
  backup: {
    outOrSnapshot: 'Indique --out ARCHIVO (un archivo de copia) o --snapshot.',
    toWithSnapshot: '--to CARPETA va con --snapshot.',
    backingUp: 'Haciendo la copia',
    takingSnapshot: 'Haciendo la copia instantánea',
    restoring: 'Restaurando',
    step: '{verb}: {stage}',
    stepCount: '{done} de {total}',
    saved:
      'Se guardó la copia en {path} ({count, plural, one {# certificado} other {# certificados}}, {size}).',
    restoreHint: 'Para restaurarla, en esta u otra computadora: ceu restore {path}',
    snapshotTaken:
      'Se hizo la copia instantánea {name} en {folder} ({size} escritos: la base de datos y {copied, plural, one {# certificado nuevo} other {# certificados nuevos}}; {there, plural, one {# certificado ya estaba} other {# certificados ya estaban}} allí).',
    pruned:
      'Se quitaron {count, plural, one {# copia instantánea vieja} other {# copias instantáneas viejas}} (se guardan {daily} diarias y {weekly} semanales).',
    noSnapshots: 'Todavía no hay copias instantáneas en {folder}. Haga una con: ceu backup --snapshot',
    snapshotsIn: 'Copias instantáneas en {folder}, de la más reciente a la más antigua:',
    certificates: '{count, plural, one {# certificado} other {# certificados}}',
    restoreOne: 'Restaure una con: ceu restore CARPETA_DE_COPIA',
    restoreWhat: 'Indique el archivo de copia o la carpeta de copia que quiere restaurar.',
    replacing:
      'Restaurando {from} en {folder}: reemplaza portfolio.db y la carpeta de certificados de allí. Se guardan en la carpeta "previous", así que se puede deshacer.',
    intoEmpty: 'Restaurando {from} en {folder}, que todavía no tiene portafolio.',
    restored:
      'Se restauraron {activities, plural, one {# actividad} other {# actividades}} y {certificates, plural, one {# certificado} other {# certificados}} en {folder}.',
    previous:
      'El portafolio reemplazado está en {previous}. Para volver a él: ceu restore {previousQuoted} --data-dir {folder}',
    cancelledBackup: 'Se canceló la copia. No se cambió nada.',
    cancelledSnapshot: 'Se canceló la copia instantánea. No se cambió nada.',
    cancelledRestore: 'Se canceló la restauración. No se cambió nada.',
    noFolder: 'La carpeta {folder} no existe. Créela, o elija otro lugar con --out.',
    isFolder: '{file} es una carpeta. Indique un nombre de archivo, como {example}.',
  },
  packet: {
    outRequired: 'Falta --out ARCHIVO: dónde guardar el PDF del paquete.',
    notBoth: 'Use --include-not-counted o --no-include-not-counted, no los dos.',
    passwordShape: '--password "{value}" debe tener la forma SHA=CONTRASEÑA.',
    openItems:
      'Pendientes (la portada del paquete {count, plural, one {lo mencionará} other {los mencionará}}):',
    building: 'Preparando el paquete: {stage}',
    saved: 'Se guardó el paquete en {path} ({pages, plural, one {# página} other {# páginas}}, {size}).',
    placeholders:
      '{count, plural, one {Un certificado se reemplazó} other {# certificados se reemplazaron}} por una página de aviso (aparece en la portada; el registro marca ese crédito como "certificate missing"):',
    problem: '  - "{file}" (actividad "{activity}"): {reason}',
    auditNumber: '--audit "{value}" debe ser el número de una auditoría, como lo muestra la aplicación.',
    isFolder: '{file} es una carpeta. Indique un nombre de archivo para el paquete, como {example}.',
    noSuchHash:
      'Ningún certificado de este paquete tiene un SHA-256 que empiece por "{prefix}" (indique al menos 8 caracteres). Ejecute la orden sin --password para ver los certificados que necesitan una.',
    manyHashes: 'Más de un certificado tiene un SHA-256 que empieza por "{prefix}". Indique más caracteres.',
    cannotRead:
      '{count, plural, one {Un certificado no se puede} other {# certificados no se pueden}} leer, así que no se guardó ningún paquete:',
    needsPassword: '      Necesita una contraseña: agregue --password {hash}=CONTRASEÑA',
    whatToDo:
      'Adjunte una copia legible en la aplicación, indique la contraseña, o ejecútelo otra vez con --allow-placeholders para poner una página de aviso en su lugar.',
  },
  read: {
    nameAFile: 'Indique al menos un archivo de certificado para leer.',
    reading: 'Leyendo certificados',
    pages: '{count, plural, one {# página} other {# páginas}}',
    noWords:
      '  No se pudo leer ninguna palabra de este archivo. Revise que sea un certificado claro y derecho.',
    pleaseCheck: '  (revíselo)',
    notFound: 'no se encontró',
    hours: '{count, plural, one {# hora} other {# horas}}',
    minutes: '{count} minutos',
    labels: {
      holderName: 'Nombre',
      title: 'Curso',
      provider: 'Proveedor',
      completedOn: 'Completado',
      credits: 'Créditos',
      durationMinutes: 'Duración',
      approvingBody: 'Aprobado por',
      approvalNumber: 'Número de aprobación',
      certificateNumber: 'Número de certificado',
      kind: 'Tipo',
    },
  },
};
