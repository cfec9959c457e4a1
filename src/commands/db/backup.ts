import type { Command } from 'commander';
import { backupArchive } from '../../db/maintenance.js';
import { fileSize } from '../../files.js';
import { info } from '../../output/io.js';
import { humanBytes } from '../../output/text.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';

export interface BackupFlags {
  force?: boolean;
}

/** An online copy of the archive at `file`; refuses to replace one without --force. */
export async function runBackup(deps: Deps, file: string, flags: BackupFlags): Promise<void> {
  await backupArchive(deps.scope.db, file, { overwrite: Boolean(flags.force) });
}

const EXAMPLES = `
  arca db backup ~/backups/archive-$(date +%F).db
  arca db backup /mnt/usb/archive.db --force
`;

export function registerBackup(db: Command, env: EnvSource): void {
  verb(db, 'backup', t('db.backup.description'), EXAMPLES)
    .argument('<file>', t('db.backup.file'))
    .option('--force', t('db.backup.force'))
    .action(async (file: string, flags: BackupFlags) => {
      const commandEnv = env();
      await withArchive(commandEnv, (deps) => runBackup(deps, file, flags));
      // Said once the archive is closed again, as the size of the finished copy.
      info(commandEnv.io, t('db.backup.done', { from: commandEnv.dbPath, to: file, size: humanBytes(fileSize(file)) }));
    });
}
