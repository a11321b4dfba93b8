import type { CatalogOf } from '../catalog';
import type { api as englishApi, transfer as english } from './transfer.en';

/** Exportar, importar y revisar todo el portafolio; los mensajes propios del cliente. */
export const transfer: CatalogOf<typeof english> = {
  exported: 'Portafolio exportado',
  imported: 'Portafolio importado',
  cleaned: 'Archivos de certificados sin usar eliminados',
  exportFailed: 'El portafolio no se exportó',
  importFailed: 'No se importó nada',
  cleanFailed: 'No se eliminó nada',
  verifyFailed: 'No se pudo revisar su portafolio',
  exportedText:
    'Todo su portafolio (portfolio.json y una copia de cada certificado) se guardó en {path}. Guarde esa carpeta en un lugar seguro, como una memoria USB.',
  importedText:
    'Se agregó a su portafolio: {credentials, plural, one {# credencial} other {# credenciales}}, {activities, plural, one {# actividad} other {# actividades}}, {certificates, plural, one {# certificado} other {# certificados}}.',
  nothingToClean: 'No había archivos de certificados sin usar. No se quitó nada.',
  cleanedText:
    '{count, plural, one {Se quitó 1 archivo de certificado sin usar} other {Se quitaron # archivos de certificados sin usar}} y se liberaron {size}.',
  done: 'Listo',
  problemsIntro:
    '{count, plural, one {El problema, según su lugar en el archivo:} other {Los # problemas, según su lugar en el archivo:}}',
  problemsTable: 'Problemas en el archivo que importó',
  place: 'Lugar en el archivo',
  problem: 'Problema',
  wholeFile: '(todo el archivo)',
  inOrder: 'Su portafolio está en orden',
  needsAttention: 'Su portafolio requiere atención',
  allInOrder:
    'Todo está en orden: se revisaron {activities, plural, one {# actividad} other {# actividades}} y {files, plural, one {# archivo de certificado} other {# archivos de certificados}}.',
  checked:
    'Se revisaron {activities, plural, one {# actividad} other {# actividades}} y {files, plural, one {# archivo de certificado} other {# archivos de certificados}}. {count, plural, one {Una cosa requiere su atención:} other {# cosas requieren su atención:}}',
};

export const api: CatalogOf<typeof englishApi> = {
  unreadable:
    'La aplicación dio una respuesta que no pudo leer. Intente de nuevo; si sigue pasando, reinicie CEU Portfolio.',
  unreachable:
    'La aplicación no pudo llegar a sus datos en este momento. Intente de nuevo; si sigue pasando, reinicie CEU Portfolio.',
  notConnected: 'La aplicación no está conectada a sus datos. Reinicie CEU Portfolio.',
  somethingWrong: 'Algo salió mal. Intente de nuevo.',
  packetSaved: 'Paquete guardado',
  packetNotSaved: 'El paquete no se guardó',
};
