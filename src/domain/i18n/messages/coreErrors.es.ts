import type { CatalogOf } from '../catalog';
import type { coreErrors as english } from './coreErrors.en';

/** Los mensajes del núcleo para la persona, como claves del catálogo. */
export const coreErrors: CatalogOf<typeof english> = {
  openItems:
    '{count, plural, one {Queda un pendiente en este paquete. Resuélvalo primero, o exporte de todos modos: la portada del paquete lo mencionará.} other {Quedan # pendientes en este paquete. Resuélvalos primero, o exporte de todos modos: la portada del paquete los mencionará.}}',
  certificateProblems:
    '{count, plural, one {Un certificado no se pudo leer} other {# certificados no se pudieron leer}}, así que no se guardó el paquete. Adjunte una copia legible, escriba la contraseña, o exporte con una página de aviso en lugar de cada uno.',
  packetCancelled: 'Se canceló la exportación del paquete. No se guardó ningún archivo.',
  nameFirst:
    'Escriba primero su nombre, exactamente como aparece en sus certificados: el paquete lo muestra en la portada y en cada página.',
  notChecked:
    'No se pudo revisar la credencial {credential} con sus reglas, así que no se puede hacer un paquete para ella. Abra la credencial y vuelva a elegir sus reglas.',
  auditOtherCredential:
    'Esa auditoría es de otra credencial, no de {credential}. Elija la credencial de la auditoría.',
  sampleNotEmpty:
    'Su portafolio ya tiene {credentials, plural, one {# credencial} other {# credenciales}} y {activities, plural, one {# actividad} other {# actividades}}, y el ejemplo solo se puede cargar en un portafolio vacío. No se cambió nada. Para probar el ejemplo, use una carpeta de datos nueva.',
  sampleHasHolder:
    'Este portafolio ya es de {name}, y el ejemplo solo se puede cargar en un portafolio nuevo y vacío, para que sus cursos inventados nunca se mezclen con los suyos. No se cambió nada. Para probar el ejemplo, use una carpeta de datos nueva.',
  notTheSample:
    'Este portafolio es suyo, no el de ejemplo, así que no se quitó nada. Para eliminar algo, elimínelo donde aparece.',
  activitiesGone:
    '{count, plural, one {Una de las actividades elegidas ya no existe} other {# de las actividades elegidas ya no existen}}; no se cambió nada. Vuelva a elegir de la lista.',
  notClaimed:
    '{count, plural, one {Una actividad elegida no está} other {# actividades elegidas no están}} anotadas para esta credencial. Elija actividades de su propia lista.',
  notCertificateId: 'Eso no es un identificador de certificado.',
  invalidOverrides:
    'Los cambios hechos a las reglas de {credential} para esta credencial no son válidos: {issues}',
  invalidOverridesInPortfolio:
    'Los cambios hechos a las reglas de {credential} para esta credencial no son válidos: {issues}. Abra esa credencial en la aplicación y corrija o quite esos cambios.',
  invalidOverridesForPacket:
    'Los cambios hechos a las reglas de {credential} para esta credencial no son válidos: {issues}. Abra la credencial y corrija o quite esos cambios.',
  credentialLabel: 'credencial {credential}{number, select, none {} other { {number}}}',
  packGone:
    'Su {label} usa las reglas "{pack}", que ya no están disponibles. Abra Credenciales y elija otras reglas para ella.',
  pdfPassword:
    'Este PDF está protegido con contraseña, así que no se puede leer. Ábralo, guárdelo o imprímalo como un PDF nuevo sin contraseña e intente de nuevo.',
  pdfDamaged:
    'No se pudo leer este PDF: parece dañado o no es realmente un PDF. Descargue o exporte el certificado otra vez y pruebe con el archivo nuevo.',
  fileUnopenable:
    'No se pudo abrir el archivo {name}. Revise que exista y que usted tenga permiso para leerlo, e intente de nuevo.',
  notCertificateFile:
    '{name} no es un archivo de certificado que esta aplicación pueda leer. Use un archivo PDF, JPEG, PNG, HEIC/HEIF o WebP.',
  heicDamaged:
    'No se pudo abrir esta foto HEIC: parece dañada. En el teléfono, compártala o expórtela como JPEG e intente de nuevo.',
  pictureDamaged:
    'No se pudo abrir esta imagen: parece dañada. Tome o exporte la imagen otra vez y pruebe con el archivo nuevo.',
  fixEntered: 'Hay que corregir algo de lo que escribió antes de guardarlo ({list}). No se cambió nada.',
  lockedUnknown:
    'Otro programa está escribiendo en este portafolio ({dataDir}); espere a que termine e intente de nuevo.',
  lockedByApp: 'CEU Portfolio (la aplicación) tiene este portafolio abierto; ciérrela e intente de nuevo.',
  lockedByCli:
    'Otro comando ceu ({command}, pid {pid}) está escribiendo en este portafolio; espere a que termine e intente de nuevo.',
  importIsFolder: '{file} es una carpeta. Elija el archivo portfolio.json que está dentro.',
  importNotAFile:
    '{file} {kind, select, pipe {es una canalización con nombre, no un archivo.} device {es un dispositivo, no un archivo.} socket {es un socket, no un archivo.} other {no es un archivo.}} Elija un archivo portfolio.json.',
  importMissing: 'El archivo {file} no existe. Revise el nombre y la carpeta e intente de nuevo.',
  importUnreadable: 'No se puede leer el archivo {file} ({reason}).',
  importInvalid:
    'No se importó nada: {label} tiene {count, plural, one {un problema} other {# problemas}}. Corrija cada problema de la lista e importe el archivo otra vez.',
  importInvalidFirst:
    'No se importó nada: {label} tiene {count, plural, one {un problema} other {# problemas}} (el primero: {path}: {problem}). Corrija cada problema de la lista e importe el archivo otra vez.',
  thePortfolioFile: 'el archivo del portafolio',
  exportTargetIsFile: '{dir} es un archivo, no una carpeta. Elija una carpeta vacía para exportar.',
  exportFolderUnopenable: 'No se puede abrir la carpeta {dir} ({reason}). Elija otra carpeta.',
  exportFolderNotEmpty:
    'La carpeta {dir} ya tiene otros archivos y no es una exportación anterior de CEU Portfolio. Elija una carpeta vacía (o cree una nueva) para que no se sobrescriba nada de lo que tiene.',
  exportCertificateItem: '"{file}" ({count, plural, one {actividad} other {actividades}} {titles})',
  listJoin: '{first}, {rest}',
  exportCertificates:
    'No se exportó nada: {count, plural, one {un archivo de certificado falta o está dañado} other {# archivos de certificados faltan o están dañados}} en la carpeta de datos: {list}. {count, plural, one {Adjúntelo} other {Adjúntelos}} de nuevo y luego exporte.',
  databaseTooNew:
    'Este portafolio ({file}) se guardó con una versión más nueva de CEU Portfolio (versión de datos {version}; esta aplicación entiende hasta la {newest}). Instale la versión más reciente de la aplicación para abrirlo. No se cambió nada en él.',
  notCeuDatabase:
    '{file} no es una base de datos de CEU Portfolio o está dañada ({reason}). Restáurela desde una copia de seguridad o elija otra carpeta de datos.',
  databaseDamaged:
    'La base de datos del portafolio ({file}) está dañada, así que CEU Portfolio no la abrió y no cambió nada. Restaure su copia de seguridad más reciente (la aplicación se lo ofrece al iniciar; también en Portafolio > Copias de seguridad… o con "ceu restore") y luego agregue lo que haya anotado desde entonces.',
  builtInPackId:
    '"{id}" es el identificador de unas reglas incluidas. Elija otro identificador para sus propias reglas; para cambiar las reglas incluidas de su credencial, edite los cambios de la credencial.',
  packInUse:
    'Estas reglas las usa{count, plural, one { # credencial} other {n # credenciales}}{trashed, plural, =0 {} one { (# de ellas en la papelera: vacíe la papelera o restáurela y cámbiela)} other { (# de ellas en la papelera: vacíe la papelera o restáurelas y cámbielas)}}. Cambie o elimine esas credenciales primero.',
  notInTrash:
    '{kind, select, activity {Esa actividad} other {Esa credencial}} ya no está en la papelera: ya se restauró, o se eliminó para siempre después de {days} días o al vaciar la papelera.',
  fileMoved:
    'Ese archivo ya no está donde la aplicación lo guardó. Exporte el paquete otra vez o búsquelo en sus carpetas.',
  somethingWentWrong:
    'Algo salió mal y eso no funcionó. No cambió nada de lo que tenía guardado. Intente de nuevo; si sigue pasando, reinicie CEU Portfolio.',
  fieldProblem: '{path}: {problem}',
  listJoinSemicolon: '{first}; {rest}',
  jobRunning: 'Esta tarea ya está en curso. Espere a que termine o cancélela.',
};
