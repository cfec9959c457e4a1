/**
 * Asking the user for a missing value. Commands receive a Prompter (tests pass a scripted one)
 * and call `ensureCanAsk` first: without a terminal on stdin arca never prompts, it fails with a
 * usage error naming the option to pass instead.
 */
import type { IO } from './io.js';
import { CancelledError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

export interface Prompter {
  input(message: string, opts?: { default?: string; validate?: (s: string) => true | string }): Promise<string>;
  select<T>(message: string, choices: Array<{ name: string; value: T }>): Promise<T>;
  confirm(message: string, defaultAnswer?: boolean): Promise<boolean>;
}

/** Throws a usage error unless stdin is a terminal; `missing` names what to pass instead, e.g. "--claimant". */
export function ensureCanAsk(io: IO, missing: string): void {
  if (!io.stdinIsTTY) throw new UsageError(t('output.cannotAsk', { missing }));
}

/**
 * Prompts with @inquirer/prompts, loaded on first use so commands that never ask do not pay for
 * it. Questions go to stderr: stdout carries data only, even while asking.
 */
export function inquirerPrompter(io: IO): Prompter {
  const context = { input: io.stdin, output: io.stderr };
  return {
    async input(message, opts = {}) {
      const { input } = await import('@inquirer/prompts');
      return cancellable(input({ message, default: opts.default, validate: opts.validate }, context));
    },
    async select(message, choices) {
      const { select } = await import('@inquirer/prompts');
      return cancellable(select({ message, choices, theme: { style: { keysHelpTip } } }, context));
    },
    async confirm(message, defaultAnswer = false) {
      const { confirm } = await import('@inquirer/prompts');
      return cancellable(confirm({ message, default: defaultAnswer, transformer: yesOrNo }, context));
    },
  };
}

/** The key hints under a choice list, in the interface language ("↑↓ navigate • ⏎ select"). */
const KEY_ACTIONS: Record<string, () => string> = {
  navigate: () => t('output.prompt.navigate'),
  select: () => t('output.prompt.select'),
};

function keysHelpTip(keys: [key: string, action: string][]): string {
  return keys.map(([key, action]) => `${key} ${KEY_ACTIONS[action]?.() ?? action}`).join(' • ');
}

/** A confirmation's answer as it stays on screen. */
const yesOrNo = (answer: boolean) => (answer ? t('output.prompt.yes') : t('output.prompt.no'));

/** Ctrl-C at a prompt ends the command quietly with exit 130 instead of an inquirer stack trace. */
async function cancellable<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (err) {
    if (err instanceof Error && err.name === 'ExitPromptError') throw new CancelledError();
    throw err;
  }
}
