import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, which runs the
    // files one after another. Most of the suite's time is spent waiting on child processes (bin/arca, npm,
    // tmux, chromium) rather than computing, so one worker more than the cores keeps them busy meanwhile.
    maxWorkers: os.availableParallelism() + 1,
    minWorkers: 1,
  },
});
