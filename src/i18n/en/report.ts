import type { Messages } from '../messages.js';

/** `arca takedown report`'s own words (the report's text is the takedown area's). */
export const report = {
  'report.description':
    'a transparency report of the requests received: outcomes, articles and sites, days to decide, claimants',
  'report.option.since': 'requests received on or after YYYY-MM-DD',
  'report.option.until': 'requests received on or before YYYY-MM-DD',
  'report.option.format': 'the report as Markdown (default), JSON (also --json) or CSV figures',
  'report.option.includeContacts': "add the claimants' contacts (personal data: left out unless asked for)",
  'report.option.notices': 'add one Lumen-shaped record per request (json, md)',
  'report.noticesNotCsv': '--notices adds records, not figures: use --format json or md with it',
} satisfies Messages;
