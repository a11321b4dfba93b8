import type { CatalogOf } from '../catalog';
import type { access as english } from './access.en';

/** Nombres de controles que lee un lector de pantalla. */
export const access: CatalogOf<typeof english> = {
  close: 'Cerrar',
  closeNotification: 'Cerrar este mensaje',
  clearDate: 'Borrar la fecha',
  nextMonth: 'Mes siguiente',
  previousMonth: 'Mes anterior',
  nextYear: 'Año siguiente',
  previousYear: 'Año anterior',
  nextDecade: 'Década siguiente',
  previousDecade: 'Década anterior',
  chooseMonth: 'Elegir un mes',
  chooseYear: 'Elegir un año',
};
