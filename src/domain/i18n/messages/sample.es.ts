import type { CatalogOf } from '../catalog';
import type { sample as english } from './sample.en';

/** El portafolio de ejemplo: marcado en todas partes y se borra en un paso. */
export const sample: CatalogOf<typeof english> = {
  bannerTitle: 'Este es el portafolio de ejemplo',
  bannerText:
    'La persona, las credenciales y los cursos son inventados, para mostrar cómo funciona CEU Portfolio. Los paquetes hechos con él dicen SAMPLE (ejemplo) en cada página.',
  clear: 'Borrar el ejemplo y empezar el mío',
  confirmTitle: '¿Borrar el ejemplo?',
  confirmText:
    'Se eliminan la persona, las credenciales, las actividades y los certificados del ejemplo, y usted empieza su propio portafolio con su nombre. Lo que usted agregó se queda.',
  confirm: 'Borrar el ejemplo',
  cancel: 'Conservarlo por ahora',
  failed: 'No se borró el ejemplo',
};
