/** The zh-CN catalogue, loaded only when needed; every English key has its Chinese here (the compiler checks). */
import type { Catalogue } from '../en/index.js';
import { cli } from './cli.js';
import { template } from './template.js';

export const zhCN: Catalogue = { ...cli, ...template };
