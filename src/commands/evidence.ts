import fs from 'node:fs';
import type { Command } from 'commander';
import { collectEvidence, type EvidenceSubject } from '../evidence/collect.js';
import { packageFiles, writeZip } from '../evidence/wacz.js';
import { errnoReason, FailureError, UsageError } from '../errors.js';
import { writeAtomically } from '../files.js';
import { info } from '../output/io.js';
import { formatRequestId, parseRequestRef } from '../takedown/ids.js';
import { renderRecord } from '../output/render.js';
import type { Deps, EnvSource } from './shared/env.js';
import { addOutOptions, type OutFlags } from './shared/out-file.js';
import { archiveAction, verb } from './shared/verb.js';
import { resolveArticleRef } from './shared/refs.js';
import { t } from '../i18n/index.js';

/** No `-`: a package is a file, whole or not at all. */
export type EvidenceFlags = OutFlags;

export interface EvidenceSummary {
  out: string;
  articles: number[];
  /** Articles whose raw bytes were purged: in the package by their metadata and hashes only. */
  purged: number[];
  request: string | null;
  attachments: number;
  log_entries: number;
  /** The hash in datapackage-digest.json: the one value that proves every file of the package. */
  digest: string;
}

/** R<n> names a request; anything else (a bare number, a URL) an article. */
function subjectOf(deps: Deps, ref: string): EvidenceSubject {
  const named = parseRequestRef(ref);
  return named.kind === 'request' ? { request: named.id } : { article: resolveArticleRef(deps.scope.db, ref) };
}

/** Writes the WACZ evidence package of an article or a request to `flags.out`, atomically. */
export async function runEvidence(deps: Deps, ref: string, flags: EvidenceFlags): Promise<EvidenceSummary> {
  const { scope, io, mode } = deps;
  if (fs.existsSync(flags.out) && !flags.force) {
    throw new UsageError(t('export.outExists', { out: flags.out }));
  }
  const subject = subjectOf(deps, ref);
  const content = collectEvidence(scope, subject);
  const request = content.request ? formatRequestId(content.request.number) : null;
  const files = await packageFiles(content, {
    title: request
      ? `arca evidence: takedown request ${request}`
      : `arca evidence: article ${content.articles[0].article.id}`,
    created: scope.now,
    software: 'arca',
  });
  try {
    await writeAtomically(flags.out, (temp) => writeZip(temp, files, scope.now), { replace: Boolean(flags.force) });
  } catch (err) {
    throw new FailureError(t('export.cannotWrite', { file: flags.out, reason: errnoReason(err) }));
  }
  const digest = JSON.parse(files[files.length - 1].data.toString('utf8')) as { hash: string };
  const summary: EvidenceSummary = {
    out: flags.out,
    articles: content.articles.map((a) => a.article.id),
    purged: content.articles.filter((a) => a.raw === null).map((a) => a.article.id),
    request,
    attachments: content.request?.attachments.length ?? 0,
    log_entries: content.log.length,
    digest: digest.hash,
  };
  if (mode === 'json' || mode === 'ndjson') await renderRecord(io, mode, [], summary);
  info(
    io,
    t('evidence.wrote', {
      out: flags.out,
      articles: summary.articles.length,
      purged: summary.purged.length,
      attachments: summary.attachments,
      entries: summary.log_entries,
      digest: summary.digest,
    }),
  );
  return summary;
}

const EXAMPLES = `
  arca evidence 12 --out article-12.wacz
  arca evidence http://example.org/news/123.html --out page.wacz
  arca evidence R3 --out request-R3.wacz --json
`;

export function registerEvidence(program: Command, env: EnvSource): void {
  const command = verb(program, 'evidence', t('evidence.description'), EXAMPLES).argument('<ref>', t('evidence.ref'));
  addOutOptions(command, { out: t('evidence.option.out'), force: t('evidence.option.force') }).action(
    archiveAction(env, runEvidence),
  );
}
