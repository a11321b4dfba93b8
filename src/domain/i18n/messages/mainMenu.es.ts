import type { CatalogOf } from '../catalog';
import type { mainMenu as english } from './mainMenu.en';

/** El menú de la aplicación y los diálogos propios del proceso principal. */
export const mainMenu: CatalogOf<typeof english> = {
  file: 'Archivo',
  exportPacket: 'Exportar paquete…',
  importPortfolio: 'Importar portafolio…',
  exportPortfolio: 'Exportar portafolio…',
  backups: 'Copias de seguridad…',
  quit: 'Salir',
  view: 'Ver',
  help: 'Ayuda',
  checkPortfolio: 'Revisar mi portafolio…',
  about: 'Acerca de CEU Portfolio',
  openDataFolder: 'Abrir la carpeta de datos',
  aboutVersion: 'CEU Portfolio {version}',
  aboutDetail: 'Su portafolio se guarda en esta computadora, en:\n{folder}',
};
