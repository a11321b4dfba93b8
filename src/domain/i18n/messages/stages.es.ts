import type { CatalogOf } from '../catalog';
import type { stages as english } from './stages.en';

/** Las etapas que informa un trabajo largo (una copia, una restauración, un paquete). */
export const stages: CatalogOf<typeof english> = {
  unpacking: 'Desempacando y revisando',
  checkingDatabase: 'Revisando la base de datos',
  replacing: 'Reemplazando el portafolio',
  copyingAndChecking: 'Copiando y revisando',
  copyingDatabase: 'Copiando la base de datos',
  addingCertificates: 'Agregando los certificados',
  copyingCertificates: 'Copiando los certificados',
  checkingCertificates: 'Revisando los certificados',
  writingSummary: 'Escribiendo el resumen y el registro de actividades',
  addingExhibits: 'Agregando los anexos',
  preparingPhotos: 'Preparando las fotos para el paquete',
  saving: 'Guardando',
  readingCertificate: 'Leyendo el certificado',
  done: 'Listo',
};
