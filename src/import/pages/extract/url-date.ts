/** The last resort for a date: the one in the page's address ("/2024-05/13/", "/20240513/", "/2019/0926/"). */
import { isCalendarDate } from '../../../time.js';

const URL_DATES = [
  /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//,
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//,
  /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//,
  /\/((?:19|20)\d{2})-(\d{2})-(\d{2})[/_.-]/,
  /[/_t]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|\d{0,10}\.s?html?)/,
];

export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0];
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    const date = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
    if (date !== null && isCalendarDate(date)) return date;
  }
  return null;
}
