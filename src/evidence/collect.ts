/**
 * What an evidence package holds, gathered from the archive: each article with its provenance and the
 * raw bytes exactly as imported (none once purged), and for a request its record, attachments and the
 * audit log entries about it and its articles, with the head of the log when the package was made.
 */
import { brotliDecompressSync } from 'node:zlib';
import { getArticle } from '../db/articles.js';
import { auditHead, listAudit, type AuditEntry } from '../db/audit.js';
import {
  attachmentEvidence,
  provenanceEvidence,
  type AttachmentEvidence,
  type ProvenanceEvidence,
} from '../db/evidence.js';
import { NotFoundError } from '../db/errors.js';
import type { ArchiveScope } from '../db/scope.js';
import { getRequest } from '../takedown/requests.js';
import type { Article, TakedownRequest } from '../types.js';
import { t } from '../i18n/index.js';

export interface ArticleEvidence {
  article: Article;
  provenance: Omit<ProvenanceEvidence, 'data'>;
  /** The bytes as imported; null for a purged article, whose hashes alone remain. */
  raw: Buffer | null;
}

export interface RequestEvidence {
  /** The request's number in the archive (request:<n> in the log). */
  number: number;
  request: TakedownRequest;
  attachments: AttachmentEvidence[];
}

export interface EvidenceContent {
  articles: ArticleEvidence[];
  request: RequestEvidence | null;
  /** The audit entries about the request and its articles, or about the article, oldest first. */
  log: AuditEntry[];
  /** The newest entry of the whole log when the package was made: what a trusted timestamp would cover. */
  head: { seq: number; hash: string } | null;
}

export type EvidenceSubject = { article: number } | { request: number };

function articleEvidence(scope: ArchiveScope, id: number): ArticleEvidence {
  const article = getArticle(scope.db, id, scope);
  const stored = provenanceEvidence(scope.db, id);
  if (!article || !stored) throw new NotFoundError(t('shared.noArticle', { ref: String(id) }));
  const { data, ...provenance } = stored;
  return { article, provenance, raw: data && brotliDecompressSync(data) };
}

/** Everything the package of one article or one request shows. */
export function collectEvidence(scope: ArchiveScope, subject: EvidenceSubject): EvidenceContent {
  const { db } = scope;
  const head = auditHead(db);
  if ('article' in subject) {
    return {
      articles: [articleEvidence(scope, subject.article)],
      request: null,
      head,
      log: listAudit(db, { subjects: [`article:${subject.article}`] }),
    };
  }
  const request = getRequest(scope, subject.request);
  const subjects = [`request:${subject.request}`, ...request.articles.map((id) => `article:${id}`)];
  return {
    articles: request.articles.map((id) => articleEvidence(scope, id)),
    request: { number: subject.request, request, attachments: attachmentEvidence(db, subject.request) },
    log: listAudit(db, { subjects }),
    head,
  };
}
