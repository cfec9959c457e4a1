/** The English catalogue: one module per area, so each area's messages sit together. */
import { cli } from './cli.js';
import { intake } from './intake.js';

export const en = { ...cli, ...intake };

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
