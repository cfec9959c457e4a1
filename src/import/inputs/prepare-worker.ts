import { parentPort } from 'node:worker_threads';
import { transferables } from '../pages/prepare.js';
import { prepareUnit, type Unit, type UnitPrepareOptions } from './units.js';

parentPort!.on('message', (msg: { id: number; unit: Unit; options: UnitPrepareOptions }) => {
  try {
    const prepared = prepareUnit(msg.unit, msg.options);
    parentPort!.postMessage({ id: msg.id, prepared }, transferables(prepared));
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).message });
  }
});
