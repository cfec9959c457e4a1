/**
 * A table's columns as data, for the released steps that make a table again: SQLite cannot alter a CHECK,
 * so a step that widens one writes the whole table out anew. The step that first made the table exports
 * its columns, and a later step states only its change (`revised`), so no column is written twice and
 * each step says what it changed. What every step leaves is pinned by tests/unit/migrations-schema.test.ts.
 */
export type Columns = ReadonlyArray<readonly [name: string, definition: string]>;

/** `CREATE TABLE name (…) options`, one column a line. */
export function createTable(name: string, columns: Columns, options: string): string {
  return `CREATE TABLE ${name} (\n${columns.map(columnDefinition).join(',\n')}\n) ${options}`;
}

export function columnDefinition([name, definition]: Columns[number]): string {
  return `  ${name} ${definition}`;
}

/** The names, comma-separated, for an INSERT … SELECT that copies the rows. */
export function columnNames(columns: Columns): string {
  return columns.map(([name]) => name).join(', ');
}

/** The columns with some defined anew (`define`) and others added after a named one (`after`). */
export function revised(
  columns: Columns,
  changes: { define?: Record<string, string>; after?: Record<string, Columns> },
): Columns {
  return columns.flatMap(([name, definition]) => [
    [name, changes.define?.[name] ?? definition] as const,
    ...(changes.after?.[name] ?? []),
  ]);
}
