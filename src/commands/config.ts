import type { Command } from 'commander';
import { appendAudit } from '../db/audit.js';
import { getSetting, isSettingKey, setSetting, SETTING_DEFAULTS, type SettingKey } from '../db/settings.js';
import { UsageError } from '../output/errors.js';
import { info } from '../output/io.js';
import { outputMode, renderRecord } from '../output/render.js';
import { isValidTimeZone } from '../time.js';
import type { Context } from './context.js';
import { withExamples } from './options.js';

const KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

const DESCRIPTIONS: Record<SettingKey, string> = {
  'window-days': 'days to decide a takedown request when an article\'s disclaimer names no window (whole number, at least 1)',
  timezone: 'the archive\'s time zone: calendar dates (received, due, today) are taken in it (an IANA name)',
};

function settingKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw new UsageError(`unknown setting "${key}" (known: ${KEYS.join(', ')})`);
  return key;
}

/** A value checked and written the one way it is stored ("15", "Asia/Shanghai"). */
export function normaliseSetting(key: SettingKey, text: string): string {
  const value = text.trim();
  switch (key) {
    case 'window-days':
      if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`window-days needs a whole number of at least 1 (got "${text}")`);
      return String(Number(value));
    case 'timezone':
      if (!isValidTimeZone(value)) throw new UsageError(`unknown time zone "${text}" (use an IANA name such as Asia/Shanghai or UTC)`);
      return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  }
}

/** JSON value of a setting: numbers as numbers. */
const typed = (key: SettingKey, value: string): string | number => (key === 'window-days' ? Number(value) : value);

export function registerConfig(program: Command, context: () => Context): void {
  const config = program.command('config')
    .description(`archive settings: ${KEYS.join(', ')}`);
  config.addHelpText('after', `\nSettings:\n${KEYS.map((k) => `  ${k.padEnd(12)} ${DESCRIPTIONS[k]}`).join('\n')}\n`);

  withExamples(
    config.command('get')
      .description('print one setting, or all of them')
      .argument('[key]', KEYS.join('|')),
    ['arca config get', 'arca config get window-days', 'arca config get --json'],
  ).action(async (key: string | undefined) => {
    const ctx = context();
    const keys = key === undefined ? KEYS : [settingKey(key)];
    const session = await ctx.open();
    try {
      const values = keys.map((k) => ({ key: k, value: getSetting(session.db, k) }));
      const mode = outputMode(ctx.io, ctx.options);
      if (key !== undefined && (mode === 'table' || mode === 'tsv')) {
        // A lone value, so that $(arca config get window-days) is just the number.
        ctx.io.stdout.write(`${values[0].value}\n`);
        return;
      }
      const json = values.map((v) => ({ key: v.key, value: typed(v.key, v.value) }));
      await renderRecord(ctx.io, mode, values.map((v) => [v.key, v.value]), key === undefined ? json : json[0]);
    } finally {
      session.db.close();
    }
  });

  withExamples(
    config.command('set')
      .description('change a setting (recorded in the audit log)')
      .argument('<key>', KEYS.join('|'))
      .argument('<value>', 'the new value'),
    ['arca config set window-days 15', 'arca config set timezone Asia/Shanghai'],
  ).action(async (keyText: string, text: string) => {
    const ctx = context();
    const key = settingKey(keyText);
    const value = normaliseSetting(key, text);
    const session = await ctx.open();
    try {
      const before = getSetting(session.db, key);
      if (before !== value) {
        session.db.transaction(() => {
          setSetting(session.db, key, value);
          appendAudit(session.db, session.audit, 'config.set', `config:${key}`, { from: typed(key, before), to: typed(key, value) });
        }).immediate();
      }
      if (ctx.options.json) await renderRecord(ctx.io, 'json', [], { key, value: typed(key, value) });
      info(ctx.io, before === value ? `${key} is already ${value}` : `${key}: ${before} → ${value}`);
    } finally {
      session.db.close();
    }
  });
}
