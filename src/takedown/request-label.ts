/**
 * Requests as people name them, R<n>. Stands in for src/takedown/ids.ts (parseRequestRef,
 * formatRequestId), which another branch is adding: once it lands, its functions replace these.
 */

/** "R12" for request 12. */
export const requestLabel = (id: number): string => `R${id}`;

/** The number of a request named as R<n> (any case); undefined for anything else, e.g. an article id. */
export function requestNumber(ref: string): number | undefined {
  const match = /^R([1-9]\d*)$/i.exec(ref.trim());
  return match ? Number(match[1]) : undefined;
}
