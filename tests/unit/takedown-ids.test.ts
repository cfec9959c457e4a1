import { describe, expect, it } from 'vitest';
import { formatRequestId, parseRequestRef, requestNumber } from '../../src/takedown/ids.js';

describe('request ids', () => {
  it('are shown as R<n>', () => {
    expect(formatRequestId(12)).toBe('R12');
    expect(requestNumber('R12')).toBe(12);
  });

  it('are read as R12 or r12; a bare number is told apart, anything else is invalid', () => {
    expect(parseRequestRef('R12')).toEqual({ kind: 'request', id: 12 });
    expect(parseRequestRef('r12')).toEqual({ kind: 'request', id: 12 });
    expect(parseRequestRef('12')).toEqual({ kind: 'bare', number: 12 });
    for (const text of ['R', 'R0', 'R012', '0', 'R-1', 'R1.5', 'request 3', '#3', '']) {
      expect(parseRequestRef(text)).toEqual({ kind: 'invalid' });
    }
  });
});
