/**
 * The output flags every command shares beyond plain --json: `--json FIELDS` (only these fields),
 * `--jq EXPR`, and the rule that reads `--json` followed by a word. Checked before a command runs, so
 * a bad field is a usage error before the archive is opened; applied by src/output/render.ts.
 */
import { ARTICLE_FIELDS } from '../../article-fields.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Template } from '../../output/template.js';

/** The keys of an article's JSON (provenance is one object). */
const ARTICLE_KEYS = [...new Set(ARTICLE_FIELDS.map((f) => ('within' in f ? f.within : f.name)))];
const ARTICLE_SUMMARY_KEYS = ARTICLE_KEYS.filter((key) => key !== 'body');
const REQUEST_KEYS = [
  'id',
  'status',
  'received',
  'due',
  'overdue',
  'late',
  'claimant',
  'contact',
  'work',
  'reason',
  'channel',
  'channel_note',
  'articles',
  'decided_at',
  'note',
  'restore_due',
  'counter_notice',
];

/** The fields `--json FIELDS` may name, by command: the keys of that command's JSON objects. */
export const JSON_FIELDS: Record<string, readonly string[]> = {
  list: ARTICLE_SUMMARY_KEYS,
  show: [...ARTICLE_KEYS, 'takedowns'],
  search: [...ARTICLE_SUMMARY_KEYS, 'score', 'snippet'],
  'takedown list': REQUEST_KEYS,
  'takedown show': [...REQUEST_KEYS, 'history', 'named_articles', 'attachments'],
  log: ['seq', 'at', 'actor', 'action', 'subject', 'details', 'hash'],
};

/** What the JSON renderer does beyond writing whole objects. */
export interface JsonSelection {
  fields?: readonly string[];
  jq?: string;
  template?: Template;
}

const FIELD_LIST = /^[a-z_]+(,[a-z_]+)*$/;
const ANY_COMMAND_FIELD = new Set(Object.values(JSON_FIELDS).flat());

/**
 * `--json` takes an optional field list, so `--json WORD` is ambiguous: WORD is the field list when it
 * is a comma list, or one word that names a field of some command, and not a command name: so
 * `arca --json import x.txt`, `arca show --json 12` and `arca search --json court` keep their meaning. Rewrites each `--json` to `--json=FIELDS` or `--json=` (all fields) so the parser cannot take
 * a command or an argument for a field list.
 */
export function settleJsonFlags(argv: readonly string[], commandNames: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (argv[i] !== '--json') {
      out.push(argv[i]);
      continue;
    }
    const next = argv[i + 1];
    const isFields =
      next !== undefined &&
      FIELD_LIST.test(next) &&
      !commandNames.has(next) &&
      (next.includes(',') || ANY_COMMAND_FIELD.has(next));
    out.push(isFields ? `--json=${next}` : '--json=');
    if (isFields) i++;
  }
  return out;
}

/**
 * The word a bare `--json` was followed by and settleJsonFlags left as an argument (`list --json titel`):
 * when the command then has one argument too many, that word was a misspelt field list.
 */
export function wordAfterBareJson(settledArgv: readonly string[]): string | undefined {
  const at = settledArgv.indexOf('--json=');
  const next = at < 0 ? undefined : settledArgv[at + 1];
  return next !== undefined && FIELD_LIST.test(next) ? next : undefined;
}

/**
 * `--json FIELDS`, `--jq` and `--template` for the command at `path` ("takedown list"), checked (the template
 * parsed, its module loaded only then); a usage error otherwise.
 */
export async function jsonSelection(
  path: string,
  flags: { json?: boolean | string; jq?: string; template?: string },
): Promise<JsonSelection> {
  const fieldText = typeof flags.json === 'string' ? flags.json : undefined;
  const given = [
    ...(fieldText === undefined ? [] : ['--json FIELDS']),
    ...(flags.jq === undefined ? [] : ['--jq']),
    ...(flags.template === undefined ? [] : ['--template']),
  ];
  if (given.length === 0) return {};
  if (!Object.hasOwn(JSON_FIELDS, path)) {
    throw new UsageError(t('shared.fieldsNotHere', { flag: given[0], commands: Object.keys(JSON_FIELDS).join(', ') }));
  }
  const fields = fieldText === undefined ? undefined : checkedFields(path, fieldText);
  const template =
    flags.template === undefined ? undefined : (await import('../../output/template.js')).parseTemplate(flags.template);
  return { fields, jq: flags.jq, template };
}

/** The fields of `--json FIELDS` for the command at `path`, or a usage error naming the valid ones. */
export function checkedFields(path: string, fieldText: string): string[] {
  const valid = JSON_FIELDS[path];
  const fields = fieldText.split(',').map((f) => f.trim());
  const unknown = fields.filter((f) => !valid.includes(f));
  if (unknown.length > 0) {
    const named = unknown.map((f) => `"${f}"`).join(', ');
    throw new UsageError(
      t('shared.unknownFields', { count: unknown.length, named, command: path, valid: valid.join(', ') }),
    );
  }
  return fields;
}
