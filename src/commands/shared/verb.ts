/**
 * The one way a verb is registered: `verb()` makes the command with its description and examples,
 * `register<Name>` adds its flags, and `archiveAction()` runs `run<Name>` in the archive. A new verb copies:
 *
 *   const EXAMPLES = `
 *     arca takedown withdraw R3
 *   `;
 *
 *   export function registerWithdraw(takedown: Command, env: EnvSource): void {
 *     verb(takedown, 'withdraw', t('takedown.withdraw.description'), EXAMPLES)
 *       .argument('<request>', t('takedown.requestArgument'))
 *       .action(archiveAction(env, runWithdraw));
 *   }
 */
import type { Command } from 'commander';
import { withArchive, type Deps, type EnvSource } from './env.js';
import { withExamples } from './options.js';

/**
 * The command `name` under `parent`, described, with the examples its help (and the man page) ends
 * with: `examples` holds one command line a line, written as it is typed in a shell (no quotes to escape).
 */
export function verb(parent: Command, name: string, description: string, examples: string): Command {
  const lines = examples
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return withExamples(parent.command(name).description(description), lines);
}

/**
 * The action of a verb that works in the archive: opens it, calls `run` with the deps, then the
 * command's arguments and flags as commander parsed them (the command object itself left out), and
 * always closes it again.
 */
export function archiveAction<Args extends unknown[]>(
  env: EnvSource,
  run: (deps: Deps, ...args: Args) => unknown,
): (...parsed: unknown[]) => Promise<void> {
  return async (...parsed) => {
    // Commander passes the arguments, the flags, then the command: `run` takes what comes before it.
    const args = parsed.slice(0, -1) as Args;
    await withArchive(env(), (deps) => run(deps, ...args));
  };
}
