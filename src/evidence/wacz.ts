/**
 * An evidence package as a WACZ 1.1.1 file (a zip web archive players and archivists read):
 * `archive/data.warc.gz`, its CDXJ index `indexes/index.cdx` (what replay tools look pages up in),
 * `pages/pages.jsonl`, `datapackage.json` listing every other file with its
 * sha256 and size, and `datapackage-digest.json` holding the hash of that list, so one hash proves all.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { CDXIndexer } from 'warcio';
import yazl from 'yazl';
import type { EvidenceContent } from './collect.js';
import { evidenceWarc, targetUri } from './warc.js';

export interface PackageInfo {
  /** What the package is of, e.g. "article 12" or "takedown request R3". */
  title: string;
  created: Date;
  software: string;
}

interface PackageFile {
  path: string;
  data: Buffer;
  /** Deflate it in the zip; the WARC is gzipped already and stays stored, as WACZ asks. */
  compress: boolean;
}

const sha256 = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const jsonFile = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/** One line per page whose bytes the WARC holds (purged pages have none to replay). */
function pagesJsonl(content: EvidenceContent): Buffer {
  const lines: unknown[] = [{ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }];
  for (const evidence of content.articles) {
    if (!evidence.raw) continue;
    lines.push({
      id: `article-${evidence.article.id}`,
      url: targetUri(evidence),
      ts: new Date(evidence.provenance.imported_at).toISOString(),
      title: evidence.article.title,
    });
  }
  return Buffer.from(lines.map((line) => `${JSON.stringify(line)}\n`).join(''), 'utf8');
}

/** The CDXJ index of the WARC, sorted as CDXJ readers expect: one line per record with a target URI. */
async function cdxjIndex(warc: Buffer): Promise<Buffer> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  async function* reader() {
    yield warc;
  }
  for await (const entry of indexer.iterIndex([{ filename: 'data.warc.gz', reader: reader() }]))
    lines.push(indexer.serialize(entry));
  return Buffer.from(lines.sort().join(''), 'utf8');
}

/** The package's files in the order they are zipped. */
export async function packageFiles(content: EvidenceContent, info: PackageInfo): Promise<PackageFile[]> {
  const warc = await evidenceWarc(content, info.created, info.software);
  const files: PackageFile[] = [
    { path: 'archive/data.warc.gz', data: warc, compress: false },
    { path: 'indexes/index.cdx', data: await cdxjIndex(warc), compress: true },
    { path: 'pages/pages.jsonl', data: pagesJsonl(content), compress: true },
  ];
  const datapackage = jsonFile({
    profile: 'data-package',
    wacz_version: '1.1.1',
    title: info.title,
    created: info.created.toISOString(),
    software: info.software,
    resources: files.map((f) => ({
      name: f.path.split('/').pop(),
      path: f.path,
      hash: sha256(f.data),
      bytes: f.data.length,
    })),
  });
  files.push({ path: 'datapackage.json', data: datapackage, compress: true });
  files.push({
    path: 'datapackage-digest.json',
    compress: true,
    data: jsonFile({ path: 'datapackage.json', hash: sha256(datapackage) }),
  });
  return files;
}

/** Writes the zip of `files` to `file` (a fresh temporary file: the caller moves it into place). */
export async function writeZip(file: string, files: PackageFile[], mtime: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addBuffer(f.data, f.path, { compress: f.compress, mtime });
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file));
}
