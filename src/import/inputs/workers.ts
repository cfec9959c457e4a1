import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreparedSource } from '../pages/prepare.js';
import type { PrepareUnit } from './units.js';

/**
 * Decoding and parsing pages off the writer's thread: SQLite writes on the main thread while
 * workers parse the next pages. Results come back in the order the writer asks for them.
 */
export function workerPrepare(count = Math.max(1, os.availableParallelism())): { prepare: PrepareUnit; close(): Promise<void> } {
  const workers = Array.from({ length: count }, () => new Worker(new URL('./prepare-worker.js', import.meta.url)));
  const waiting = new Map<number, { resolve(p: PreparedSource): void; reject(e: Error): void }>();
  let nextId = 0;
  for (const worker of workers) {
    worker.on('message', (msg: { id: number; prepared?: PreparedSource; error?: string }) => {
      const w = waiting.get(msg.id)!;
      waiting.delete(msg.id);
      if (msg.prepared) w.resolve(msg.prepared);
      else w.reject(new Error(msg.error));
    });
    worker.on('error', (err) => {
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
    });
  }
  return {
    prepare(unit, options) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % workers.length].postMessage({ id, unit, options });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
