import type { CatalogOf } from '../catalog';
import type { backupErrors as english } from './backupErrors.en';

/** Los mensajes de copias de seguridad y restauración del núcleo. */
export const backupErrors: CatalogOf<typeof english> = {
  cancelled:
    '{what, select, backup {Se canceló la copia de seguridad} snapshot {Se canceló la copia instantánea} other {Se canceló la restauración}}. No se cambió nada y no quedó ningún archivo a medias.',
  backupCancelled: 'Se canceló la copia de seguridad. No se guardó ningún archivo de copia.',
  snapshotCancelled: 'Se canceló la copia instantánea. No se agregó nada a la carpeta de copias.',
  restoreCancelled: 'Se canceló la restauración. Su portafolio no cambió.',
  certificateMissingForBackup:
    'El archivo de certificado {id}… falta o está dañado en la carpeta de datos, así que no se guardó ninguna copia. Adjúntelo de nuevo en la aplicación y vuelva a hacer la copia.',
  certificateMissingForSnapshot:
    'El archivo de certificado {id}… falta en la carpeta de datos, así que no se hizo la copia instantánea. Adjúntelo de nuevo en la aplicación y vuelva a hacerla.',
  certificateChangedForSnapshot:
    'El archivo de certificado {id}… cambió o se dañó en el disco, así que no se hizo la copia instantánea. Adjúntelo de nuevo en la aplicación y vuelva a hacerla.',
  backupFolderNotWritable:
    'No se puede escribir en la carpeta de copias {folder} ({code}). Elija otra carpeta de copias en Configuración.',
  madeByNewerVersion:
    '{where} se hizo con una versión más nueva de CEU Portfolio. Instale la versión más reciente de la aplicación para poder restaurar esta copia. No se cambió nada.',
  savedByNewerVersion:
    '{where} se guardó con una versión más nueva de CEU Portfolio (versión de datos {version}; esta aplicación entiende hasta la {newest}). Instale la versión más reciente de la aplicación y luego restaure esta copia. No se cambió nada.',
  cannotRestore: '{where} no se puede restaurar: {why}. Elija otra copia. No se cambió nada.',
  whereFile: 'El archivo de copia {file}',
  whereFolder: 'La carpeta {folder}',
  noSuchFile: 'No existe el archivo {file}. Revise el nombre e intente de nuevo.',
  noSuchBackup: 'No hay ninguna copia en {from}. Revise el nombre e intente de nuevo. No se cambió nada.',
  notABackupFolder:
    '{folder} no es una copia de seguridad: no tiene manifest.json (una copia instantánea) ni portfolio.db. Elija un archivo .ceubackup o una carpeta de copia instantánea.',
  noRoom:
    '{where} necesita {needed} GB de espacio libre y el disco tiene {free} GB. Libere espacio e intente de nuevo. No se cambió nada.',
  journalDamaged:
    'Se interrumpió una restauración en {dataDir} y su registro ({journal}) está dañado. Restaure la copia otra vez; su portafolio anterior puede estar en {previous}.',
  folderIsPortfolio:
    'Esa carpeta contiene su propio portafolio. Elija otra carpeta, por ejemplo una que su nube sincroniza o una memoria USB.',
  setAsideGone: 'El portafolio que la restauración guardó aparte ya no está en la carpeta de datos.',
  snapshotGone:
    'Esa copia ya no está en su carpeta de copias. Abra Copias de seguridad otra vez para ver las que hay.',
  why: {
    notAFile: 'no es un archivo',
    manifestUnreadable: 'su lista de archivos (manifest.json) no se puede leer',
    manifestForm: 'su lista de archivos (manifest.json) no tiene la forma esperada',
    notOneDatabase: 'no contiene exactamente una base de datos del portafolio',
    listedTwice: 'nombra el mismo archivo dos veces',
    notNamedByContents: '{name} no lleva el nombre de su contenido',
    tooLarge: '{name} es más grande de lo que puede ser un certificado',
    noManifestFirst: 'no empieza con su lista de archivos (manifest.json)',
    manifestTooLarge: 'su lista de archivos es demasiado grande',
    unlisted: 'contiene {name}, que su lista de archivos no nombra (o nombra dos veces)',
    wrongSize: '{name} tiene {size} bytes pero su lista de archivos dice {expected}',
    checksum: '{name} no coincide con su suma de verificación (el archivo está dañado)',
    incompleteFile: 'no es un archivo de copia de CEU Portfolio completo',
    empty: 'no tiene nada',
    missingFiles:
      '{more, plural, =0 {le falta un archivo ({first})} other {le faltan archivos ({first} y # más)}}',
    absolutePath: 'contiene una entrada con una ruta absoluta ({name})',
    outside: 'contiene una entrada que apunta fuera de su carpeta ({name})',
    notPlainEntry:
      '{kind, select, link {contiene un enlace ({name}); una copia solo contiene archivos comunes} folder {contiene una carpeta ({name}); una copia solo contiene archivos comunes} device {contiene un dispositivo ({name}); una copia solo contiene archivos comunes} other {contiene una entrada de un tipo desconocido ({name}); una copia solo contiene archivos comunes}}',
    notBackupEntry: 'contiene {name}, que no es un archivo que pueda tener una copia',
    databaseUnreadable: 'su portfolio.db no se puede leer',
    missing: 'falta {name}',
    notPlainFile: '{name} no es un archivo común',
    databaseUnopenable: 'su base de datos no se puede abrir',
    notSqlite: 'su base de datos no es una base de datos SQLite',
    databaseDamaged: 'su base de datos está dañada ({check})',
    notCeuDatabase: 'su base de datos no es de CEU Portfolio',
    certificateMissing: 'falta el certificado {id}… que nombra',
  },
};
