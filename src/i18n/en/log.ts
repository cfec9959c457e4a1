import type { Messages } from '../messages.js';

/** `arca log`: the audit trail, and its trusted timestamps. */
export const log = {
  'log.description': 'the audit trail: every change of an article, a request or a setting, oldest first',
  'log.option.request': 'only entries about this takedown request',
  'log.option.article': 'only entries about this article (id or original URL)',
  'log.option.limit': 'only the newest n entries',
  'log.noneMatch': 'no audit log entries match',
  'log.column.seq': 'SEQ',
  'log.column.at': 'AT',
  'log.column.actor': 'ACTOR',
  'log.column.action': 'ACTION',
  'log.column.subject': 'SUBJECT',
  'log.column.details': 'DETAILS',
  'log.column.time': 'TIME',
  'log.column.tsa': 'TSA',
  'log.column.hash': 'HASH',
  'log.column.token': 'TOKEN',
  'log.stamp.description':
    "have the newest audit entry's hash signed by an RFC 3161 timestamp authority, and keep the token",
  'log.stamp.tsa': 'the timestamp authority (default: arca config get tsa)',
  'log.stamp.noTsa': 'no timestamp authority: pass --tsa URL, or keep one with arca config set tsa URL',
  'log.stamp.done': (p: { seq: number; hash: string; tsa: string; time: string }) =>
    `audit entry ${p.seq} (${p.hash}…) stamped by ${p.tsa} at ${p.time}; see arca log stamps`,
  'log.stamps.description': 'list the trusted timestamps of the audit log (token: base64 DER)',
  'log.stamps.none': 'no timestamps yet (arca log stamp --tsa URL makes one)',
} satisfies Messages;
