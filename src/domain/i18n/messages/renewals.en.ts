/** Renewals and past cycles: the credential page's renewal dialog, its past cycles, and a past cycle's packet. */
export const renewals = {
  record: 'Record a renewal',
  dialogTitle: 'Record a renewal of {credential}',
  intro:
    'Your current cycle is kept with what you earned in it, and your next cycle starts on the day the {body} rules give. You can undo this.',
  date: 'Date you renewed',
  dateHelp: 'The day your renewal was accepted, or the day you passed the exam.',
  datePlaceholder: 'Pick or type a date',
  enterDate: 'Enter the date you renewed.',
  how: 'How you renewed',
  byCe: 'With continuing education',
  byExam: 'By passing the exam again',
  save: 'Start my next cycle',
  cancel: 'Cancel',
  renewedTitle: 'Your next cycle has started',
  renewedText:
    '{credential}: the new cycle runs {start} to {end}. The finished cycle is under “Past cycles”.',
  undo: 'Undo',
  undoneTitle: 'Renewal undone',
  undoneText: '{credential} is back in the cycle that started {start}.',
  notUndone: 'The renewal could not be undone',
  pastTitle: 'Past cycles',
  pastDescription: 'Each finished cycle, as it stood on its last day.',
  columnCycle: 'Cycle',
  columnEnding: 'How it ended',
  columnCounted: 'Counted',
  columnPacket: 'Packet',
  cycleDates: '{start} to {end}',
  ending: {
    renewed: 'Renewed on {date}',
    reactivated_exam: 'Reactivated by exam on {date}',
    reactivated_ce: 'Reactivated with continuing education on {date}',
  },
  counted: '{counted} of {required} {pointName}',
  packet: 'Packet',
  packetLabel: 'Export the packet for the cycle {start} to {end}',
  undoLast: 'Undo the last renewal',
  packetForPastCycle: 'This packet is for a finished cycle, as it stood on {date}.',
  problem: {
    in_future: 'That date is after today. Record the renewal on the day it happened, or later.',
    before_cycle_start:
      'Your current {credential} cycle started on {start}. Enter a renewal date after that day.',
    not_open:
      'Your {credential} cycle is not open for renewal yet: the app counts less credit than the rules require, and renewal opens on {date}. Check the date, or add the activities you renewed with.',
    ce_closed:
      'On that date your {credential} could no longer be renewed by continuing education. If you passed the exam again, choose "By passing the exam again".',
    nothing_to_undo: '{credential} has no renewal to undo. Nothing was changed.',
  },
  cliRenewed:
    '{credential}: the cycle {start} to {end} is kept ({counted} of {required} {pointName} counted). The next cycle runs {nextStart} to {nextEnd}.',
  cliUndone: '{credential}: the last renewal is undone; the cycle that started {start} is current again.',
  useCurrentCycle: 'Use the current cycle',
} as const;
