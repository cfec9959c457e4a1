/** Plain data shapes shared by the core modules. Field names follow the spec's JSON shapes. */
import type { RequestId } from './takedown/ids.js';

/** What a page or record parser extracts from one imported item, before it is stored. */
export interface ParsedPage {
  title: string;
  site: string | null;
  /** Breadcrumb, e.g. "资讯速递". */
  category: string | null;
  /** The date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS]) as the page gives it. */
  published: string | null;
  source: string | null;
  /** "佚名" (anonymous) is kept as written. */
  author: string | null;
  editor: string | null;
  views: number | null;
  /** The address of the source the page was reposted from (原文链接). */
  original_url: string | null;
  /** The page's own address on the operator's site (canonical link, fetch URL or --base-url). */
  site_url: string | null;
  /** Paragraphs joined by "\n", without site chrome. */
  body: string;
  disclaimer: string | null;
  /** Days the disclaimer promises; null when it names none. */
  window_days: number | null;
  /** What window_days counts: calendar days, or working days ("15个工作日内"); null with no window. */
  window_unit: WindowUnit | null;
}

export type WindowUnit = 'days' | 'workdays';

export type ArticleStatus = 'active' | 'removed' | 'purged';

/** An archived article as every command and the JSON output see it. */
export interface Article extends ParsedPage {
  id: number;
  /** Calendar date (YYYY-MM-DD): published + window_days (or the archive default). */
  window_ends: string | null;
  status: ArticleStatus;
  /** Instant, YYYY-MM-DDTHH:MM:SS±HH:MM. */
  imported_at: string;
  provenance: Provenance;
}

export interface Provenance {
  /** Source file path or URL ("-" for stdin). */
  path: string;
  sha256: string;
  /** Encoding the raw bytes were decoded with, e.g. "utf-8", "gb18030". */
  encoding: string | null;
}

export type TakedownStatus = 'open' | 'removed' | 'rejected' | 'withdrawn' | 'countered' | 'restored';
export type TakedownChannel = 'email' | 'phone' | 'letter' | 'form' | 'wechat' | 'qq' | 'platform' | 'other';

export interface TakedownRequest {
  /** `R12`: never a bare number, so it cannot be taken for an article id (takedown/ids.ts). */
  id: RequestId;
  status: TakedownStatus;
  /** Instant, YYYY-MM-DDTHH:MM:SS±HH:MM. */
  received: string;
  /** Calendar date YYYY-MM-DD. */
  due: string;
  overdue: boolean;
  late: boolean;
  claimant: string;
  contact: string | null;
  work: string | null;
  reason: string | null;
  channel: TakedownChannel | null;
  /** What the operator noted about the channel, e.g. which platform or app (given with any channel). */
  channel_note: string | null;
  articles: number[];
  decided_at: string | null;
  note: string | null;
  /** For a countered request (and after its restore): the date its content is due back, YYYY-MM-DD. */
  restore_due: string | null;
  counter_notice: CounterNotice | null;
}

/** The counter-notice (不侵权声明) the publisher of removed content sent back. */
export interface CounterNotice {
  /** Instant, YYYY-MM-DDTHH:MM:SS±HH:MM. */
  received: string;
  from: string;
  contact: string | null;
  reason: string | null;
}
