/** The export formats, in a module of their own so that the command's help does not load the writers. */
export const EXPORT_FORMATS = ['ndjson', 'json', 'csv', 'md', 'html'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a CSV header row holds: the field names (scripts read these), or their labels in Chinese or English. */
export const CSV_HEADERS = ['keys', 'zh', 'en'] as const;

export type CsvHeaders = (typeof CSV_HEADERS)[number];
