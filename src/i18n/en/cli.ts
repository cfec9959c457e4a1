import type { Messages } from '../messages.js';

/** What the program frame itself says: the error line, the pointer to help. */
export const cli = {
  'cli.error': (p: { message: string }) => `arca: error: ${p.message}`,
  'cli.seeHelp': (p: { command: string }) => `(see arca ${p.command}--help)`,
  'cli.databaseError': (p: { sentence: string }) => `database error: ${p.sentence}`,
  'cli.cancelled': 'cancelled',
} satisfies Messages;
