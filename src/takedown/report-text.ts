/** The transparency report as CSV (one figure a row: section, name, value) and as Markdown to publish. */
import { stringify } from 'csv-stringify/sync';
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

const OUTCOME_NAMES: Record<keyof TransparencyReport['outcomes'], string> = {
  removed: 'Removed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  restored: 'Restored after removal',
  countered: 'Counter-notice received, restore pending',
  open: 'Still open',
  overdue: 'of which overdue',
};

const days = (n: number | null) => (n === null ? '—' : `${n} ${n === 1 ? 'day' : 'days'}`);

export function reportMarkdown(report: TransparencyReport): string {
  const { period, articles, days_to_decision: decision, decided_after_due: late } = report;
  const span = `${period.since ?? 'the first request'} to ${period.until ?? report.as_of}`;
  const parts = [
    '# Transparency report: copyright takedown requests',
    `Requests received from ${span}, as they stood on ${report.as_of}.`,
    `**Requests received: ${report.requests_received}**`,
    '## Outcomes',
    table(
      ['Outcome', 'Requests'],
      Object.entries(report.outcomes).map(([name, n]) => [OUTCOME_NAMES[name as keyof typeof OUTCOME_NAMES], n]),
    ),
    '## Articles and sites',
    `Articles named: ${articles.named}; taken down: ${articles.taken_down}; deleted for good: ${articles.purged}.`,
    table(
      ['Site', 'Requests', 'Articles'],
      report.sites.map((s) => [s.site, s.requests, s.articles]),
    ),
    '## Channels',
    table(
      ['Channel', 'Requests'],
      report.channels.map((c) => [c.channel, c.requests]),
    ),
    '## Time to decision',
    `Decided: ${decision.decided}; median ${days(decision.median)}; longest ${days(decision.longest)}, ` +
      `from receipt to the first decision. Decided after the due date: ${late.count}` +
      `${late.count ? ` (${late.requests.join(', ')})` : ''}.`,
    '## Top claimants',
    report.top_claimants.some((c) => c.contacts)
      ? table(
          ['Claimant', 'Requests', 'Contacts'],
          report.top_claimants.map((c) => [c.claimant, c.requests, c.contacts!.join('; ')]),
        )
      : table(
          ['Claimant', 'Requests'],
          report.top_claimants.map((c) => [c.claimant, c.requests]),
        ),
  ];
  if (report.notices) {
    parts.push(
      '## Notices',
      table(
        ['Request', 'Received', 'Claimant', 'Work', 'URLs', 'Action taken'],
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
