/**
 * The bounds every parsed value is held to before the writer sees it: a value SQLite would refuse
 * (a view count past 2^53, stored as a float) must fail or lose that one item, never the batch.
 */
import type { ParsedPage } from '../../types.js';
import { MAX_WINDOW_DAYS, isWindowLength } from '../../windows.js';
import { ParseFailure } from '../errors.js';

/**
 * The page with an absurd view count dropped (a warning says so); throws ParseFailure, naming the field,
 * for a window out of range: the deadline it sets would be meaningless.
 */
export function checkRanges(page: ParsedPage, warnings: string[]): ParsedPage {
  if (page.window_days !== null && !isWindowLength(page.window_days, 0)) {
    throw new ParseFailure(
      `window_days ${page.window_days} is out of range (a window is 0 to ${MAX_WINDOW_DAYS} days)`,
    );
  }
  if (page.views !== null && !(Number.isSafeInteger(page.views) && page.views >= 0)) {
    warnings.push(`views ${page.views} is out of range: stored without a view count`);
    return { ...page, views: null };
  }
  return page;
}
