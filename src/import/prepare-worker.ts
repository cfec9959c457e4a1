import { parentPort } from 'node:worker_threads';
import { prepareUnit, transferables } from './prepare.js';
import type { Unit } from './units.js';

parentPort!.on('message', (msg: { id: number; unit: Unit; options: { encoding?: string; maxBytes: number } }) => {
  try {
    const prepared = prepareUnit(msg.unit, msg.options);
    parentPort!.postMessage({ id: msg.id, prepared }, transferables(prepared));
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).message });
  }
});
