import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { verb } from '../shared/verb.js';
import { registerAttachment } from './attachment.js';
import { registerCalendar } from './calendar.js';
import { registerCheck } from './check.js';
import { registerCounter } from './counter.js';
import { registerEdit } from './edit.js';
import { registerList } from './list.js';
import { registerNotice } from './notice.js';
import { registerOpen } from './open.js';
import { registerRedact } from './redact.js';
import { registerReject } from './reject.js';
import { registerRemove } from './remove.js';
import { registerReport } from './report.js';
import { registerRestore } from './restore.js';
import { registerShow } from './show.js';
import { registerWithdraw } from './withdraw.js';
import type { EnvSource } from '../shared/env.js';

/** `arca takedown …`: copyright complaints from notice to decision. */
const EXAMPLES = `
  arca takedown open 12 --claimant "Lotus Valley Press" --contact legal@lotus.example
  arca takedown check
  arca takedown remove R1 --note "evidence complete"
  arca takedown notice R1 --lang en
`;

export function registerTakedown(program: Command, env: EnvSource): void {
  const takedown = verb(program, 'takedown', t('takedown.description'), EXAMPLES);
  for (const register of [
    registerOpen,
    registerEdit,
    registerList,
    registerShow,
    registerAttachment,
    registerCheck,
    registerRemove,
    registerReject,
    registerWithdraw,
    registerCounter,
    registerRestore,
    registerCalendar,
    registerNotice,
    registerReport,
    registerRedact,
  ]) {
    register(takedown, env);
  }
}
