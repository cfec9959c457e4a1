/**
 * Requests as people name them, R<n>: a stand-in with the same API as src/takedown/ids.ts
 * (formatRequestId, parseRequestRef), which the ids branch adds. Once it lands on main, importing
 * from ids.js instead and deleting this file is the whole change.
 */

/** A request's id as shown: `R12`. */
export function formatRequestId(n: number): `R${number}` {
  return `R${n}`;
}

/** What a command-line word naming a request turned out to be. */
export type RequestRef = { kind: 'request'; id: number } | { kind: 'bare'; number: number } | { kind: 'invalid' };

/** "R12" or "r12" → request 12; "12" → a bare number; anything else is invalid. */
export function parseRequestRef(text: string): RequestRef {
  const trimmed = text.trim();
  const request = /^[Rr]([1-9]\d*)$/.exec(trimmed);
  if (request) return { kind: 'request', id: Number(request[1]) };
  if (/^[1-9]\d*$/.test(trimmed)) return { kind: 'bare', number: Number(trimmed) };
  return { kind: 'invalid' };
}
