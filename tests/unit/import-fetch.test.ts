import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/import/inputs/fetch.js';

let base = '';
let raw = '';
const server = http.createServer((req, res) => {
  const redirects: Record<string, string> = {
    '/to-file': 'file:///etc/passwd',
    '/to-credentials': `${base}/page`.replace('//', '//reader:secret@'),
    '/hop': '/page',
  };
  if (req.url! in redirects) res.writeHead(302, { location: redirects[req.url!] }).end();
  else res.writeHead(200, { 'content-type': 'text/plain' }).end('渡口公告');
});
// Answers every request with whatever line the path asks for, as a hostile server would.
const replies: Record<string, string> = {
  '/garbage': 'HTTP/1.1 abc what\r\n\r\n',
  '/long-reason': `HTTP/1.1 503 ${'Slow Down '.repeat(20)}\r\ncontent-length: 0\r\n\r\n`,
};
const rawServer = net.createServer((socket) =>
  socket.once('data', (data) => {
    const path = /^GET (\S+)/.exec(data.toString())?.[1] ?? '';
    socket.end(replies[path] ?? 'HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n');
  }),
);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => rawServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  raw = `http://127.0.0.1:${(rawServer.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  rawServer.close();
});

const fetched = (url: string) => fetchPage(url, { timeoutMs: 5000, maxBytes: 1024 });

describe('fetchPage says in its own words', () => {
  it.each([
    ['/to-file', 'redirected to a file: URL: only http and https are fetched'],
    ['/to-credentials', 'redirected to a URL with a user name or password: not fetched'],
  ])('why it does not follow %s', async (route, message) => {
    await expect(fetched(`${base}${route}`)).rejects.toThrow(message);
  });

  it('that it does not ask for a URL with a password, before asking', async () => {
    await expect(fetched(base.replace('//', '//reader:secret@'))).rejects.toThrow(
      'a URL with a user name or password: not fetched',
    );
  });

  it('that a reply is not HTTP, and cuts a long reason phrase short', async () => {
    await expect(fetched(`${raw}/garbage`)).rejects.toThrow("cannot fetch: the server's reply is not valid HTTP");
    await expect(fetched(`${raw}/long-reason`)).rejects.toThrow(`HTTP 503 ${'Slow Down '.repeat(8)}…`);
  });

  it('and still follows a redirect to a page, naming where it landed', async () => {
    const page = await fetched(`${base}/hop`);
    expect([Buffer.from(page.bytes).toString(), page.url]).toEqual(['渡口公告', `${base}/page`]);
  });
});
