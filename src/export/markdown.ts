/** Markdown writer: one file per article, YAML front matter, body, source, original link, disclaimer. */
import { FLAT_FIELDS } from '../article-fields.js';
import { articleFolderWriter } from './article-files.js';
import { oneLine } from '../text.js';
import { flatRecord, linkableUrl, paragraphs, type ArticleRecord, type ExportText } from './record.js';

/** YAML scalars that YAML 1.1 and 1.2 parsers must not read as line breaks or reject as unprintable. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * A JSON string is a valid YAML double-quoted scalar (same escapes), so strings never turn into
 * dates, numbers, booleans or YAML syntax; only the code points JSON leaves raw need \u escapes.
 */
function yamlScalar(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Backslash-escapes what Markdown would read as markup or raw HTML, so article text stays text. */
function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&~#]/g, '\\$&')
    .replace(/^([+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function markdownPage(record: ArticleRecord, { say }: ExportText): string {
  const flat = flatRecord(record);
  const frontMatter = FLAT_FIELDS.filter((field) => field !== 'body').map(
    (field) => `${field}: ${yamlScalar(flat[field])}`,
  );
  const title = markdownText(oneLine(record.title) || say('export.label.untitled'));
  const blocks = [`---\n${frontMatter.join('\n')}\n---`, `# ${title}`];
  if (record.status === 'purged') blocks.push(`*${say('export.label.purged')}*`);
  else blocks.push(...paragraphs(record.body).map(markdownText));
  if (record.source !== null) blocks.push(say('export.line.source', { value: markdownText(oneLine(record.source)) }));
  if (record.original_url !== null) {
    const href = linkableUrl(record.original_url);
    const link = href === null ? markdownText(oneLine(record.original_url)) : `<${href}>`;
    blocks.push(say('export.line.originalLink', { value: link }));
  }
  const disclaimer = paragraphs(record.disclaimer);
  if (disclaimer.length > 0) blocks.push('---', ...disclaimer.map(markdownText));
  return `${blocks.join('\n\n')}\n`;
}

/** Writes `<id>-<title>.md` per article into `dir` (created if missing); returns the number written. */
export const writeMarkdownFolder = articleFolderWriter('md', markdownPage);
