import { parentPort } from 'node:worker_threads';
import { prepareUnit } from './prepare.js';
import type { Unit } from './units.js';

parentPort!.on('message', (msg: { id: number; unit: Unit; options: { encoding?: string; maxBytes: number } }) => {
  try {
    parentPort!.postMessage({ id: msg.id, prepared: prepareUnit(msg.unit, msg.options) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).message });
  }
});
