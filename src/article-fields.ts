/**
 * The article's fields, once, in the spec's order (the order of JSON keys and CSV columns). The
 * queries (src/db/article-columns.ts), the insert and update, SQLite's JSON and the export records
 * (src/export/record.ts) are all derived from this list: a new column is one entry here plus a migration.
 */

/**
 * How a field leaves the archive. `required`: never absent, written as stored. `text` and `number`:
 * absent (or "", or not finite) is null. `body`: text, and null for a purged article whatever the row
 * holds. `instant`: stored in UTC, written in the archive's zone.
 */
export type FieldKind = 'required' | 'text' | 'number' | 'body' | 'instant';

/**
 * Where a field's value comes from. `page`: an articles column of the same name, written from the
 * parsed page on import and update. `archive`: an articles column arca itself sets. `derived`: another
 * table or a computation (each has its SQL in src/db/article-columns.ts).
 */
export type FieldSource = 'page' | 'archive' | 'derived';

export interface ArticleField {
  /** The flat name: CSV column, front matter key, result column of the queries. */
  name: string;
  kind: FieldKind;
  from: FieldSource;
  /** The object the field is nested in in the JSON shape, its key there being the name without `<within>_`. */
  within?: 'provenance';
  /** Shown in the metadata of an HTML article page, under its label in the archive's language. */
  onPage?: true;
}

export const ARTICLE_FIELDS = [
  { name: 'id', kind: 'required', from: 'archive' },
  { name: 'title', kind: 'required', from: 'page' },
  { name: 'site', kind: 'text', from: 'page', onPage: true },
  { name: 'category', kind: 'text', from: 'page', onPage: true },
  { name: 'published', kind: 'text', from: 'page', onPage: true },
  { name: 'source', kind: 'text', from: 'page', onPage: true },
  { name: 'author', kind: 'text', from: 'page', onPage: true },
  { name: 'editor', kind: 'text', from: 'page', onPage: true },
  { name: 'views', kind: 'number', from: 'page', onPage: true },
  { name: 'original_url', kind: 'text', from: 'page' },
  { name: 'site_url', kind: 'text', from: 'page' },
  { name: 'body', kind: 'body', from: 'page' },
  { name: 'disclaimer', kind: 'text', from: 'derived' },
  { name: 'window_days', kind: 'number', from: 'page' },
  { name: 'window_unit', kind: 'text', from: 'page' },
  { name: 'window_ends', kind: 'text', from: 'derived', onPage: true },
  { name: 'status', kind: 'required', from: 'archive', onPage: true },
  { name: 'imported_at', kind: 'instant', from: 'archive' },
  { name: 'provenance_path', kind: 'required', from: 'derived', within: 'provenance' },
  { name: 'provenance_sha256', kind: 'required', from: 'derived', within: 'provenance' },
  { name: 'provenance_encoding', kind: 'text', from: 'derived', within: 'provenance' },
] as const satisfies readonly ArticleField[];

export type FlatField = (typeof ARTICLE_FIELDS)[number]['name'];

/** The fields written from a parsed page, as columns of the articles table. */
export type PageField = Extract<(typeof ARTICLE_FIELDS)[number], { from: 'page' }>['name'];

export const FLAT_FIELDS: readonly FlatField[] = ARTICLE_FIELDS.map((field) => field.name);

export const PAGE_FIELDS: readonly PageField[] = ARTICLE_FIELDS.flatMap((field) =>
  field.from === 'page' ? [field.name] : [],
);

/** A field a page or record parser yields (ParsedPage): the page's columns, and the disclaimer, kept in a table of its own. */
type ParsedField = Extract<(typeof ARTICLE_FIELDS)[number], { from: 'page' } | { name: 'disclaimer' }>;
export type ParsedFieldName = ParsedField['name'];

/** Every field a parser yields, in the article shape's order (what `db reextract` compares). */
export const PARSED_FIELDS: readonly ParsedFieldName[] = ARTICLE_FIELDS.flatMap((field) =>
  field.from === 'page' || field.name === 'disclaimer' ? [field.name as ParsedFieldName] : [],
);

/** The parsed fields that hold text (a record gives them as JSON strings); the others are numbers. */
export type ParsedTextFieldName = Exclude<ParsedFieldName, Extract<ParsedField, { kind: 'number' }>['name']>;
export const PARSED_TEXT_FIELDS: readonly ParsedTextFieldName[] = ARTICLE_FIELDS.flatMap((field) =>
  (field.from === 'page' || field.name === 'disclaimer') && field.kind !== 'number'
    ? [field.name as ParsedTextFieldName]
    : [],
);

/** The field's key in its JSON object: its own name, or the part after `<within>_`. */
export function fieldKey(field: ArticleField): string {
  return field.within === undefined ? field.name : field.name.slice(field.within.length + 1);
}

/** The field's value in an object of the JSON shape (an article or its export record). */
export function fieldValue(shape: object, field: ArticleField): unknown {
  const holder = field.within === undefined ? shape : (shape as Record<string, object>)[field.within];
  return (holder as Record<string, unknown>)[fieldKey(field)];
}

/** The object of the JSON shape whose fields (in ARTICLE_FIELDS order) have the given values. */
export function nestFields(valueOf: (field: ArticleField) => unknown): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const field of ARTICLE_FIELDS as readonly ArticleField[]) {
    const holder = field.within === undefined ? shape : ((shape[field.within] ??= {}) as Record<string, unknown>);
    holder[fieldKey(field)] = valueOf(field);
  }
  return shape;
}
