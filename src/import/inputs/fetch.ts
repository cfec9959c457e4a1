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

/** Redirects followed before giving up (as browsers and undici do). */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Why arca will not ask for this URL, in its own words; null when it may. */
function refusedUrl(url: URL, redirected: boolean): string | null {
  const what = redirected ? `redirected to a ${url.protocol} URL` : `a ${url.protocol} URL`;
  if (!/^https?:$/.test(url.protocol)) return `${what}: only http and https are fetched`;
  if (url.username || url.password)
    return `${redirected ? 'redirected to a' : 'a'} URL with a user name or password: not fetched`;
  return null;
}

/** Asks for the page, following redirects one by one so that each target is checked before it is asked for. */
async function requestPage(
  url: string,
  signal: AbortSignal,
  options: FetchOptions,
): Promise<{ response: Response; url: string }> {
  let target = new URL(url);
  for (let redirects = 0; ; redirects++) {
    const refused = refusedUrl(target, redirects > 0);
    if (refused) throw new FetchError(refused);
    let response: Response;
    try {
      response = await fetch(target, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'arca (article archive)' },
      });
    } catch (err) {
      throw new FetchError(describeFailure(err, options));
    }
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return { response, url: target.href };
    await response.body?.cancel();
    if (redirects === MAX_REDIRECTS) throw new FetchError('cannot fetch: redirect count exceeded');
    try {
      target = new URL(location, target);
    } catch {
      throw new FetchError('cannot fetch: the server redirected to an address that is not a URL');
    }
  }
}

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const { response, url: finalUrl } = await requestPage(url, signal, options);
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchError(
      `HTTP ${response.status}${response.statusText ? ` ${oneLineReason(response.statusText)}` : ''}`,
    );
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
      if (size > options.maxBytes)
        throw new FetchError(`too large (more than ${options.maxBytes} bytes, see --max-size)`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw new FetchError(describeFailure(err, options));
  }
  return {
    bytes: Buffer.concat(chunks),
    contentType: response.headers.get('content-type') ?? undefined,
    url: finalUrl,
  };
}

/** A server's reason phrase, at most a short line of it. */
const oneLineReason = (reason: string) => (reason.length > 80 ? `${reason.slice(0, 80)}…` : reason);

/** Why a URL failed when --timeout ran out, downloading or parsing. */
export const timedOut = (timeoutMs: number) => `timed out after ${timeoutMs / 1000} s (see --timeout)`;

function describeFailure(err: unknown, options: FetchOptions): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return timedOut(options.timeoutMs);
  // llhttp's parse errors (HPE_INVALID_STATUS, HPE_INVALID_CONSTANT …): the reply is not HTTP at all.
  if (e.cause?.code?.startsWith('HPE_')) return "cannot fetch: the server's reply is not valid HTTP";
  const cause = e.cause?.code ?? e.cause?.message;
  return `cannot fetch: ${cause ?? e.message}`;
}
