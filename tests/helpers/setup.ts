/**
 * Runs before every test file. The files of a worker share its modules (`isolate: false` in
 * vitest.config.ts), so the state arca keeps for a process is set back to what a new process starts with:
 * English messages, and no zone marked as the process's own.
 */
import { useLanguage } from '../../src/i18n/index.js';
import { markLocalZone } from '../../src/time.js';

await useLanguage('en');
markLocalZone('');
