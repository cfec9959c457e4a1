import { FailureError } from '../errors.js';

/** What a timestamp authority sent, or a stored token, cannot be used: nothing is stored. Exit 1. */
export class TimestampError extends FailureError {}
