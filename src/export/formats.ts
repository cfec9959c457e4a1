/** The export formats, in a module of their own so that the command's help does not load the writers. */
export const EXPORT_FORMATS = ['ndjson', 'json', 'csv', 'md', 'html'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
