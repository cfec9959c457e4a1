import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { EnvSource } from '../shared/env.js';
import { registerHolidaysImport } from './import.js';
import { registerHolidaysList } from './list.js';

/** `arca holidays …`: the working-day calendar that due dates in working days are counted on. */
export function registerHolidays(program: Command, env: EnvSource): void {
  const holidays = program.command('holidays').description(t('holidays.description'));
  registerHolidaysImport(holidays, env);
  registerHolidaysList(holidays, env);
}
