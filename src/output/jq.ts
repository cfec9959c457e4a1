/**
 * `--jq EXPR` runs jq-wasm, the jq program compiled to WebAssembly, rather than a `jq` on the PATH:
 * the same jq (and the same answers) on every machine and under cron, and no extra process. Loaded
 * only when --jq is given (about 20-30 ms to load, 40-60 ms for the first run on the build machine).
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

/** jq's output for `expression` over `json`, strings raw (as `jq -r`, and gh's --jq). */
export async function applyJq(json: string, expression: string): Promise<string> {
  const jq = await import('jq-wasm');
  try {
    const out = await jq.raw(json, expression, ['-r']);
    return out === '' ? '' : `${out}\n`;
  } catch (err) {
    const message = (err as Error).message
      .split('\n')
      .filter((line) => !/^jq: \d+ compile errors?$/.test(line))
      .map((line) => line.replace(/^jq: error(?: \(at [^)]*\))?: /, '').trim())
      .filter(Boolean)
      .join(' ');
    throw new UsageError(t('output.jqFailed', { expression: JSON.stringify(expression), message }));
  }
}
