/** The clock, prompter and dependencies of the takedown request tests (archives: tests/helpers/archive.ts). */
import type { Db } from '../../src/db/connection.js';
import type { MemoryIO } from '../../src/output/memory-io.js';
import type { Prompter } from '../../src/output/prompts.js';
import type { OutputMode } from '../../src/output/render.js';
import type { Deps } from '../../src/commands/shared/env.js';
import { archiveScope, type ArchiveScope } from '../../src/db/scope.js';
import { TZ } from '../helpers/archive.js';

/** The clock at `now` (an ISO instant), in the Shanghai zone, acting as "tester". */
export function scopeAt(db: Db, now: string): ArchiveScope {
  return archiveScope(db, { tz: TZ, now: new Date(now), actor: 'tester' });
}

export interface ScriptedPrompter extends Prompter {
  /** Every question asked, in order. */
  asked: string[];
}

/**
 * A Prompter that gives the scripted answers in order and fails on an unexpected question. An
 * empty input answer takes the question's default; answers go through the question's validation.
 */
export function scriptedPrompter(answers: unknown[]): ScriptedPrompter {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string): unknown => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`unexpected question: ${message}`);
    return queue.shift();
  };
  return {
    asked,
    async input(message, opts = {}) {
      const typed = next(message) as string;
      const answer = typed === '' && opts.default !== undefined ? opts.default : typed;
      const verdict = opts.validate?.(answer) ?? true;
      if (verdict !== true) throw new Error(`answer "${answer}" to "${message}" refused: ${verdict}`);
      return answer;
    },
    async select(message, choices) {
      const answer = next(message);
      if (!choices.some((c) => c.value === answer))
        throw new Error(`"${String(answer)}" is not a choice of "${message}"`);
      return answer as never;
    },
    async confirm(message) {
      return next(message) as boolean;
    },
  };
}

export function depsFor(
  scope: ArchiveScope,
  io: MemoryIO,
  prompter: Prompter = scriptedPrompter([]),
  mode?: OutputMode,
): Deps {
  return { io, scope, prompter, mode: mode ?? (io.stdoutIsTTY ? 'table' : 'tsv') };
}
