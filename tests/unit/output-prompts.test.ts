import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { ensureCanAsk, inquirerPrompter } from '../../src/output/prompts.js';

describe('ensureCanAsk', () => {
  it('is a usage error naming the option when stdin is not a terminal', () => {
    const io = memoryIO({ stdinIsTTY: false });
    expect(() => ensureCanAsk(io, '--claimant')).toThrow(UsageError);
    expect(() => ensureCanAsk(io, '--claimant')).toThrow(
      'missing --claimant (stdin is not a terminal, so arca cannot ask)',
    );
  });

  it('lets a terminal user be asked', () => {
    expect(() => ensureCanAsk(memoryIO({ stdinIsTTY: true }), '--claimant')).not.toThrow();
  });
});

describe('inquirerPrompter', () => {
  it('reads the answer from stdin and asks on stderr, keeping stdout for data', async () => {
    const io = memoryIO({ stdinIsTTY: true, stderrIsTTY: true, stdinText: 'Lotus Valley Press\n' });
    const answer = await inquirerPrompter(io).input('Claimant');
    expect(answer).toBe('Lotus Valley Press');
    expect(io.stderrText()).toContain('Claimant');
    expect(io.stdoutText()).toBe('');
  });

  it('returns the default when the user just presses Enter', async () => {
    const io = memoryIO({ stdinIsTTY: true, stdinText: '\n' });
    expect(await inquirerPrompter(io).input('Channel', { default: 'email' })).toBe('email');
  });

  it('confirms with y', async () => {
    const io = memoryIO({ stdinIsTTY: true, stdinText: 'y\n' });
    expect(await inquirerPrompter(io).confirm('Purge article 7 for good?')).toBe(true);
  });
});
