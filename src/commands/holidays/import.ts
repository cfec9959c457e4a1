import fs from 'node:fs';
import type { Command } from 'commander';
import { parseHolidayFile } from '../../calendar/holiday-file.js';
import { importHolidays, type HolidayImport } from '../../db/holidays.js';
import { errnoReason, FailureError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { info } from '../../output/io.js';
import { renderRecord } from '../../output/render.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { verb } from '../shared/verb.js';

/** Reads a holiday file and replaces the schedule of each year it lists; a bad line imports nothing. */
export async function runHolidaysImport(deps: Deps, file: string, text: string): Promise<HolidayImport> {
  const days = parseHolidayFile(text, file);
  const result = importHolidays(deps.scope.db, deps.scope.audit, days);
  await renderRecord(
    deps.io,
    deps.mode,
    [
      ['years', result.years.join(',')],
      ['holidays', result.holidays],
      ['workdays', result.workdays],
    ],
    result,
  );
  info(deps.io, t('holidays.imported', { ...result, years: result.years.join(', ') }));
  return result;
}

function readHolidayFile(file: string): string {
  try {
    return fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new FailureError(t('holidays.unreadable', { file, reason: errnoReason(err) }));
  }
}

const EXAMPLES = `
  arca holidays import holidays-2027.txt
  printf '2027-02-06 holiday 春节\\n2027-02-20 workday 春节\\n' | arca holidays import -
`;

export function registerHolidaysImport(holidays: Command, env: EnvSource): void {
  verb(holidays, 'import', t('holidays.importDescription'), EXAMPLES)
    .argument('<file>', t('holidays.fileArgument'))
    .action(async (file: string) => {
      const text = readHolidayFile(file);
      await withArchive(env(), (deps) => runHolidaysImport(deps, file === '-' ? 'stdin' : file, text));
    });
}
