import type { template as en } from '../en/template.js';
import type { Translation } from '../messages.js';

export const template: Translation<typeof en> = {
  'template.option': '用 Go 风格的模板排版 JSON 输出：{{range .}}{{.id}} {{.title}}{{"\\n"}}{{end}}（隐含 --json）',
  'template.error': (p) => `--template：${p.message}`,
  'template.emptyPipeline': (p) => `{{${p.action}}} 里有空的管道`,
  'template.emptyAction': (p) => `{{${p.action}}} 是空的`,
  'template.unknownFunction': (p) => `没有“${p.name}”这个函数（可用：${p.known}）`,
  'template.unreadable': (p) => `看不懂 {{${p.action}}}`,
  'template.unreadableToken': (p) => `看不懂 {{${p.action}}} 里的“${p.token}”`,
  'template.strayEnd': '{{end}} 前面没有 {{range}}、{{if}} 或 {{with}}',
  'template.strayElse': '{{else}} 不在 {{range}}、{{if}} 或 {{with}} 里',
  'template.elseIf': (p) => `{{${p.action}}}：只支持单独的 {{else}}（可在里面再嵌一个 {{if}}）`,
  'template.unclosedAction': '有个动作没用 }} 收尾',
  'template.unclosedBlock': (p) => `{{${p.block}}} 没有用 {{end}} 收尾`,
  'template.rangeValue': (p) => `range 只能遍历列表或对象，这里是 ${p.value}`,
  'template.manyArguments': '只有函数才能接多个参数',
  'template.listHasNoFields': (p) => `.${p.key}：列表没有字段`,
  'template.valueHasNoFields': (p) => `.${p.key}：${p.value} 没有字段`,
  'template.unknownField': (p) => `这里没有“${p.key}”字段；现有字段：${p.fields}`,
  'template.argumentCount': (p) => `${p.name} 要 ${p.count} 个参数，给了 ${p.got} 个`,
  'template.truncateWidth': 'truncate 的宽度至少是 1',
  'template.lenValue': (p) => `len 只能用于文本、列表或对象，这里是 ${p.value}`,
  'template.tablerowEmpty': 'tablerow 至少要一个单元格',
  'template.listValue': (p) => `${p.name} 要的是列表，这里是 ${p.value}`,
};
