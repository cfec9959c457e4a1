/** Option helpers every command uses the same way: examples, enum flags, filters, numbers and sizes. */
import type { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { FILTER_STATUSES, SORT_KEYS, WINDOW_STATES } from '../../query/filters.js';
import { t } from '../../i18n/index.js';

const EXAMPLES = new WeakMap<Command, string[]>();

/** Help leads with examples (clig.dev): every command lists a few after its options (and in the man page). */
export function withExamples(command: Command, examples: string[]): Command {
  EXAMPLES.set(command, examples);
  return command.addHelpText(
    'after',
    `\n${t('cli.heading.examples')}\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`,
  );
}

/** The examples withExamples gave a command (none for a command without). */
export function examplesOf(command: Command): readonly string[] {
  return EXAMPLES.get(command) ?? [];
}

/** The filters shared by list, search and export, added the same way everywhere. */
export function addFilterOptions(
  command: Command,
  options: { paging: boolean; sorting: boolean; defaultStatus?: (typeof FILTER_STATUSES)[number] },
): Command {
  command
    .option('--source <text>', t('shared.option.source'))
    .option('--author <text>', t('shared.option.author'))
    .option('--site <text>', t('shared.option.site'))
    .option('--category <text>', t('shared.option.category'))
    .option('--since <date>', t('shared.option.since'))
    .option('--until <date>', t('shared.option.until'))
    .option('--imported-since <date>', t('shared.option.importedSince'))
    .addOption(
      choiceOption(
        command,
        '--status <status>',
        t('shared.option.status'),
        FILTER_STATUSES,
        options.defaultStatus ?? 'active',
      ),
    )
    .addOption(choiceOption(command, '--window <state>', t('shared.option.window'), WINDOW_STATES))
    .option('--has-request', t('shared.option.hasRequest'));
  if (options.sorting) {
    command
      .addOption(choiceOption(command, '--sort <key>', t('shared.option.sort'), SORT_KEYS))
      .option('--asc', t('shared.option.asc'))
      .option('--desc', t('shared.option.desc'));
  }
  if (options.paging) {
    command.option('--limit <n>', t('shared.option.limit')).option('--offset <n>', t('shared.option.offset'));
  }
  return command;
}

/**
 * A flag that takes one of a fixed list of values, declared once: help shows the choices, and any
 * other value is a usage error naming them ("--lang must be one of zh, en (got "fr")").
 */
export function choiceOption(
  command: Command,
  flags: string,
  description: string,
  choices: readonly string[],
  fallback?: string,
): Option {
  const option = command.createOption(flags, description).choices(choices);
  option.argParser((value: string) => {
    if (!choices.includes(value))
      throw new UsageError(t('shared.choice', { flag: option.long ?? flags, choices: choices.join(', '), value }));
    return value;
  });
  return fallback === undefined ? option : option.default(fallback);
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** "10MB", "512k", "2000000" → bytes. */
export function parseByteSize(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(t('shared.byteSize', { flag, value: text }));
  return Math.floor(Number(m[1]) * unit);
}

/** A positive whole number flag (ids, days, limits): past 2^53 a number is no longer exact, so it is refused too. */
export function parsePositiveInt(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1) throw new UsageError(t('shared.positiveInt', { flag, value: text }));
  if (!Number.isSafeInteger(value))
    throw new UsageError(t('shared.tooLarge', { flag, max: Number.MAX_SAFE_INTEGER, value: text }));
  return value;
}

/** An http(s) URL flag or setting, as given (trimmed); `what` says what it should be the address of. */
export function httpUrl(name: string, text: string, what = 'an http(s) URL'): string {
  let url: URL | undefined;
  try {
    url = new URL(text.trim());
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new UsageError(`${name} needs ${what} (got "${text}")`);
  return text.trim();
}
