import type { Command } from 'commander';
import { warn } from '../../output/io.js';
import { english, t } from '../../i18n/index.js';
import { renderRecord } from '../../output/render.js';
import { requestDetail, type RequestDetail } from '../../takedown/requests.js';
import { oneLine } from '../../text.js';
import { requestFields, requestIdArg, requestVerb } from './common.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';

/**
 * One request with everything about it. --json adds to the request shape the named articles
 * (`named_articles`) and the attachments; a notice lacking elements the regulation expects is
 * warned about on stderr.
 */
export async function runShow(deps: Deps, idText: string): Promise<RequestDetail> {
  const detail = requestDetail(deps.scope, requestIdArg(deps, idText));
  const { request, history, articles, attachments, missing } = detail;
  // Piped output is data: its words stay the same in every language.
  const say = deps.mode === 'table' ? t : english;
  await renderRecord(
    deps.io,
    deps.mode,
    [
      ...requestFields(request, deps),
      ...history.map((step): [string, string] => [
        'history',
        say('takedown.show.step', {
          at: step.at,
          status: step.status,
          actor: step.actor,
          note: step.note === null ? '' : oneLine(step.note),
        }),
      ]),
      ...articles.map((a): [string, string] => [
        'article',
        `${a.id} ${a.title}${a.original_url ? ` <${a.original_url}>` : ''} (${a.status})`,
      ]),
      ...attachments.map((a): [string, string] => {
        const role = a.role === 'counter_notice' ? ` (${say('counter.attachmentRole')})` : '';
        return ['attachment', `${say('takedown.attachmentLine', a)}${role}`];
      }),
    ],
    { ...request, history, named_articles: articles, attachments },
  );
  if (missing.length)
    warn(deps.io, t('takedown.show.lacks', { id: request.id, missing: missing.join(t('takedown.clauseJoin')) }));
  return detail;
}

const EXAMPLES = `
  arca takedown show R3
  arca takedown show R3 --json | jq .named_articles
`;

export function registerShow(takedown: Command, env: EnvSource): void {
  requestVerb(takedown, 'show', t('takedown.show.description'), EXAMPLES).action(archiveAction(env, runShow));
}
