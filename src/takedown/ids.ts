/**
 * How a takedown request is named wherever a person or a script sees one: `R12`, never a bare 12,
 * so a request id cannot be mistaken for an article id. The archive stores plain numbers; these
 * two functions are the only way between the two forms.
 */

/** A request's id as shown, accepted and written in JSON: `R12`. */
export type RequestId = `R${number}`;

export function formatRequestId(n: number): RequestId {
  return `R${n}`;
}

/** What a command-line word naming a request turned out to be. */
export type RequestRef =
  | { kind: 'request'; id: number }
  /** A bare number: maybe an article id, maybe a request id without its R. The caller says which it could be. */
  | { kind: 'bare'; number: number }
  | { kind: 'invalid' };

/** "R12" or "r12" → request 12; "12" → a bare number; anything else is invalid. */
export function parseRequestRef(text: string): RequestRef {
  const trimmed = text.trim();
  const request = /^[Rr]([1-9]\d*)$/.exec(trimmed);
  if (request) return { kind: 'request', id: Number(request[1]) };
  if (/^[1-9]\d*$/.test(trimmed)) return { kind: 'bare', number: Number(trimmed) };
  return { kind: 'invalid' };
}

/** The number inside a shown id (`R12` → 12), for code holding a request as JSON shows it. */
export function requestNumber(id: RequestId): number {
  return Number(id.slice(1));
}
