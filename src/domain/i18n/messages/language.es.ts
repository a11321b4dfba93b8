import type { CatalogOf } from '../catalog';
import type { language as english } from './language.en';

/** El selector de idioma. */
export const language: CatalogOf<typeof english> = {
  menu: 'Idioma…',
  title: 'Idioma',
  label: 'Mostrar CEU Portfolio en',
  system: 'El mismo de esta computadora ({language})',
  packetNote: 'Los paquetes siguen en inglés: son para el organismo certificador.',
  saveFailed: 'No se cambió el idioma',
  close: 'Cerrar',
};
