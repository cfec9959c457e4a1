/** The zh-CN catalogue, loaded only when needed; every English key has its Chinese here (the compiler checks). */
import type { Catalogue } from '../en/index.js';
import { cli } from './cli.js';
import { counter } from './counter.js';
import { identity } from './identity.js';
import { workdays } from './workdays.js';
import { shared } from './shared.js';
import { output } from './output.js';
import { config } from './config.js';
import { exportArea } from './export.js';
import { deadlines } from './deadlines.js';
import { articles } from './articles.js';
import { log } from './log.js';
import { evidence } from './evidence.js';
import { db } from './db.js';
import { doctor } from './doctor.js';
import { help } from './help.js';
import { importArea } from './import.js';
import { report } from './report.js';
import { intake } from './intake.js';
import { template } from './template.js';
import { takedown } from './takedown.js';

export const zhCN: Catalogue = {
  ...cli,
  ...counter,
  ...identity,
  ...workdays,
  ...shared,
  ...output,
  ...config,
  ...exportArea,
  ...deadlines,
  ...articles,
  ...log,
  ...evidence,
  ...db,
  ...doctor,
  ...help,
  ...importArea,
  ...report,
  ...intake,
  ...template,
  ...takedown,
};
