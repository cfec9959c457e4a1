import { FailureError } from '../errors.js';

/** A problem with the archive file itself (not arca's, too new, unreadable). Exit code 1. */
export class ArchiveError extends FailureError {}

/** A named thing (article, request) does not exist. Exit code 1. */
export class NotFoundError extends FailureError {}
