import type { Command } from 'commander';
import { attachmentBytes } from '../../db/takedown-edits.js';
import { listAttachments, type AttachmentInfo } from '../../db/takedowns.js';
import { FailureError, UsageError } from '../../errors.js';
import { sha256Hex } from '../../hash.js';
import { t } from '../../i18n/index.js';
import { info } from '../../output/io.js';
import { formatRequestId } from '../../takedown/ids.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { addOutOptions, refuseToReplace, writeOut, type OutFlags } from '../shared/out-file.js';
import { archiveAction, verb } from '../shared/verb.js';
import { requestIdArg } from './common.js';

export type AttachmentFlags = OutFlags;

export interface WrittenAttachment {
  name: string;
  size: number;
  sha256: string;
  file: string;
}

/** The attachment `name` names, or the only one; a usage error listing the names otherwise. */
function chooseAttachment(id: number, attachments: AttachmentInfo[], name: string | undefined): AttachmentInfo {
  const shown = formatRequestId(id);
  if (attachments.length === 0) throw new FailureError(t('intake.attachment.none', { id: shown }));
  const names = attachments.map((a) => a.name).join(', ');
  if (name === undefined) {
    if (attachments.length === 1) return attachments[0];
    throw new UsageError(t('intake.attachment.which', { id: shown, names }));
  }
  const found = attachments.find((a) => a.name === name);
  if (!found) throw new UsageError(t('intake.attachment.unknown', { id: shown, name, names }));
  return found;
}

/**
 * Writes an attachment back as it was received, for a lawyer or a court: its bytes are checked against
 * the sha256 recorded when they arrived, and the file appears whole or not at all (never over an
 * existing one without --force).
 */
export async function runAttachment(
  deps: Deps,
  idText: string,
  name: string | undefined,
  flags: AttachmentFlags,
): Promise<WrittenAttachment> {
  const { db } = deps.scope;
  const id = requestIdArg(deps, idText);
  const attachment = chooseAttachment(id, listAttachments(db, id), name);
  refuseToReplace(flags, t('intake.attachment.exists', { file: flags.out }));
  const data = attachmentBytes(db, attachment.id);
  if (data.byteLength === 0 && attachment.size > 0)
    throw new FailureError(t('intake.attachment.redacted', { name: attachment.name }));
  if (sha256Hex(data) !== attachment.sha256)
    throw new FailureError(t('intake.attachment.corrupt', { name: attachment.name, sha256: attachment.sha256 }));
  await writeOut(deps.io, flags, data, (reason) => t('takedown.cannotWrite', { file: flags.out, reason }));
  const written = { name: attachment.name, size: attachment.size, sha256: attachment.sha256, file: flags.out };
  info(deps.io, t('intake.attachment.written', written));
  return written;
}

const EXAMPLES = `
  arca takedown attachment R3 notice.pdf --out ~/case-R3/notice.pdf
  arca takedown attachment R3 complaint.eml --out - | less
  arca takedown show R3        # the attachments with their names, sizes and sha256
`;

export function registerAttachment(takedown: Command, env: EnvSource): void {
  const command = verb(takedown, 'attachment', t('intake.attachment.description'), EXAMPLES)
    .argument('<request>', t('intake.attachment.argument'))
    .argument('[name]', t('intake.attachment.name'));
  addOutOptions(command, { out: t('intake.attachment.out'), force: t('intake.attachment.force') }).action(
    archiveAction(env, runAttachment),
  );
}
