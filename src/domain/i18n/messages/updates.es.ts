import type { CatalogOf } from '../catalog';
import type { updates as english } from './updates.en';

/** Buscar versiones nuevas, solo con el permiso de la persona. */
export const updates: CatalogOf<typeof english> = {
  askTitle: '¿Buscar versiones nuevas?',
  askText:
    'CEU Portfolio puede revisar una vez al día si hay una versión más nueva. La revisión consulta la página de versiones del proyecto en GitHub, que ve la versión de esta aplicación, su sistema operativo y la dirección de internet de su computadora. Nunca se envía nada de su portafolio. Se le pregunta antes de descargar o instalar algo.',
  yes: 'Sí, buscar versiones nuevas',
  no: 'No, gracias',
  menu: 'Buscar actualizaciones…',
  settingsTitle: 'Buscar actualizaciones',
  toggle: 'Buscar versiones nuevas una vez al día',
  on: 'La búsqueda de actualizaciones está activada.',
  off: 'La búsqueda de actualizaciones está desactivada. No se envía nada.',
  onlyInstalled: 'Las revisiones solo se hacen en la aplicación instalada.',
  saveFailed: 'No se guardó su elección',
  close: 'Cerrar',
  downloadTitle: 'Hay una versión nueva',
  downloadMessage: 'Está disponible CEU Portfolio {version}. ¿Descargarla ahora?',
  downloadDetail: 'Se descarga en segundo plano; se le preguntará de nuevo antes de instalarla.',
  download: 'Descargar',
  later: 'Ahora no',
  installTitle: 'La versión nueva está lista',
  installMessage: 'CEU Portfolio {version} está lista. ¿Reiniciar ahora para instalarla?',
  installDetail:
    'Su portafolio se guarda mientras trabaja; al cerrar la aplicación se hace una copia de seguridad.',
  install: 'Reiniciar e instalar',
};
