import type { Messages } from '../messages.js';

/** The terminal layer: warning and error prefixes, prompts' own words, progress labels. */
export const output = {
  'output.warning': (p: { message: string }) => `arca: warning: ${p.message}`,
  'output.cannotAsk': (p: { missing: string }) => `missing ${p.missing} (stdin is not a terminal, so arca cannot ask)`,
  'output.prompt.navigate': 'navigate',
  'output.prompt.select': 'select',
  'output.prompt.yes': 'Yes',
  'output.prompt.no': 'No',
  'output.jqFailed': (p: { expression: string; message: string }) => `--jq ${p.expression}: ${p.message}`,
} satisfies Messages;
