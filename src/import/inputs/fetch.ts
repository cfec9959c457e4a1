/** Fetching a page to import: http(s) only, redirects followed, bounded in time and size. */

export class FetchError extends Error {}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
}

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | undefined;
  /** The URL after redirects. */
  url: string;
}

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal, headers: { 'user-agent': 'arca (article archive)' } });
  } catch (err) {
    throw new FetchError(describeFailure(err, options));
  }
  if (!/^https?:$/.test(new URL(response.url || url).protocol)) {
    throw new FetchError(`redirected to ${response.url}, which is not http or https`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`too large (${declared} bytes; the limit is ${options.maxBytes}, see --max-size)`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      // Leaving the loop cancels the stream; cancel() itself would throw, the loop holds its lock.
      if (size > options.maxBytes) throw new FetchError(`too large (more than ${options.maxBytes} bytes, see --max-size)`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw new FetchError(describeFailure(err, options));
  }
  return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? undefined, url: response.url || url };
}

function describeFailure(err: unknown, options: FetchOptions): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${options.timeoutMs / 1000} s (see --timeout)`;
  const cause = e.cause?.code ?? e.cause?.message;
  return `cannot fetch: ${cause ?? e.message}`;
}
