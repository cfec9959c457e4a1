/** What a transparency report reads: the requests of a period, when each was first decided, the log's takedowns. */
import type { ArticleStatus, TakedownChannel, TakedownStatus } from '../types.js';
import type { Db } from './connection.js';

export interface ReportArticle {
  id: number;
  title: string;
  site: string | null;
  original_url: string | null;
  status: ArticleStatus;
}

export interface ReportRequest {
  id: number;
  status: TakedownStatus;
  received: string;
  received_date: string;
  due: string;
  claimant: string;
  contact: string | null;
  work: string | null;
  channel: TakedownChannel | null;
  /** The instant of its first decision (removed, rejected or withdrawn), from the audit log; null while undecided. */
  first_decision_at: string | null;
  articles: ReportArticle[];
}

type Row = Omit<ReportRequest, 'articles'> & { articles: string };

/** Requests received between the dates (YYYY-MM-DD, inclusive; null for no bound), oldest first. */
export function requestsReceived(db: Db, since: string | null, until: string | null): ReportRequest[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.status, t.received, t.received_date, t.due, t.claimant, t.contact, t.work, t.channel,
      (SELECT l.at FROM audit_log l WHERE l.subject = 'request:' || t.id
        AND l.action IN ('takedown.removed', 'takedown.rejected', 'takedown.withdrawn')
        ORDER BY l.seq LIMIT 1) AS first_decision_at,
      (SELECT json_group_array(json_object('id', a.id, 'title', a.title, 'site', a.site, 'original_url', a.original_url,
          'status', a.status))
        FROM (SELECT a.* FROM takedown_articles ta JOIN articles a ON a.id = ta.article_id
          WHERE ta.takedown_id = t.id ORDER BY a.id) a) AS articles
    FROM takedowns t
    WHERE (@since IS NULL OR t.received_date >= @since) AND (@until IS NULL OR t.received_date <= @until)
    ORDER BY t.received, t.id`,
    )
    .all({ since, until }) as Row[];
  return rows.map((row) => ({ ...row, articles: JSON.parse(row.articles) as ReportArticle[] }));
}

/** For each request, the articles the audit log shows it took down (`article.removed`) or purged (`article.purged`). */
export function articlesActedOn(db: Db, action: 'article.removed' | 'article.purged'): Map<number, number[]> {
  const rows = db
    .prepare(
      `SELECT json_extract(details, '$.request') AS request, CAST(substr(subject, 9) AS INTEGER) AS article
    FROM audit_log WHERE action = ? AND subject LIKE 'article:%' ORDER BY seq`,
    )
    .all(action) as Array<{ request: number | null; article: number }>;
  const byRequest = new Map<number, number[]>();
  for (const { request, article } of rows) {
    if (request === null) continue;
    byRequest.set(request, [...(byRequest.get(request) ?? []), article]);
  }
  return byRequest;
}
