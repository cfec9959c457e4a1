/** What the verbs that write one file share: `--out` and `--force`, the refusal to replace, the whole-file write. */
import fs from 'node:fs';
import type { Command } from 'commander';
import { errnoReason, FailureError, UsageError } from '../../errors.js';
import { writeAtomically } from '../../files.js';
import type { IO } from '../../output/io.js';

export interface OutFlags {
  out: string;
  force?: boolean;
}

/** `--out FILE` (required, or `-` for stdout by default) and `--force`, each in the verb's own words. */
export function addOutOptions(command: Command, words: { out: string; force: string }, fallback?: '-'): Command {
  if (fallback === undefined) command.requiredOption('--out <file>', words.out);
  else command.option('--out <file>', words.out, fallback);
  return command.option('--force', words.force);
}

/** Checked before any work is done: an existing file is replaced only with --force (`-` is stdout). */
export function refuseToReplace(flags: OutFlags, refusal: string): void {
  if (flags.out !== '-' && !flags.force && fs.existsSync(flags.out)) throw new UsageError(refusal);
}

/**
 * `data` on stdout for `-`, else in the file, whole or not at all: a reader meanwhile sees the old file
 * or the new one. A failed write is a failure saying `cannotWrite(reason)`.
 */
export async function writeOut(
  io: IO,
  flags: OutFlags,
  data: string | Uint8Array,
  cannotWrite: (reason: string) => string,
): Promise<void> {
  if (flags.out === '-') {
    io.stdout.write(data);
    return;
  }
  try {
    await writeAtomically(flags.out, (temp) => fs.writeFileSync(temp, data), { replace: Boolean(flags.force) });
  } catch (err) {
    throw new FailureError(cannotWrite(errnoReason(err)));
  }
}
