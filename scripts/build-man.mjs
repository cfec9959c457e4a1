// Writes man/arca.1 from the built program's help texts (npm run build runs this after tsc).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProgram, VERSION } from '../dist/cli.js';
import { manPage } from '../dist/commands/manual.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const program = await buildProgram([], process, {});
fs.mkdirSync(path.join(root, 'man'), { recursive: true });
fs.writeFileSync(path.join(root, 'man', 'arca.1'), manPage(program, VERSION));
