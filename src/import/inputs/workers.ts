import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { failedSource, type PreparedSource } from '../pages/prepare.js';
import type { PrepareUnit, Unit, UnitPrepareOptions } from './units.js';

const WORKER_SCRIPT = new URL('./prepare-worker.js', import.meta.url);

/**
 * Decoding and parsing pages off the writer's thread: SQLite writes on the main thread while
 * workers parse the next pages. Results come back in the order the writer asks for them.
 */
export function workerPrepare(count = Math.max(1, os.availableParallelism())): {
  prepare: PrepareUnit;
  close(): Promise<void>;
} {
  const workers = Array.from({ length: count }, () => new Worker(WORKER_SCRIPT));
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

/**
 * Prepares one unit in a worker of its own, stopped when `ms` run out: parsing runs without pauses, so a
 * page built to take minutes can only be cut off from outside (a downloaded page, under --timeout).
 */
export function prepareWithin(
  unit: Unit,
  options: UnitPrepareOptions,
  ms: number,
  timedOut: string,
): Promise<PreparedSource> {
  const worker = new Worker(WORKER_SCRIPT);
  const failed = (error: string) =>
    failedSource(unit.bytes ?? new Uint8Array(), unit.format ?? 'html', unit.line, error);
  return new Promise<PreparedSource>((resolve) => {
    const timer = setTimeout(() => resolve(failed(timedOut)), Math.max(0, ms));
    worker.once('message', (msg: { prepared?: PreparedSource; error?: string }) => {
      clearTimeout(timer);
      resolve(msg.prepared ?? failed(`cannot parse: ${msg.error}`));
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      resolve(failed(`cannot parse: ${err.message}`));
    });
    worker.postMessage({ id: 0, unit, options });
  }).finally(() => worker.terminate());
}
