import path from 'node:path';
import { retryReadOnceIfBusy } from '../../core/errors';
import { upcomingFor, upcomingSayer, writeCalendar } from '../../core/reminders';
import { dueWithin } from '../../domain/reminders/upcoming';
import { dataDirOption, parseAsOf, parseCommandArgs } from '../args';
import { cliLanguage, say } from '../language';
import { withPortfolio } from '../open-portfolio';
import type { Output } from '../output';
import { UsageError } from '../usage-error';

/**
 * `ceu remind [--within DAYS] [--json]`: what is due within DAYS days (30 unless said),
 * for a scheduled task; exits 0 whether or not anything is due. The JSON is a contract
 * (docs/remind-json.md) and stays English.
 */
export async function remindCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('remind', args, {
    ...dataDirOption,
    within: { type: 'string', default: '30' },
    'as-of': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (!/^\d{1,4}$/.test(values.within) || Number(values.within) > 3650)
    throw new UsageError(say('reminders.cli.badWithin'), 'remind');
  const days = Number(values.within);
  const asOf = parseAsOf(values['as-of'], 'remind');
  return withPortfolio(values['data-dir'], { create: false }, async (portfolio) => {
    const { items, evaluations } = await retryReadOnceIfBusy(() => upcomingFor(portfolio, asOf));
    const due = dueWithin(items, days);
    const when = asOf ?? portfolio.today();
    if (values.json) {
      const english = upcomingSayer('en', evaluations);
      const list = due.map((item) => ({ ...item, ...english(item) }));
      io.out(JSON.stringify({ asOf: when, within: days, due: list }, null, 2));
      return 0;
    }
    if (due.length === 0) {
      io.out(say('reminders.cli.none', { days, date: when }));
      return 0;
    }
    const words = upcomingSayer(cliLanguage(), evaluations);
    io.out(say('reminders.cli.header', { days, date: when }));
    for (const item of due) {
      const { title, note } = words(item);
      io.out(`  ${item.date}  ${title}`);
      if (note) io.out(`              ${note}`);
    }
    return 0;
  });
}

/** `ceu calendar --out FILE`: every date ahead as an .ics file a calendar can import (and update). */
export async function calendarCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('calendar', args, { ...dataDirOption, out: { type: 'string' } });
  if (!values.out) throw new UsageError(say('reminders.cli.needOut'), 'calendar');
  const file = path.resolve(values.out);
  return withPortfolio(values['data-dir'], { create: false }, (portfolio) => {
    const count = writeCalendar(portfolio, file, cliLanguage());
    io.out(say('reminders.cli.calendarWritten', { count, file }));
    return 0;
  });
}
