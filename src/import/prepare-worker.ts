import { parentPort } from 'node:worker_threads';
import { prepareSource } from './prepare.js';
import type { Unit } from './units.js';

parentPort!.on('message', (msg: { id: number; unit: Unit & { bytes: Uint8Array }; options: { encoding?: string; maxBytes: number } }) => {
  const { id, unit, options } = msg;
  try {
    const prepared = prepareSource(unit.bytes, {
      path: unit.path, format: unit.format, encoding: options.encoding, httpContentType: unit.httpContentType,
      maxBytes: options.maxBytes, line: unit.line,
    });
    parentPort!.postMessage({ id, prepared });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
