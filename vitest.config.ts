import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { ProcessesFirst } from './tests/helpers/sequencer.js';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, which runs the
    // files one after another. Most of the suite's time is spent waiting on child processes (bin/arca, npm,
    // tmux, chromium) rather than computing, so one worker more than the cores keeps them busy meanwhile.
    maxWorkers: os.availableParallelism() + 1,
    // As many from the start: with shared modules (below), Vitest 3.2 stopping a worker it found idle
    // mid-run fails the run with "Terminating worker thread" though every test passed.
    minWorkers: os.availableParallelism() + 1,
    setupFiles: ['tests/helpers/setup.ts'],
    sequence: { sequencer: ProcessesFirst },
    // A worker's files share its loaded modules instead of each loading arca again (a sixth of the suite's
    // CPU); tests/helpers/setup.ts resets what arca keeps per process.
    isolate: false,
  },
});
