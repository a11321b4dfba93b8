import type { CatalogOf } from '../catalog';
import type { renewals as english } from './renewals.en';

export const renewals: CatalogOf<typeof english> = {
  record: 'Registrar una renovación',
  dialogTitle: 'Registrar una renovación de {credential}',
  intro:
    'Su período de recertificación actual se guarda con lo que ganó en él, y el siguiente empieza el día que indican las reglas de {body}. Puede deshacerlo.',
  date: 'Fecha en que renovó',
  dateHelp: 'El día en que aceptaron su renovación, o el día en que aprobó el examen.',
  datePlaceholder: 'Elija o escriba una fecha',
  enterDate: 'Escriba la fecha en que renovó.',
  how: 'Cómo renovó',
  byCe: 'Con educación continua',
  byExam: 'Aprobando el examen otra vez',
  save: 'Empezar mi siguiente período',
  cancel: 'Cancelar',
  renewedTitle: 'Empezó su siguiente período',
  renewedText:
    '{credential}: el nuevo período va del {start} al {end}. El período terminado está en “Períodos anteriores”.',
  undo: 'Deshacer',
  undoneTitle: 'Renovación deshecha',
  undoneText: '{credential} vuelve al período que empezó el {start}.',
  notUndone: 'No se pudo deshacer la renovación',
  pastTitle: 'Períodos anteriores',
  pastDescription: 'Cada período terminado, tal como estaba en su último día.',
  columnCycle: 'Período',
  columnEnding: 'Cómo terminó',
  columnCounted: 'Contados',
  columnPacket: 'Paquete',
  cycleDates: 'Del {start} al {end}',
  ending: {
    renewed: 'Renovada el {date}',
    reactivated_exam: 'Reactivada por examen el {date}',
    reactivated_ce: 'Reactivada con educación continua el {date}',
  },
  counted: '{counted} de {required} {pointName}',
  packet: 'Paquete',
  packetLabel: 'Exportar el paquete de recertificación del período del {start} al {end}',
  undoLast: 'Deshacer la última renovación',
  packetForPastCycle: 'Este paquete es de un período terminado, tal como estaba el {date}.',
  problem: {
    in_future: 'Esa fecha es posterior a hoy. Registre la renovación el día en que ocurrió, o después.',
    before_cycle_start:
      'Su período actual de {credential} empezó el {start}. Escriba una fecha de renovación posterior a ese día.',
    not_open:
      'Su período de {credential} todavía no se puede renovar: la aplicación cuenta menos créditos de los que piden las reglas, y la renovación se abre el {date}. Revise la fecha, o agregue las actividades con las que renovó.',
    ce_closed:
      'En esa fecha su {credential} ya no se podía renovar con educación continua. Si aprobó el examen otra vez, elija “Aprobando el examen otra vez”.',
    nothing_to_undo: '{credential} no tiene ninguna renovación que deshacer. No se cambió nada.',
  },
  cliRenewed:
    '{credential}: el período del {start} al {end} queda guardado ({counted} de {required} {pointName} contados). El siguiente período va del {nextStart} al {nextEnd}.',
  cliUndone:
    '{credential}: se deshizo la última renovación; el período que empezó el {start} vuelve a ser el actual.',
  useCurrentCycle: 'Usar el período actual',
};
