import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorLine, escapeControls, info, warn } from '../../src/output/io.js';
import { memoryIO } from '../../src/output/memory-io.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('messages on stderr', () => {
  it('write every control character of a value as an escape', () => {
    expect(escapeControls('a\x1b]0;title\x07b\nc\td\r\x9b2J\x7f')).toBe('a\\x1b]0;title\\x07b\\nc\\td\\r\\x9b2J\\x7f');
  });

  it('never let a value put a control character on the terminal, or add a line (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const io = memoryIO();
        info(io, `x ${value}`);
        warn(io, value);
        errorLine(io, value);
        const lines = io.stderrText().split('\n');
        expect(lines).toHaveLength(4);
        expect(lines.some((line) => CONTROL.test(line))).toBe(false);
      }),
    );
  });
});
