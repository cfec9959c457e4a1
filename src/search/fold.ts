/**
 * The folding every comparison uses: width and case (NFKC, lower case), then traditional to simplified
 * Chinese, character by character, with OpenCC's character table (opencc-js's TSCharacters). The table is
 * read on first use, so only code that folds Han text (search, indexing) pays for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ScriptTable {
  /** For every BMP code unit, the code point it folds to; 0 where it stays itself. */
  bmp: Uint32Array;
  /** The same for astral code points. */
  astral: Map<number, number>;
}

let table: ScriptTable | undefined;
/** Every character that folds or is folded to: only where these occur can folding change a match. */
let variants: Set<number> | undefined;

/** The lowest code point the table maps (CJK Extension A starts at U+3400). */
const FIRST_HAN = 0x3400;

/** The table's module: beside arca's own files when installed, else wherever Node resolves it from. */
function tableFile(): string {
  const beside = fileURLToPath(
    new URL('../../node_modules/opencc-js/dist/esm-lib/dict/TSCharacters.js', import.meta.url),
  );
  // Resolving through the package's exports reads package.json files: 3–7 ms of every search.
  return existsSync(beside) ? beside : createRequire(import.meta.url).resolve('opencc-js/dict/TSCharacters');
}

function scriptTable(): ScriptTable {
  if (table) return table;
  // The module is `export default "繁 简|…"`: its string is the table, read without evaluating the module.
  const file = tableFile();
  const source = readFileSync(file, 'utf8');
  const bmp = new Uint32Array(0x10000);
  const astral = new Map<number, number>();
  const foldOf = (code: number): number => (code > 0xffff ? (astral.get(code) ?? 0) : bmp[code]);
  const froms: number[] = [];
  // Entries are "繁 简", one character each, separated by "|": read in one pass (split and spread cost ~10×).
  const end = source.lastIndexOf('"');
  for (let i = source.indexOf('"') + 1; i < end;) {
    const from = source.codePointAt(i)!;
    i += from > 0xffff ? 2 : 1;
    const to = source.codePointAt(i + 1)!;
    const next = i + 1 + (to > 0xffff ? 2 : 1);
    if (source[i] !== ' ' || (next < end && source[next] !== '|'))
      throw new Error(`unexpected entry in ${file} at offset ${i}`);
    i = next + 1;
    if (from === to) continue;
    if (from > 0xffff) astral.set(from, to);
    else bmp[from] = to;
    froms.push(from);
  }
  // Chains (薴 → 苧 → 苎) are followed to their end, so folding twice changes nothing.
  for (const from of froms) {
    let to = foldOf(from);
    for (let step = 0; foldOf(to) !== 0 && step < 8; step++) to = foldOf(to);
    if (from > 0xffff) astral.set(from, to);
    else bmp[from] = to;
  }
  table = { bmp, astral };
  return table;
}

/** Width and case folding alone: full-width ＡＢＣ = abc, ℃ = °c. */
export function foldWidthAndCase(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Traditional characters of TEXT replaced by their simplified forms (檢察 → 检察); the rest unchanged. */
export function foldScript(text: string): string {
  let out: string | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_HAN) continue;
    const { bmp, astral } = scriptTable();
    let width = 1;
    let to: number;
    if (code >= 0xd800 && code <= 0xdbff) {
      const codePoint = text.codePointAt(i)!;
      width = codePoint > 0xffff ? 2 : 1;
      to = astral.get(codePoint) ?? 0;
    } else {
      to = bmp[code];
    }
    if (to !== 0) {
      out = (out ?? '') + text.slice(copied, i) + String.fromCodePoint(to);
      copied = i + width;
    }
    i += width - 1;
  }
  return out === undefined ? text : out + text.slice(copied);
}

/** Whether TEXT holds a character that script folding joins with another: only then can --exact-script differ. */
export function hasScriptVariants(text: string): boolean {
  if (!variants) {
    const { bmp, astral } = scriptTable();
    const found = new Set<number>();
    bmp.forEach((to, from) => to !== 0 && found.add(from).add(to));
    for (const [from, to] of astral) found.add(from).add(to);
    variants = found;
  }
  for (const char of text) if (variants.has(char.codePointAt(0)!)) return true;
  return false;
}

export interface FoldOptions {
  /** Fold traditional to simplified too (default); false for --exact-script. */
  scripts?: boolean;
}

/** The folded form of TEXT: the index, query terms, the check on a row and snippets all compare these. */
export function foldText(text: string, options: FoldOptions = {}): string {
  const folded = foldWidthAndCase(text);
  return options.scripts === false ? folded : foldScript(folded);
}

export interface FoldedLine {
  text: string;
  /** Where in the line the character that gave folded code unit I starts and ends. */
  sourceStart(i: number): number;
  sourceEnd(i: number): number;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Characters NFKC may compose with their neighbours (marks, conjoining jamo, half-width sound marks). */
const COMPOSING = /[\p{M}\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\uff9e\uff9f]/u;

/**
 * LINE folded, with a map from the folded text's offsets back to the line's: folding can change the
 * length (ﬁ → fi; a few traditional characters fold to an astral simplified one).
 */
export function foldWithOffsets(line: string, options: FoldOptions = {}): FoldedLine {
  // Without surrogates or composing characters nothing folds shorter, so an unchanged length means
  // every code unit folded to one: offsets carry over (most pages, in either script).
  const whole = foldText(line, options);
  if (whole.length === line.length && !SURROGATE.test(line) && !COMPOSING.test(line)) {
    return { text: whole, sourceStart: (i) => i, sourceEnd: (i) => i + 1 };
  }
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (segment: string, index: number): void => {
    const code = segment.charCodeAt(0);
    // ASCII and the unified ideographs need no NFKC: most characters of a line skip it.
    const folded =
      segment.length > 1 || (code >= 0x80 && (code < 0x4e00 || code > 0x9fff))
        ? foldText(segment, options)
        : code < 0x80
          ? segment.toLowerCase()
          : options.scripts === false
            ? segment
            : foldScript(segment);
    for (let k = 0; k < folded.length; k++) {
      starts.push(index);
      ends.push(index + segment.length);
    }
    pieces.push(folded);
  };
  if (COMPOSING.test(line)) {
    for (const { segment, index } of graphemes().segment(line)) add(segment, index);
  } else {
    for (let i = 0; i < line.length;) {
      const width = line.codePointAt(i)! > 0xffff ? 2 : 1;
      add(line.slice(i, i + width), i);
      i += width;
    }
  }
  return { text: pieces.join(''), sourceStart: (i) => starts[i], sourceEnd: (i) => ends[i] };
}

let segmenter: Intl.Segmenter | undefined;
function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}
