import type { Command } from 'commander';
import { warn } from '../../output/io.js';
import { t } from '../../i18n/index.js';
import { renderRecord } from '../../output/render.js';
import { requestDetail, type RequestDetail } from '../../takedown/requests.js';
import { oneLine } from '../../text.js';
import { withExamples } from '../shared/options.js';
import { requestIdArg, requestFields } from './common.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

/**
 * One request with everything about it. --json adds to the request shape the named articles
 * (`named_articles`) and the attachments; a notice lacking elements the regulation expects is
 * warned about on stderr.
 */
export async function runShow(deps: Deps, idText: string): Promise<RequestDetail> {
  const detail = requestDetail(deps.scope, requestIdArg(deps, idText));
  const { request, history, articles, attachments, missing } = detail;
  await renderRecord(
    deps.io,
    deps.mode,
    [
      ...requestFields(request, deps),
      ...history.map((step): [string, string] => [
        'history',
        `${step.at} ${step.status} by ${step.actor}${step.note === null ? '' : `: ${oneLine(step.note)}`}`,
      ]),
      ...articles.map((a): [string, string] => [
        'article',
        `${a.id} ${a.title}${a.original_url ? ` <${a.original_url}>` : ''} (${a.status})`,
      ]),
      ...attachments.map((a): [string, string] => {
        const role = a.role === 'counter_notice' ? ` (${t('counter.attachmentRole')})` : '';
        return ['attachment', `${a.name} ${a.size} bytes sha256:${a.sha256}${role}`];
      }),
    ],
    { ...request, history, named_articles: articles, attachments },
  );
  if (missing.length)
    warn(deps.io, t('takedown.show.lacks', { id: request.id, missing: missing.join(t('takedown.clauseJoin')) }));
  return detail;
}

export function registerShow(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('show')
      .description(t('takedown.show.description'))
      .argument('<request>', t('takedown.requestArgument')),
    ['arca takedown show R3', 'arca takedown show R3 --json | jq .named_articles'],
  ).action(async (request: string) => {
    await withArchive(env(), (deps) => runShow(deps, request));
  });
}
