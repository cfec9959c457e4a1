import type { Command } from 'commander';
import { horizonYear } from '../../calendar/workdays.js';
import { archiveSchedule, type ScheduledDay } from '../../db/holidays.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { info } from '../../output/io.js';
import { renderRows, type Column } from '../../output/render.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';

/** Built when shown: the headers speak the run's language. */
const dayColumns = (): Column<ScheduledDay>[] => [
  { header: t('holidays.header.date'), value: (d) => d.date, style: 'date' },
  { header: t('holidays.header.kind'), value: (d) => d.kind, style: 'status' },
  { header: t('holidays.header.name'), value: (d) => d.name, flex: true },
  { header: t('holidays.header.source'), value: (d) => d.source, style: 'dim' },
];

/** The days the calendar sets apart from the weekend rule, of one year or all, and which years it knows. */
export async function runHolidaysList(deps: Deps, yearText: string | undefined): Promise<ScheduledDay[]> {
  if (yearText !== undefined && !/^\d{4}$/.test(yearText))
    throw new UsageError(t('holidays.badYear', { text: yearText }));
  const { calendar, days } = archiveSchedule(deps.scope.db);
  const shown = yearText === undefined ? days : days.filter((d) => d.date.startsWith(`${yearText}-`));
  await renderRows(deps.io, deps.mode, shown, dayColumns(), (d) => d);
  const years = [...calendar.years].sort((a, b) => a - b).join(', ');
  if (yearText !== undefined && !calendar.years.has(Number(yearText)))
    info(deps.io, t('holidays.unknownYear', { year: yearText, last: horizonYear(calendar) }));
  else info(deps.io, t('holidays.known', { years, last: horizonYear(calendar) }));
  return shown;
}

const EXAMPLES = `
  arca holidays list 2026
  arca holidays list --json
`;

export function registerHolidaysList(holidays: Command, env: EnvSource): void {
  verb(holidays, 'list', t('holidays.listDescription'), EXAMPLES)
    .argument('[year]', t('holidays.yearArgument'))
    .action(archiveAction(env, runHolidaysList));
}
