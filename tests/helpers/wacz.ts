/** Reading an evidence package back as a lawyer's tools would: the zip with yauzl, the WARC with warcio. */
import { createHash } from 'node:crypto';
import { WARCParser } from 'warcio';
import yauzl from 'yauzl';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file of a zip by its path, read whole. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
  return files;
}

export interface WarcRecordRead {
  type: string;
  uri: string | undefined;
  date: string | undefined;
  header: (name: string) => string | null;
  body: Buffer;
}

export async function readWarc(gz: Buffer): Promise<WarcRecordRead[]> {
  const records: WarcRecordRead[] = [];
  for await (const record of new WARCParser([gz])) {
    const body = Buffer.from(await record.readFully());
    records.push({
      type: record.warcType ?? '',
      uri: record.warcTargetURI,
      date: record.warcDate,
      header: (name) => record.warcHeaders.headers.get(name) ?? null,
      body,
    });
  }
  return records;
}

/** The files datapackage.json lists whose hash or size does not match the zip's bytes, and the digest's check. */
export function packageHashProblems(files: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const datapackage = files.get('datapackage.json')!;
  const listed = JSON.parse(datapackage.toString()) as {
    resources: Array<{ path: string; hash: string; bytes: number }>;
  };
  for (const resource of listed.resources) {
    const data = files.get(resource.path);
    if (!data) problems.push(`${resource.path} missing`);
    else if (resource.hash !== `sha256:${sha256(data)}` || resource.bytes !== data.length)
      problems.push(`${resource.path} differs`);
  }
  const digest = JSON.parse(files.get('datapackage-digest.json')!.toString()) as { path: string; hash: string };
  if (digest.hash !== `sha256:${sha256(datapackage)}`) problems.push('datapackage.json does not match its digest');
  return problems;
}
