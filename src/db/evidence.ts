/** What an evidence package reads beyond the article shape: provenance with the raw bytes, and attachments. */
import type { Db } from './connection.js';

export interface ProvenanceEvidence {
  path: string;
  line: number | null;
  sha256: string;
  encoding: string | null;
  format: string;
  /** The UTC instant of the import, as stored. */
  imported_at: string;
  /** Size of the raw bytes as imported. */
  size: number;
  /** The raw bytes, Brotli-compressed; null once purged. */
  data: Uint8Array | null;
}

/** The provenance of an article's current copy, with its compressed raw bytes. */
export function provenanceEvidence(db: Db, articleId: number): ProvenanceEvidence | undefined {
  return db
    .prepare(
      `SELECT p.path, p.line, b.sha256, p.encoding, p.format, p.imported_at, b.size, b.data
    FROM articles a JOIN provenance p ON p.id = a.provenance_id JOIN raw_blobs b ON b.id = p.blob_id
    WHERE a.id = ?`,
    )
    .get(articleId) as ProvenanceEvidence | undefined;
}

export interface AttachmentEvidence {
  name: string;
  sha256: string;
  size: number;
  added_at: string;
  data: Uint8Array;
}

/** A request's attachments with their bytes, in the order they were added. */
export function attachmentEvidence(db: Db, takedownId: number): AttachmentEvidence[] {
  return db
    .prepare('SELECT name, sha256, size, added_at, data FROM attachments WHERE takedown_id = ? ORDER BY id')
    .all(takedownId) as AttachmentEvidence[];
}
