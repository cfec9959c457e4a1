import type { Messages } from '../messages.js';

/** --template: its option text and what it says about a template it cannot read or apply. */
export const template = {
  'template.option':
    'format the JSON output with a Go-style template: {{range .}}{{.id}} {{.title}}{{"\\n"}}{{end}} (implies --json)',
  'template.error': (p: { message: string }) => `--template: ${p.message}`,
  'template.emptyPipeline': (p: { action: string }) => `empty pipeline in {{${p.action}}}`,
  'template.emptyAction': (p: { action: string }) => `empty action {{${p.action}}}`,
  'template.unknownFunction': (p: { name: string; known: string }) =>
    `unknown function "${p.name}" (known: ${p.known})`,
  'template.unreadable': (p: { action: string }) => `cannot read {{${p.action}}}`,
  'template.unreadableToken': (p: { token: string; action: string }) => `cannot read "${p.token}" in {{${p.action}}}`,
  'template.strayEnd': '{{end}} without {{range}}, {{if}} or {{with}}',
  'template.strayElse': '{{else}} outside {{range}}, {{if}} or {{with}}',
  'template.elseIf': (p: { action: string }) => `{{${p.action}}}: only a plain {{else}} (nest an {{if}} inside it)`,
  'template.unclosedAction': 'an action is not closed with }}',
  'template.unclosedBlock': (p: { block: string }) => `{{${p.block}}} is not closed with {{end}}`,
  'template.rangeValue': (p: { value: string }) => `range needs a list or an object, not ${p.value}`,
  'template.manyArguments': 'only a function takes several arguments',
  'template.listHasNoFields': (p: { key: string }) => `.${p.key}: a list has no fields`,
  'template.valueHasNoFields': (p: { key: string; value: string }) => `.${p.key}: ${p.value} has no fields`,
  'template.unknownField': (p: { key: string; fields: string }) => `no field "${p.key}" here; fields: ${p.fields}`,
  'template.argumentCount': (p: { name: string; count: number; got: number }) =>
    `${p.name} takes ${p.count} argument${p.count === 1 ? '' : 's'}, got ${p.got}`,
  'template.truncateWidth': 'truncate needs a width of at least 1',
  'template.lenValue': (p: { value: string }) => `len needs text, a list or an object, not ${p.value}`,
  'template.tablerowEmpty': 'tablerow needs at least one cell',
  'template.listValue': (p: { name: string; value: string }) => `${p.name} needs a list, not ${p.value}`,
} satisfies Messages;
