/**
 * SHA-256 digests in hex. `node:crypto` is required on first use: loading it costs 2–6 ms, and most runs
 * (a search, a list) hash nothing, yet the archive's core modules that can hash are loaded by every run.
 */
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

export function sha256Hex(data: string | Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(data).digest('hex');
}
