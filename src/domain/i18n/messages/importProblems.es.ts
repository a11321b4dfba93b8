import type { CatalogOf } from '../catalog';
import type { importProblems as english } from './importProblems.en';

/** Lo que está mal en un archivo de portafolio que se importa, lugar por lugar. */
export const importProblems: CatalogOf<typeof english> = {
  wholeFile: '(todo el archivo)',
  lineColumn: 'línea {line}, columna {column}',
  notAnObject:
    'Un archivo de portafolio es un solo objeto JSON entre \'{ }\', con "format", "version" y el portafolio.',
  notOurs:
    'Este no es un archivo de CEU Portfolio: "format" debe ser "{format}". Exporte el portafolio desde CEU Portfolio o siga docs/portfolio-json.md.',
  newerFormat:
    'Este archivo lo escribió una versión más nueva de CEU Portfolio (versión de formato {version}; esta aplicación lee la versión {newest}). Instale la versión más reciente de la aplicación para importarlo.',
  packIdTwice: 'rulePacks[{first}] ya usa el id "{id}". Dele a cada conjunto de reglas su propio id.',
  packIdBuiltIn:
    '"{id}" son reglas incluidas, que la aplicación ya tiene. Quítelas de "rulePacks" o dele otro id a sus propias reglas.',
  packIdTaken:
    'Su portafolio ya tiene otras reglas distintas con el id "{id}". Dele otro id a estas (y use ese id en las credenciales que las siguen).',
  refTwice: 'credentials[{first}] ya usa la ref "{ref}". Dele a cada credencial su propia ref.',
  noSuchPack: 'No hay reglas con el id "{id}". Use uno de estos: {ids}; o defínalas en "rulePacks".',
  expiryBeforeCertified:
    'La fecha de vencimiento {expires} es anterior a la fecha de certificación {certified}. Revise las dos fechas.',
  badOverrides:
    'Los cambios hechos a las reglas de {credential} para esta credencial no son válidos: {issues}. Corrija o quite esos cambios.',
  noCredentialsListed:
    'No hay ninguna credencial con la ref "{ref}": este archivo no tiene credenciales. Agréguela en "credentials" o quite la ref.',
  noSuchRef: 'No hay ninguna credencial con la ref "{ref}" en este archivo. Use una de estas: {known}.',
  unknownField:
    '"{key}" no es un campo del formato del portafolio. Revise cómo está escrito (se distinguen mayúsculas y minúsculas, por ejemplo "completedOn") o quítelo.',
  tooDeep:
    'El archivo tiene {depth, number} niveles de anidación; un archivo de portafolio nunca tiene más de unos {max}. Revise que eligió un archivo de portafolio (uno que exportó CEU Portfolio, o uno escrito como lo describe su documentación).',
  invalidJsonHere: 'Esto no es JSON válido aquí: {reason}.',
  invalidJson: 'Esto no es JSON válido ({reason}).',
  json: {
    singleQuotes: 'el texto debe ir entre comillas dobles ("), no simples',
    expectedValue:
      "se esperaba un valor (texto entre comillas dobles, un número, true, false, null, '{' o [), pero {found}",
    trailingCommaObject: "quite la coma antes de '}' (JSON no permite una coma al final)",
    expectedName: 'se esperaba un nombre de campo entre comillas dobles, pero {found}',
    expectedColon: 'se esperaban dos puntos (:) después del nombre del campo, pero {found}',
    expectedCommaObject: "se esperaba una coma o '}' después del valor, pero {found}",
    trailingCommaArray: 'quite la coma antes de ] (JSON no permite una coma al final)',
    expectedCommaArray: 'se esperaba una coma o ] después del valor, pero {found}',
    unclosedText: 'a este texto le faltan las comillas dobles de cierre (")',
    controlCharacter: 'un salto de línea o un tabulador dentro de un texto se escribe \\n o \\t',
    badUnicode: 'después de \\u deben ir cuatro dígitos hexadecimales',
    loneBackslash:
      'una barra invertida dentro de un texto se escribe doble (\\\\), por ejemplo en una ruta de Windows',
    badNumber: 'esto no es un número válido',
    empty: 'el archivo está vacío',
    expectedEnd: "se esperaba el final del archivo después de la última '}', pero {found}",
    foundEnd: 'el archivo se termina',
    found: 'se encontró "{char}"',
    foundLineBreak: 'se encontró un salto de línea',
  },
  field: {
    missing: 'Falta este campo. Agréguelo como {expected}.',
    wrongType: 'Se esperaba {expected}, pero se encontró {found}.',
    oneOf: 'Use uno de estos: {values}.',
    empty: 'Este campo está vacío. Llénelo.',
    minChars: 'Use al menos {min} caracteres.',
    minEntries: 'Ponga al menos {min} {min, plural, one {elemento} other {elementos}}.',
    atLeast: 'Debe ser {min} o más.',
    moreThan: 'Debe ser más de {min}.',
    maxChars: 'Use menos de {max} caracteres.',
    maxEntries: 'Ponga como máximo {max} elementos.',
    atMost: 'Debe ser {max} o menos.',
    lessThan: 'Debe ser menos de {max}.',
    badForm: 'Este valor no tiene la forma esperada.',
    dateForm: 'Use una fecha con la forma AAAA-MM-DD (por ejemplo 2026-03-05).',
    dateRange: 'Esa fecha está fuera de rango (antes de 1900). Revise el año.',
    email: 'Escriba una dirección de correo electrónico completa, como nombre@ejemplo.com, o déjela vacía.',
    creditNumber: 'Escriba la cantidad de crédito como un número.',
    unit: 'Use una de estas unidades: {units}.',
    noSuchDay: 'Esa fecha no existe en el calendario.',
    organizationRequired: 'Falta la organización.',
    memberNumberRequired: 'Falta el número de miembro.',
    fullNameRequired: 'Falta su nombre como aparece en los certificados.',
    titleRequired: 'Falta el título del curso.',
    providerRequired: 'Falta el proveedor.',
    chooseCategory: 'Elija una categoría.',
    creditPositive: 'El crédito debe ser mayor que cero.',
    costNegative: 'El costo no puede ser negativo.',
    chooseCredential: 'Elija la credencial que tiene.',
    auditPeriodBoth: 'Indique el primer y el último día del período de la auditoría.',
    auditPeriodOrder: 'El período de la auditoría debe terminar el mismo día en que empieza o después.',
    auditReference: 'Escriba el número de referencia de la carta o el correo de la auditoría.',
    auditReferenceLong: 'Use menos de 80 caracteres para la referencia.',
    auditNotesLong: 'Use menos de 2000 caracteres para las notas.',
    auditChoose: 'Elija las actividades auditadas o indique el período de la auditoría.',
  },
  type: {
    string: 'texto entre comillas dobles',
    number: 'un número',
    int: 'un número entero',
    boolean: 'true o false',
    array: 'una lista entre [ ]',
    object: "un objeto entre '{ }'",
    null: 'null',
  },
  value: {
    null: 'null',
    list: 'una lista',
    text: 'texto ("{text}")',
    number: 'el número {number}',
    object: 'un objeto',
  },
  certificate: {
    notFound:
      'No se encontró el archivo de certificado "{name}" (se buscó en {file}). Ponga el archivo ahí o corrija la ruta.',
    unopenable: 'No se puede abrir el archivo de certificado "{name}" ({reason}).',
    notAFile:
      '"{name}" es {kind, select, folder {una carpeta} pipe {una canalización con nombre} device {un dispositivo} other {un socket}}, no un archivo de certificado. Indique la ruta del archivo mismo.',
    empty:
      'El archivo de certificado "{name}" está vacío (0 bytes). Descargue o escanee el certificado otra vez y ponga el archivo nuevo ahí.',
    tooLarge:
      'El archivo de certificado "{name}" ocupa {size}; un certificado puede ocupar como máximo 50 MB. Guárdelo con menos resolución o como PDF.',
    unreadable:
      'No se puede leer el archivo de certificado "{name}" ({reason}). Revise que puede abrirlo y vuelva a importar.',
    permissionDenied: 'permiso denegado',
    wrongType:
      'El archivo de certificado "{name}" no es un archivo PDF, JPEG, PNG, HEIC/HEIF o WebP (se revisó su contenido, no su nombre). Guarde el certificado en uno de esos formatos.',
    outside:
      'El archivo de certificado "{name}" está fuera de la carpeta del archivo del portafolio. Solo se importan archivos de {folder} y sus subcarpetas: copie el certificado a esa carpeta, nómbrelo por su ruta ahí y vuelva a importar.',
    outsideLink:
      'El archivo de certificado "{name}" está fuera de la carpeta del archivo del portafolio (apunta a {target}). Solo se importan archivos de {folder} y sus subcarpetas: copie el certificado a esa carpeta, nómbrelo por su ruta ahí y vuelva a importar.',
  },
};
