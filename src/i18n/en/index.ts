/** The English catalogue: one module per area, so each area's messages sit together. */
import { cli } from './cli.js';
import { counter } from './counter.js';
import { identity } from './identity.js';
import { intake } from './intake.js';

export const en = { ...cli, ...counter, ...identity, ...intake };

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
