import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { transparencyReport, type TransparencyReport } from '../../takedown/report.js';
import { parseDateOption } from '../../time.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';
import { choiceOption } from '../shared/options.js';
import { t } from '../../i18n/index.js';
import { archiveTranslator } from '../shared/language.js';

export const REPORT_FORMATS = ['md', 'json', 'csv'] as const;

export interface ReportFlags {
  since?: string;
  until?: string;
  format?: (typeof REPORT_FORMATS)[number];
  includeContacts?: boolean;
  notices?: boolean;
}

function reportDate(flag: string, value: string | undefined): string | null {
  return value === undefined ? null : parseDateOption(flag, value);
}

/** The transparency report of the requests received in the period, on stdout (Markdown unless asked otherwise). */
export async function runReport(deps: Deps, flags: ReportFlags): Promise<TransparencyReport> {
  const since = reportDate('--since', flags.since);
  const until = reportDate('--until', flags.until);
  if (since !== null && until !== null && since > until)
    throw new UsageError(t('articles.filter.sinceAfterUntil', { since, until }));
  const format = flags.format ?? (deps.mode === 'json' || deps.mode === 'ndjson' ? 'json' : 'md');
  if (flags.notices && format === 'csv') {
    throw new UsageError(t('report.noticesNotCsv'));
  }
  const report = transparencyReport(deps.scope, {
    since,
    until,
    includeContacts: Boolean(flags.includeContacts),
    notices: Boolean(flags.notices),
  });
  const { reportCsv, reportMarkdown } = await import('../../takedown/report-text.js');
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'csv'
        ? reportCsv(report)
        : reportMarkdown(report, await archiveTranslator(deps.scope.db));
  deps.io.stdout.write(text);
  return report;
}

const EXAMPLES = `
  arca takedown report --since 2026-01-01 --until 2026-12-31 > report-2026.md
  arca takedown report --since 2026-01-01 --format csv > figures.csv
  arca takedown report --json --notices | jq .notices
`;

export function registerReport(takedown: Command, env: EnvSource): void {
  const command = verb(takedown, 'report', t('report.description'), EXAMPLES);
  command
    .option('--since <date>', t('report.option.since'))
    .option('--until <date>', t('report.option.until'))
    .addOption(choiceOption(command, '--format <format>', t('report.option.format'), REPORT_FORMATS))
    .option('--include-contacts', t('report.option.includeContacts'))
    .option('--notices', t('report.option.notices'))
    .action(archiveAction(env, runReport));
}
