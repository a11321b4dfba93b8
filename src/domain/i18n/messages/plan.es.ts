import type { CatalogOf } from '../catalog';
import type { plan as english } from './plan.en';

/** El plan hasta la fecha límite (`ceu plan`): qué tomar, cuándo y por cuánto. */
export const plan: CatalogOf<typeof english> = {
  heading: 'Su plan hasta la fecha límite, al {date}',
  nothingToPlan: 'Todas sus credenciales ya tienen los créditos que necesitan. No hay nada que planear.',
  total:
    'En total: {cost} y unas {hours, plural, one {# hora} other {# horas}} de estudio. Los precios cambian: confírmelos con el proveedor antes de comprar.',
  item: '{name}, {cost}: {uses}.',
  owned: 'ya es suyo',
  units: '{units, plural, one {# curso o prueba} other {# cursos o pruebas}}',
  years: '{years, plural, one {# año} other {# años}} de membresía',
  covers: 'cubre {points} de los puntos de categoría {categories} que le faltan para {credential}',
  coversAny: 'cubre {points} de los puntos que le faltan para {credential}',
  countsFor: 'cuenta para su {credential} ({points})',
  monthsHeading: 'Mes por mes:',
  month: '{month}: {items}',
  monthItem: '{name}: {units, plural, one {# curso o prueba} other {# cursos o pruebas}}',
  pay: 'pague {cost}',
  planned:
    '{credential}: termine antes del {date}; así el organismo tiene tiempo para procesar su solicitud.',
  complete: '{credential}: no le falta nada.',
  tooLate:
    '{credential}: ya pasó su último día para ganar créditos ({date}), así que ningún plan llega a tiempo. Pregunte al organismo cómo renovar tarde o reactivar la credencial.',
  notCoverable:
    '{credential}: nada del catálogo cuenta para ella. Pregunte al organismo qué cursos acepta y planéelos usted.',
  noPlan: 'Ningún plan cabe en sus límites.',
  relaxBudget: 'Suba su presupuesto a {amount} y un plan cabe.',
  relaxHours: 'Dedique {hours, plural, one {# hora} other {# horas}} al mes y un plan cabe.',
  relaxExcluded: 'Vuelva a permitir {items} y un plan cabe.',
  relaxAll: 'Ningún límite por sí solo es la causa: un plan cabe solo si los relaja todos juntos.',
  withoutPrice:
    '{count, plural, one {# opción del catálogo quedó fuera} other {# opciones del catálogo quedaron fuera}} porque no se sabe su precio: {names}.',
  notANumber: '{option} necesita un número mayor o igual a cero, por ejemplo {example}.',
};
