/**
 * The transparency report: what notices arrived in a period and what became of them, in figures a
 * site can publish (requests, outcomes, articles and sites, channels, days to decide, late decisions,
 * top claimants). Contacts stay out unless asked for; `notices` adds one Lumen-shaped record per request.
 */
import { articlesActedOn, requestsReceived, type ReportRequest } from '../db/takedown-report.js';
import type { ArchiveScope } from '../db/scope.js';
import { calendarDate } from '../time.js';
import type { TakedownStatus } from '../types.js';
import { isOverdue } from './deadline.js';
import { formatRequestId } from './ids.js';

export interface ReportOptions {
  /** Received on or after / on or before (YYYY-MM-DD); null for no bound. */
  since: string | null;
  until: string | null;
  includeContacts: boolean;
  notices: boolean;
}

/** A notice as the Lumen database records one (lumendatabase.org), plus arca's id and status. */
export interface LumenNotice {
  id: string;
  status: TakedownStatus;
  date_received: string;
  sender_name: string;
  principal_name: string;
  /** Only with --include-contacts. */
  sender_contact?: string | null;
  works: Array<{ description: string | null; infringing_urls: Array<{ url: string }> }>;
  /** Yes: every article it names was taken down by it; Partial: some were; No: none; null while undecided. */
  action_taken: 'Yes' | 'No' | 'Partial' | null;
}

export interface TransparencyReport {
  period: { since: string | null; until: string | null };
  /** The day the report's "still open" and "overdue" are counted on. */
  as_of: string;
  requests_received: number;
  outcomes: Record<'removed' | 'rejected' | 'withdrawn' | 'restored' | 'countered' | 'open' | 'overdue', number>;
  articles: { named: number; taken_down: number; purged: number };
  sites: Array<{ site: string | null; requests: number; articles: number }>;
  channels: Array<{ channel: string | null; requests: number }>;
  days_to_decision: { decided: number; median: number | null; longest: number | null };
  decided_after_due: { count: number; requests: string[] };
  top_claimants: Array<{ claimant: string; requests: number; contacts?: string[] }>;
  notices?: LumenNotice[];
}

/** How many claimants the report names. */
const TOP_CLAIMANTS = 10;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Counts by key, largest first, then by key, with the key's empty value last. */
function countBy<T>(items: T[], key: (item: T) => string | null): Array<[string | null, number]> {
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
}

function siteFigures(requests: ReportRequest[]): TransparencyReport['sites'] {
  const bySite = new Map<string | null, { requests: Set<number>; articles: Set<number> }>();
  for (const request of requests) {
    for (const article of request.articles) {
      const entry = bySite.get(article.site) ?? { requests: new Set(), articles: new Set() };
      entry.requests.add(request.id);
      entry.articles.add(article.id);
      bySite.set(article.site, entry);
    }
  }
  return [...bySite]
    .map(([site, e]) => ({ site, requests: e.requests.size, articles: e.articles.size }))
    .sort((a, b) => b.requests - a.requests || b.articles - a.articles || String(a.site).localeCompare(String(b.site)));
}

function claimantFigures(requests: ReportRequest[], includeContacts: boolean): TransparencyReport['top_claimants'] {
  return countBy(requests, (r) => r.claimant)
    .slice(0, TOP_CLAIMANTS)
    .map(([claimant, count]) => {
      const row: TransparencyReport['top_claimants'][number] = { claimant: claimant!, requests: count };
      if (includeContacts) {
        row.contacts = [
          ...new Set(requests.filter((r) => r.claimant === claimant && r.contact !== null).map((r) => r.contact!)),
        ];
      }
      return row;
    });
}

function actionTaken(request: ReportRequest, takenDown: number[]): LumenNotice['action_taken'] {
  if (request.first_decision_at === null) return null;
  const acted = request.articles.filter((a) => takenDown.includes(a.id)).length;
  if (acted === 0) return 'No';
  return acted === request.articles.length ? 'Yes' : 'Partial';
}

function notice(request: ReportRequest, takenDown: number[], includeContacts: boolean): LumenNotice {
  return {
    id: formatRequestId(request.id),
    status: request.status,
    date_received: request.received,
    // arca records one claimant: the rights holder, who is also taken to be the sender.
    sender_name: request.claimant,
    principal_name: request.claimant,
    ...(includeContacts ? { sender_contact: request.contact } : {}),
    works: [
      {
        description: request.work,
        infringing_urls: request.articles.map((a) => ({ url: a.original_url ?? `urn:arca:article:${a.id}` })),
      },
    ],
    action_taken: actionTaken(request, takenDown),
  };
}

/** The report of the requests received in the period, counted as the archive stands at `scope.now`. */
export function transparencyReport(scope: ArchiveScope, options: ReportOptions): TransparencyReport {
  const requests = requestsReceived(scope.db, options.since, options.until);
  const removedBy = articlesActedOn(scope.db, 'article.removed');
  const purgedBy = articlesActedOn(scope.db, 'article.purged');
  const count = (status: TakedownStatus) => requests.filter((r) => r.status === status).length;
  const decided = requests.flatMap((r) =>
    r.first_decision_at === null ? [] : [{ request: r, date: calendarDate(new Date(r.first_decision_at), scope.tz) }],
  );
  const days = decided.map((d) => daysBetween(d.request.received_date, d.date));
  const late = decided.filter((d) => d.date > d.request.due).map((d) => formatRequestId(d.request.id));
  const affected = (acted: Map<number, number[]>) => new Set(requests.flatMap((r) => acted.get(r.id) ?? [])).size;
  const report: TransparencyReport = {
    period: { since: options.since, until: options.until },
    as_of: scope.today,
    requests_received: requests.length,
    outcomes: {
      removed: count('removed'),
      rejected: count('rejected'),
      withdrawn: count('withdrawn'),
      restored: count('restored'),
      countered: count('countered'),
      open: count('open'),
      overdue: requests.filter((r) => isOverdue(r.due, scope.today, r.status)).length,
    },
    articles: {
      named: new Set(requests.flatMap((r) => r.articles.map((a) => a.id))).size,
      taken_down: affected(removedBy),
      purged: affected(purgedBy),
    },
    sites: siteFigures(requests),
    channels: countBy(requests, (r) => r.channel).map(([channel, n]) => ({ channel, requests: n })),
    days_to_decision: {
      decided: decided.length,
      median: median(days),
      longest: days.length ? Math.max(...days) : null,
    },
    decided_after_due: { count: late.length, requests: late },
    top_claimants: claimantFigures(requests, options.includeContacts),
  };
  if (options.notices) {
    report.notices = requests.map((r) => notice(r, removedBy.get(r.id) ?? [], options.includeContacts));
  }
  return report;
}
