/**
 * Terminal layout: aligned tables and labelled blocks, measured in display columns (a Chinese
 * character takes two), fitted to the terminal width, coloured when the IO allows. Loaded only
 * when output goes to a terminal: string-width and chalk cost more start-up time than a piped
 * `arca list` should pay.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { IO } from './io.js';
import type { Column } from './render.js';

const COLUMN_GAP = '  ';
/** A flex column keeps at least this many columns (or its natural width) before others are cut. */
const MIN_FLEX_WIDTH = 10;
/** The share of the line a fill column keeps while flex columns give way. */
const FILL_SHARE = 0.45;
const ELLIPSIS = '…';

/** Colours for stdout: real ones only when io.color, never chalk's own terminal detection. */
export function palette(io: IO): ChalkInstance {
  return new Chalk({ level: io.color ? 1 : 0 });
}

/**
 * Cuts s to at most `width` terminal columns, ending in "…" when anything was cut. Works on
 * grapheme clusters, so a wide character or an emoji sequence is never split.
 */
export function truncateToWidth(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  if (width < 1) return '';
  const room = width - stringWidth(ELLIPSIS);
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes().segment(s)) {
    const w = stringWidth(segment);
    if (used + w > room) break;
    kept += segment;
    used += w;
  }
  return kept + ELLIPSIS;
}

let segmenter: Intl.Segmenter | undefined;
function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/**
 * A cell cut to what a terminal line could ever show, before anything measures it: string-width is
 * quadratic in the text's length (a 1 MB title kept `arca list` busy for minutes). A cell that was
 * cut ends in "…", so it is still shown as cut.
 */
function clipForScreen(text: string, columns: number): string {
  // No character is narrower than one column, save zero-width ones; four code units each leaves room for those.
  const limit = Math.max(columns, 1) * 4;
  if (text.length <= limit) return text;
  let end = limit;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1; // never split a surrogate pair
  return text.slice(0, end) + ELLIPSIS;
}

/** Hit markers of 'highlight' cells (see Column.style): they take no width on screen. */
const HIT_MARKERS = /[\uE000\uE001]/g;
const cellWidth = (text: string): number => stringWidth(text.replace(HIT_MARKERS, ''));

/**
 * Cuts a highlight cell to `width` columns around its first hit, centred, with "…" where it was cut
 * on either side: the hit is what the cell is for.
 */
export function truncateAroundHit(s: string, width: number): string {
  if (cellWidth(s) <= width) return s;
  const open = s.indexOf('\uE000');
  if (open < 0 || width < 3) return truncateToWidth(s.replace(HIT_MARKERS, ''), width);
  const close = s.indexOf('\uE001', open);
  const hitEnd = close < 0 ? s.length : close + 1;
  const hitWidth = cellWidth(s.slice(open, hitEnd));
  const before = Array.from(graphemes().segment(s.slice(0, open)), ({ segment }) => segment);
  const after = Array.from(graphemes().segment(s.slice(hitEnd)), ({ segment }) => segment);
  const ellipsis = stringWidth(ELLIPSIS);
  // Grow the window one grapheme at a time on the narrower side, while it fits with its ellipses.
  let taken = { left: 0, right: 0, leftWidth: 0, rightWidth: 0 };
  const fits = (t: typeof taken): boolean =>
    hitWidth +
      t.leftWidth +
      t.rightWidth +
      (t.left < before.length ? ellipsis : 0) +
      (t.right < after.length ? ellipsis : 0) <=
    width;
  const grow = (side: 'left' | 'right'): typeof taken | null => {
    if (side === 'left' && taken.left < before.length) {
      const w = cellWidth(before[before.length - 1 - taken.left]);
      return { ...taken, left: taken.left + 1, leftWidth: taken.leftWidth + w };
    }
    if (side === 'right' && taken.right < after.length) {
      const w = cellWidth(after[taken.right]);
      return { ...taken, right: taken.right + 1, rightWidth: taken.rightWidth + w };
    }
    return null;
  };
  for (;;) {
    const first = taken.leftWidth <= taken.rightWidth ? 'left' : 'right';
    const next = [grow(first), grow(first === 'left' ? 'right' : 'left')].find((t) => t !== null && fits(t));
    if (!next) break;
    taken = next;
  }
  const shown =
    (taken.left < before.length ? ELLIPSIS : '') +
    before.slice(before.length - taken.left).join('') +
    s.slice(open, hitEnd) +
    after.slice(0, taken.right).join('') +
    (taken.right < after.length ? ELLIPSIS : '');
  // A hit wider than the cell: cut from its end, keeping its start.
  return cellWidth(shown) <= width ? shown : truncateToWidth(s.slice(open, hitEnd), width);
}

/** Header and rows of single-line cell texts as aligned lines no wider than io.columns. */
export function formatTable<T>(io: IO, columns: Column<T>[], headers: string[], rows: string[][]): string {
  const cells = rows.map((row) =>
    row.map((text, i) => (columns[i].style === 'highlight' ? text : clipForScreen(text, io.columns))),
  );
  const natural = columns.map((_, i) => Math.max(stringWidth(headers[i]), ...cells.map((r) => cellWidth(r[i]))));
  const widths = fitWidths(natural, columns, io.columns);
  const colors = palette(io);
  const line = (texts: string[], paint: (text: string, i: number) => string): string => {
    const parts = texts.map((text, i) => {
      const fitted =
        columns[i].style === 'highlight' ? truncateAroundHit(text, widths[i]) : truncateToWidth(text, widths[i]);
      const pad = ' '.repeat(Math.max(0, widths[i] - cellWidth(fitted)));
      const painted = paint(fitted, i);
      return columns[i].align === 'right' ? pad + painted : painted + pad;
    });
    return `${parts.join(COLUMN_GAP).trimEnd()}\n`;
  };
  return (
    line(headers, (text) => colors.bold(text)) +
    cells.map((row) => line(row, (text, i) => styled(colors, columns[i].style, text))).join('')
  );
}

/**
 * Column widths that fit `maxTotal`: flex columns give way first (widest first, down to a
 * readable minimum); only if that is not enough are the other columns cut too. A fill column
 * counts as a share of the line while the flex columns give way, then takes what is left.
 */
function fitWidths<T>(natural: number[], columns: Column<T>[], maxTotal: number): number[] {
  const flex = columns.map((c) => c.flex === true);
  const fill = columns.findIndex((c) => c.fill === true);
  const widths = [...natural];
  if (fill >= 0) widths[fill] = Math.min(natural[fill], Math.max(MIN_FLEX_WIDTH, Math.floor(maxTotal * FILL_SHARE)));
  const total = () => widths.reduce((a, b) => a + b, 0) + COLUMN_GAP.length * (widths.length - 1);
  let excess = total() - maxTotal;
  const shrink = (floor: (i: number) => number): void => {
    while (excess > 0) {
      let widest = -1;
      widths.forEach((w, i) => {
        if (w > floor(i) && (widest < 0 || w > widths[widest])) widest = i;
      });
      if (widest < 0) return;
      widths[widest] -= 1;
      excess -= 1;
    }
  };
  shrink((i) => (flex[i] && i !== fill ? Math.min(natural[i], MIN_FLEX_WIDTH) : Infinity));
  shrink((i) => (flex[i] || i === fill ? Math.min(natural[i], MIN_FLEX_WIDTH) : Infinity));
  shrink(() => 1);
  if (fill >= 0) widths[fill] = Math.min(natural[fill], widths[fill] + Math.max(0, maxTotal - total()));
  return widths;
}

const STATUS_COLORS: Record<string, 'green' | 'yellow' | 'red' | 'gray'> = {
  active: 'green',
  restored: 'green',
  open: 'yellow',
  'due-soon': 'yellow',
  countered: 'yellow',
  'restore-due': 'yellow',
  removed: 'red',
  purged: 'red',
  overdue: 'red',
  'restore-overdue': 'red',
  rejected: 'gray',
  withdrawn: 'gray',
};

function styled(colors: ChalkInstance, style: Column<unknown>['style'], text: string): string {
  switch (style) {
    case 'id':
      return colors.cyan(text);
    case 'date':
      return colors.gray(text);
    case 'dim':
      return colors.dim(text);
    case 'status': {
      const color = STATUS_COLORS[text];
      return color ? colors[color](text) : text;
    }
    // Search hits arrive wrapped in private-use markers (U+E000 … U+E001); unpaired ones were cut by truncation.
    case 'highlight':
      return text
        .replace(/\uE000([^\uE001]*)\uE001/g, (_, hit: string) => colors.bold.yellow(hit))
        .replace(/[\uE000\uE001]/g, '');
    default:
      return text;
  }
}

/** "Label:  value" lines, labels aligned by display width; a multi-line value (a body) follows its label, indented. */
export function formatRecordBlock(io: IO, fields: Array<[label: string, text: string]>): string {
  const colors = palette(io);
  const labelWidth = Math.max(0, ...fields.map(([label]) => stringWidth(label)));
  return fields
    .map(([label, text]) => {
      const head = colors.bold(`${label}:`);
      if (text.includes('\n'))
        return `${head}\n${text
          .split('\n')
          .map((l) => `  ${l}`.trimEnd())
          .join('\n')}\n`;
      return `${`${head}${' '.repeat(labelWidth - stringWidth(label))}  ${text}`.trimEnd()}\n`;
    })
    .join('');
}
