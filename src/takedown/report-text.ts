/** The transparency report as CSV (one figure a row: section, name, value) and as Markdown to publish. */
import { stringify } from 'csv-stringify/sync';
import { english, type MessageKey, type Translate } from '../i18n/index.js';
import type { TransparencyReport } from './report.js';

type Cell = string | number | null;

/** The report's figures, one a row; notices are records, not figures, and stay in JSON and Markdown. */
export function reportRows(report: TransparencyReport): Cell[][] {
  const rows: Cell[][] = [
    ['period', 'since', report.period.since],
    ['period', 'until', report.period.until],
    ['period', 'as_of', report.as_of],
    ['requests', 'received', report.requests_received],
    ...Object.entries(report.outcomes).map(([name, n]): Cell[] => ['outcome', name, n]),
    ...Object.entries(report.articles).map(([name, n]): Cell[] => ['articles', name, n]),
  ];
  for (const site of report.sites)
    rows.push(['site_requests', site.site, site.requests], ['site_articles', site.site, site.articles]);
  for (const { channel, requests } of report.channels) rows.push(['channel', channel, requests]);
  rows.push(...Object.entries(report.days_to_decision).map(([name, n]): Cell[] => ['days_to_decision', name, n]));
  rows.push(
    ['decided_after_due', 'count', report.decided_after_due.count],
    ['decided_after_due', 'requests', report.decided_after_due.requests.join(' ')],
  );
  for (const claimant of report.top_claimants) {
    rows.push(['claimant', claimant.claimant, claimant.requests]);
    if (claimant.contacts) rows.push(['claimant_contacts', claimant.claimant, claimant.contacts.join('; ')]);
  }
  return rows;
}

export function reportCsv(report: TransparencyReport): string {
  return stringify([['section', 'name', 'value'], ...reportRows(report)], {
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

/** Text from the archive inside a Markdown table: one line, and nothing Markdown or HTML would read as markup. */
function md(value: Cell): string {
  if (value === null) return '—';
  return String(value)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\|*_[\]<>`#!&~]/g, (c) => `\\${c}`);
}

function table(headers: string[], rows: Cell[][]): string {
  const align = headers.map((_, i) =>
    rows.every((row) => typeof row[i] === 'number' || row[i] === null) && rows.length ? '---:' : '---',
  );
  return [
    `| ${headers.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(md).join(' | ')} |`),
  ].join('\n');
}

const OUTCOME_NAMES: Record<keyof TransparencyReport['outcomes'], MessageKey> = {
  removed: 'takedown.report.outcome.removed',
  rejected: 'takedown.report.outcome.rejected',
  withdrawn: 'takedown.report.outcome.withdrawn',
  restored: 'takedown.report.outcome.restored',
  countered: 'takedown.report.outcome.countered',
  open: 'takedown.report.outcome.open',
  overdue: 'takedown.report.outcome.overdue',
};

/** The report to publish, in `say`'s language (the archive's: it is written for the public, not the operator). */
export function reportMarkdown(report: TransparencyReport, say: Translate = english): string {
  const { period, articles, days_to_decision: decision, decided_after_due: late } = report;
  const days = (n: number | null) => (n === null ? '—' : say('takedown.report.days', { days: n }));
  const requests = say('takedown.report.column.requests');
  const claimant = say('takedown.report.column.claimant');
  const parts = [
    say('takedown.report.title'),
    say('takedown.report.span', {
      since: period.since ?? say('takedown.report.firstRequest'),
      until: period.until ?? report.as_of,
      asOf: report.as_of,
    }),
    say('takedown.report.received', { count: report.requests_received }),
    say('takedown.report.outcomes'),
    table(
      [say('takedown.report.column.outcome'), requests],
      Object.entries(report.outcomes).map(([name, n]) => [say(OUTCOME_NAMES[name as keyof typeof OUTCOME_NAMES]), n]),
    ),
    say('takedown.report.articlesAndSites'),
    say('takedown.report.articles', { named: articles.named, takenDown: articles.taken_down, purged: articles.purged }),
    table(
      [say('takedown.report.column.site'), requests, say('takedown.report.column.articles')],
      report.sites.map((s) => [s.site, s.requests, s.articles]),
    ),
    say('takedown.report.channels'),
    table(
      [say('takedown.report.column.channel'), requests],
      report.channels.map((c) => [c.channel, c.requests]),
    ),
    say('takedown.report.timeToDecision'),
    say('takedown.report.decision', {
      decided: decision.decided,
      median: days(decision.median),
      longest: days(decision.longest),
      late: late.count,
      lateIds: late.requests.join(say('takedown.listJoin')),
    }),
    say('takedown.report.topClaimants'),
    report.top_claimants.some((c) => c.contacts)
      ? table(
          [claimant, requests, say('takedown.report.column.contacts')],
          report.top_claimants.map((c) => [c.claimant, c.requests, c.contacts!.join('; ')]),
        )
      : table(
          [claimant, requests],
          report.top_claimants.map((c) => [c.claimant, c.requests]),
        ),
  ];
  if (report.notices) {
    parts.push(
      say('takedown.report.notices'),
      table(
        [
          say('takedown.report.column.request'),
          say('takedown.report.column.received'),
          claimant,
          say('takedown.report.column.work'),
          say('takedown.report.column.urls'),
          say('takedown.report.column.action'),
        ],
        report.notices.map((n) => [
          n.id,
          n.date_received,
          n.sender_name,
          n.works[0].description,
          n.works[0].infringing_urls.map((u) => u.url).join(' '),
          n.action_taken,
        ]),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
