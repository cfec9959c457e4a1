/**
 * Corrections of an open request: a wrong received date or claimant, an article named by mistake,
 * a document that came later. The due date and lateness are worked out again from the corrected
 * values; the audit log records every changed field with its old and new value.
 */
import { appendAudit } from '../db/audit.js';
import { NotFoundError } from '../db/errors.js';
import { setRequestArticles, updateRequestColumns, type EditableColumns } from '../db/takedown-edits.js';
import { getStoredRequest, insertAttachment } from '../db/takedowns.js';
import { inWriteTransaction } from '../db/transaction.js';
import { FailureError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { formatInstant, parseInstant } from '../time.js';
import type { TakedownChannel, TakedownRequest } from '../types.js';
import { formatRequestId } from './ids.js';
import {
  hashedAttachments,
  blankToNull,
  EDITED,
  getRequest,
  RequestInputError,
  overrideColumns,
  overridePeriod,
  requestTerms,
  storedOverride,
  type AttachmentInput,
  type TakedownScope,
} from './requests.js';

export interface RequestEdits {
  received?: Date;
  claimant?: string;
  /** Blank text clears the value. */
  contact?: string;
  work?: string;
  reason?: string;
  channel?: TakedownChannel;
  /** Calendar days to decide in, instead of the articles' windows. */
  days?: number;
  /** Working days to decide in, instead of the articles' windows (not with `days`). */
  workdays?: number;
  addArticles?: number[];
  removeArticles?: number[];
  attachments?: AttachmentInput[];
}

/** A field's value before and after; `articles` as sorted id lists. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export interface EditResult {
  request: TakedownRequest;
  changes: FieldChanges;
  /** The attachments added, by name and sha256. */
  attached: Array<{ name: string; sha256: string }>;
}

/** Applies the corrections to open request `id` in one transaction, logged as one entry; nothing when nothing changes. */
export function editRequest(scope: TakedownScope, id: number, edits: RequestEdits): EditResult {
  const { db, tz } = scope;
  const stored = getStoredRequest(db, id);
  if (!stored) throw new NotFoundError(t('intake.edit.noRequest', { id: formatRequestId(id) }));
  if (stored.status !== 'open')
    throw new FailureError(t('intake.edit.notOpen', { id: formatRequestId(id), status: stored.status }));

  const articles = new Set(stored.articles);
  for (const articleId of edits.removeArticles ?? []) {
    if (!articles.delete(articleId))
      throw new UsageError(t('intake.edit.notNamed', { id: formatRequestId(id), article: articleId }));
  }
  for (const articleId of edits.addArticles ?? []) articles.add(articleId);
  const articleIds = [...articles].sort((a, b) => a - b);
  if (articleIds.length === 0) throw new RequestInputError(t('intake.edit.noArticleLeft'));

  const claimant = edits.claimant === undefined ? stored.claimant : blankToNull(edits.claimant);
  if (claimant === null) throw new RequestInputError(t('intake.edit.noClaimant'));
  const received = edits.received ?? parseInstant(stored.received, tz)!;
  const override =
    edits.days === undefined && edits.workdays === undefined ? storedOverride(stored) : overridePeriod(edits);
  const deadline = requestTerms(scope, articleIds, received, override);
  const next: EditableColumns = {
    received: formatInstant(received, tz),
    received_date: deadline.receivedDate,
    due: deadline.due,
    late: deadline.late,
    claimant,
    contact: edits.contact === undefined ? stored.contact : blankToNull(edits.contact),
    work: edits.work === undefined ? stored.work : blankToNull(edits.work),
    reason: edits.reason === undefined ? stored.reason : blankToNull(edits.reason),
    channel: edits.channel ?? stored.channel,
    ...overrideColumns(override),
  };

  const changes: FieldChanges = {};
  for (const field of Object.keys(next) as Array<keyof EditableColumns>) {
    // received_date follows received; the log names what a person changed and what followed from it.
    if (field !== 'received_date' && next[field] !== stored[field])
      changes[field] = { from: stored[field], to: next[field] };
  }
  const before = [...stored.articles].sort((a, b) => a - b);
  if (before.join() !== articleIds.join()) changes.articles = { from: before, to: articleIds };
  const attachments = hashedAttachments(scope, edits.attachments ?? [], 'notice');
  const attached = attachments.map((a) => ({ name: a.name, sha256: a.sha256 }));

  if (Object.keys(changes).length > 0 || attachments.length > 0) {
    inWriteTransaction(db, () => {
      updateRequestColumns(db, id, next);
      if (changes.articles) setRequestArticles(db, id, articleIds);
      for (const attachment of attachments) insertAttachment(db, id, attachment);
      appendAudit(db, scope.audit, EDITED, `request:${id}`, {
        changes,
        ...(attached.length ? { attachments: attached } : {}),
      });
    });
  }
  return { request: getRequest(scope, id), changes, attached };
}
