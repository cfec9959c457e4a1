/**
 * `arca help [TOPIC | COMMAND [SUBCOMMAND]]`: the program's help, a topic (help-topics.ts), or one
 * command's help, which `arca help takedown open` finds however deep it is. Anything else is a usage
 * error in one line, naming what there is.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { TOPIC_NAMES, isTopicName, topicText } from './help-topics.js';
import { t } from '../i18n/index.js';
import type { EnvSource } from './shared/env.js';
import { verb } from './shared/verb.js';

/**
 * The commands help, completion and the man page show: hidden helpers (`complete`) left out, and the
 * groups' own `help` subcommands, which `arca help GROUP VERB` covers.
 */
export function visibleCommands(command: Command): Command[] {
  return command
    .createHelp()
    .visibleCommands(command)
    .filter((c) => c.parent?.parent === null || c.name() !== 'help');
}

/** The command at the end of `path` ("takedown", "open"), or undefined when one step is not there. */
function findCommand(program: Command, path: string[]): Command | undefined {
  let command: Command | undefined = program;
  for (const name of path) command = command && visibleCommands(command).find((c) => c.name() === name);
  return command;
}

const EXAMPLES = `
  arca help exit-codes
  arca help takedown open
  man arca
`;

export function registerHelp(program: Command, env: EnvSource): void {
  program.helpCommand(false);
  program.addHelpText(
    'after',
    `${t('help.topics', { topics: TOPIC_NAMES.map((n) => `arca help ${n}`).join(', ') })}\n`,
  );
  verb(program, 'help', t('help.description', { topics: TOPIC_NAMES.join(', ') }), EXAMPLES)
    .argument('[topic...]', t('help.topicArgument'))
    .action((path: string[]) => {
      if (path.length === 1 && isTopicName(path[0])) {
        env().io.stdout.write(topicText(path[0]));
        return;
      }
      const command = findCommand(program, path);
      if (command === undefined) {
        const commands = visibleCommands(program).map((c) => c.name());
        throw new UsageError(
          t('help.unknown', { path: path.join(' '), topics: TOPIC_NAMES.join(', '), commands: commands.join(', ') }),
        );
      }
      command.outputHelp();
    });
}
