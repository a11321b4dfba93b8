import type { CatalogOf } from '../catalog';
import type { dialogs as english } from './dialogs.en';

/** Los diálogos propios del proceso principal: elegir archivos y carpetas, un enlace, el arranque. */
export const dialogs: CatalogOf<typeof english> = {
  exportFolder: 'Elija una carpeta donde exportar su portafolio',
  importFile: 'Elija un archivo de portafolio para importar',
  portfolioFiles: 'Exportación de CEU Portfolio',
  saveActivityLog: 'Guardar el registro de actividades como hoja de cálculo',
  activityLogName: 'Registro de actividades CEU {date}.csv',
  csvFiles: 'Hoja de cálculo CSV',
  savePacket: 'Guardar el paquete de recertificación',
  pdfFiles: 'Documento PDF',
  backupsFolder: 'Elija una carpeta para guardar sus copias de seguridad',
  saveBackup: 'Guardar una copia de seguridad de su portafolio',
  backupName: 'Copia de CEU Portfolio {date}',
  backupFiles: 'Copia de seguridad de CEU Portfolio',
  chooseBackup: 'Elija una copia de seguridad para restaurar',
  linkTitle: '¿Abrir este enlace?',
  linkMessage: 'Este enlace lleva a un sitio web que CEU Portfolio no conoce.',
  linkDetail: 'Se abrirá en su navegador:\n\n{url}\n\nÁbralo solo si confía en esta dirección.',
  linkCancel: 'Cancelar',
  linkOpen: 'Abrir en el navegador',
  notInstalledTitle: 'CEU Portfolio no está instalado por completo',
  notInstalledText:
    'Su componente de base de datos todavía no se preparó para esta aplicación. Inicie CEU Portfolio con "npm start", que lo prepara, e inténtelo otra vez.',
  cannotOpenTitle: 'CEU Portfolio no puede abrir su portafolio',
  couldNotStartTitle: 'CEU Portfolio no pudo iniciar',
  couldNotStartText:
    'Algo salió mal al abrir su portafolio. No se cambió nada. Reinicie la aplicación; si sigue pasando, envíe a soporte el archivo logs/errors.log de su carpeta de datos.',
  restoreFailedTitle: 'No se restauró la copia de seguridad',
  damagedTitle: 'Hay que restaurar su portafolio desde una copia de seguridad',
  damagedDetail:
    '{damage}\n\nEl portafolio dañado se guarda aparte en la carpeta "previous" de la carpeta de datos, así que no se pierde nada al restaurar.',
  restoreNewest: 'Restaurar la copia hecha el {when}',
  chooseBackupFile: 'Elegir un archivo de copia…',
  quit: 'Salir',
};
