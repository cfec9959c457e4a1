/**
 * Static HTML site: index.html (a table of every article, sortable by clicking a column header,
 * working from file:// without a server) and one page per article. Everything from articles is
 * escaped; only http(s) URLs become links; a Content-Security-Policy allows nothing but our own
 * inline style and script (pinned by hash).
 */
import { createHash } from 'node:crypto';
import { ARTICLE_FIELDS, fieldValue, type ArticleField, type FlatField } from '../article-fields.js';
import { articleFolderWriter, type WrittenPage } from './article-files.js';
import { oneLine } from '../text.js';
import { fieldLabel, linkableUrl, paragraphs, type ArticleRecord, type ExportText } from './record.js';

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c]!);
}

const STYLE = [
  'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6}',
  'table{border-collapse:collapse;width:100%}',
  'th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}',
  'td:first-child{white-space:nowrap}',
  'th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer}',
  'th[aria-sort=ascending] button::after{content:" \\25B2"}',
  'th[aria-sort=descending] button::after{content:" \\25BC"}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}',
  '.disclaimer{border-top:1px solid #ccc;margin-top:2rem;color:#555;font-size:.9em}',
].join('\n');

/** Sorts the index table by the clicked column; a second click reverses. Keys are the cells' text. */
const SORT_SCRIPT = `
(() => {
  const table = document.getElementById('articles');
  const headers = Array.from(table.tHead.rows[0].cells);
  const collator = new Intl.Collator('zh', { numeric: true });
  headers.forEach((th, column) => {
    th.querySelector('button').addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0];
      const keyed = Array.from(body.rows, (row) => [row.cells[column].textContent, row]);
      keyed.sort((a, b) => (ascending ? 1 : -1) * collator.compare(a[0], b[0]));
      const sorted = document.createDocumentFragment();
      for (const [, row] of keyed) sorted.appendChild(row);
      body.appendChild(sorted);
    });
  });
})();
`;

function cspSource(inline: string): string {
  return `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
}

const CSP_BASE = `default-src 'none'; style-src ${cspSource(STYLE)}; base-uri 'none'; form-action 'none'`;

function head(title: string, scriptAllowed: boolean): string {
  const csp = scriptAllowed ? `${CSP_BASE}; script-src ${cspSource(SORT_SCRIPT)}` : CSP_BASE;
  return [
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
  ].join('\n');
}

/** The operator's site above a page's heading, when site-name is set. */
function siteLine({ siteName }: ExportText): string[] {
  return siteName === '' ? [] : [`<header><p>${escapeHtml(siteName)}</p></header>`];
}

function indexStart(text: ExportText): string {
  const { say, siteName } = text;
  const title = say('export.label.articles');
  const columns = [say('export.label.date'), fieldLabel(say, 'source'), fieldLabel(say, 'title')];
  return [
    '<!DOCTYPE html>',
    '<html lang="zh">',
    head(siteName === '' ? title : `${title} · ${siteName}`, true),
    '<body>',
    ...siteLine(text),
    `<h1>${title}</h1>`,
    '<table id="articles">',
    `<thead><tr>${columns.map((c) => `<th scope="col"><button type="button">${c}</button></th>`).join('')}` +
      '</tr></thead>',
    '<tbody>',
    '',
  ].join('\n');
}

function indexEnd(count: number, { say }: ExportText): string {
  return [
    '</tbody>',
    '</table>',
    `<p>${say('export.label.count', { count })}</p>`,
    `<script>${SORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function displayTitle(record: ArticleRecord, say: ExportText['say']): string {
  return escapeHtml(oneLine(record.title) || say('export.label.untitled'));
}

function indexRow(record: ArticleRecord, fileName: string, say: ExportText['say']): string {
  const cells = [
    escapeHtml(record.published ?? ''),
    escapeHtml(oneLine(record.source ?? '')),
    `<a href="${escapeHtml(encodeURIComponent(fileName))}">${displayTitle(record, say)}</a>`,
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n`;
}

/** Metadata shown on an article page (provenance stays in the data formats: it names local files). */
const PAGE_METADATA = (ARTICLE_FIELDS as readonly ArticleField[]).filter((field) => field.onPage);

/** An http(s) URL as a link; anything else (javascript:, data:, relative …) as plain text. */
function urlHtml(raw: string): string {
  const href = linkableUrl(raw);
  if (href === null) return escapeHtml(raw);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(href)}</a>`;
}

function articlePage(record: ArticleRecord, text: ExportText): string {
  const { say } = text;
  const title = displayTitle(record, say);
  const metadata = PAGE_METADATA.flatMap((field) => {
    const value = fieldValue(record, field);
    const label = fieldLabel(say, field.name as FlatField);
    return value === null ? [] : [`<dt>${label}</dt><dd>${escapeHtml(String(value))}</dd>`];
  });
  const body =
    record.status === 'purged'
      ? [`<p><em>${say('export.label.purged')}</em></p>`]
      : paragraphs(record.body).map((p) => `<p>${escapeHtml(p)}</p>`);
  const original =
    record.original_url === null
      ? []
      : [`<p>${say('export.line.originalLink', { value: urlHtml(record.original_url) })}</p>`];
  const disclaimer = paragraphs(record.disclaimer).map((p) => `<p>${escapeHtml(p)}</p>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${/\p{Script=Han}/u.test(record.title) ? 'zh' : 'en'}">`,
    head(oneLine(record.title) || say('export.label.untitled'), false),
    '<body>',
    ...siteLine(text),
    `<nav><a href="index.html">${say('export.label.index')}</a></nav>`,
    '<article>',
    `<h1>${title}</h1>`,
    ...(metadata.length > 0 ? ['<dl>', ...metadata, '</dl>'] : []),
    ...body,
    ...original,
    ...(disclaimer.length > 0 ? ['<footer class="disclaimer">', ...disclaimer, '</footer>'] : []),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Every article's page, as the index lists them: a sortable table, rows streamed as each page is written. */
function* indexPieces(pages: Iterable<WrittenPage>, text: ExportText): Generator<string> {
  yield indexStart(text);
  let count = 0;
  for (const { record, fileName } of pages) {
    count += 1;
    yield indexRow(record, fileName, text.say);
  }
  yield indexEnd(count, text);
}

/**
 * Writes `dir/index.html` and `dir/<id>-<title>.html` per article (dir is created if missing), labelled in
 * `text`'s language and headed by the operator's site. Returns the number of articles.
 */
export const writeHtmlSite = articleFolderWriter('html', articlePage, { fileName: 'index.html', pieces: indexPieces });
