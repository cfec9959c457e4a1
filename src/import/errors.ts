import { FailureError } from '../errors.js';

/** Whole-item failure before any parsing: empty, binary or undecodable, too large, unknown encoding. */
export class InputError extends FailureError {}

/** A page or record that was read but holds no article ("no title", "field views must be a number"). */
export class ParseFailure extends FailureError {}
