/**
 * The one distinction core modules make about their errors: input the user typed that arca cannot
 * use (a flag value, a date, a query) is a usage error; everything else is a runtime failure.
 * cli.ts turns this into exit codes 2 and 1, so core modules stay free of the terminal.
 */
export class InvalidInputError extends Error {}
