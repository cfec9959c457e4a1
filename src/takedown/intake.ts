/**
 * A complaint e-mail turned into what a request needs: the mail read (complaint-mail.ts), each web
 * address in it matched to an archived article by any spelling of its URLs, and the .eml kept as the
 * first attachment. Nothing is written here: takedown open records the request.
 */
import { findArticleIdsByUrl } from '../db/articles.js';
import type { ComplaintMail } from './complaint-mail.js';
import type { AttachmentInput, TakedownScope } from './requests.js';

export interface UrlMatch {
  url: string;
  /** The article with this URL (its own address or its source's); null when none has it. */
  article: number | null;
}

export interface ComplaintIntake {
  mail: ComplaintMail;
  matches: UrlMatch[];
  /** The articles matched, once each, in the order the mail names them. */
  articleIds: number[];
  /** The .eml itself, then the mail's attachments: what the request keeps. */
  attachments: AttachmentInput[];
}

/** Reads a complaint e-mail and matches its URLs; `name` is the file's name, kept with its bytes. */
export async function readComplaint(scope: TakedownScope, bytes: Uint8Array, name: string): Promise<ComplaintIntake> {
  const { readComplaintMail } = await import('./complaint-mail.js');
  const mail = await readComplaintMail(bytes, scope.tz);
  const matches = mail.urls.map((url) => ({ url, article: findArticleIdsByUrl(scope.db, url)[0] ?? null }));
  const articleIds = [...new Set(matches.flatMap((m) => (m.article === null ? [] : [m.article])))];
  return { mail, matches, articleIds, attachments: [{ name, data: bytes }, ...mail.attachments] };
}
