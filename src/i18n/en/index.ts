/** The English catalogue: one module per area, so each area's messages sit together. */
import { cli } from './cli.js';
import { template } from './template.js';

export const en = { ...cli, ...template };

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
