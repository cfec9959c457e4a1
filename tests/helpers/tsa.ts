/**
 * A throwaway RFC 3161 authority for tests: a CA and a TSA certificate made by openssl in a temp folder,
 * and an HTTP server on 127.0.0.1 that answers each query with `openssl ts -reply`.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface TestAuthority {
  /** The URL answering with granted tokens. */
  url: string;
  /** A URL whose authority only accepts sha384 imprints, so it refuses arca's (status rejection). */
  refusingUrl: string;
  /** A URL answering HTTP 503. */
  brokenUrl: string;
  dir: string;
  /** Runs `openssl ts -verify` of a token over a digest (hex); resolves to openssl's output. */
  verify: (token: Buffer, digestHex: string) => Promise<string>;
  close: () => Promise<void>;
}

function tsaConfig(dir: string, digests: string): string {
  return `[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = ${dir}/serial
signer_cert = ${dir}/tsa.pem
certs = ${dir}/ca.pem
signer_key = ${dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = ${digests}
accuracy = secs:1
ess_cert_id_alg = sha256
`;
}

export async function startAuthority(): Promise<TestAuthority> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-tsa-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (args: string[]) => run('openssl', args, { cwd: dir });
  await openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-subj',
    '/CN=Test Root',
    '-days',
    '2',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  ]);
  await openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'tsa.key',
    '-out',
    'tsa.csr',
    '-subj',
    '/CN=Test TSA',
  ]);
  fs.writeFileSync(file('ext.cnf'), 'extendedKeyUsage=critical,timeStamping\nbasicConstraints=CA:FALSE\n');
  await openssl([
    'x509',
    '-req',
    '-in',
    'tsa.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'tsa.pem',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
  ]);
  fs.writeFileSync(file('serial'), '01\n');
  fs.writeFileSync(file('tsa.cnf'), tsaConfig(dir, 'sha256'));
  fs.writeFileSync(file('refusing.cnf'), tsaConfig(dir, 'sha384'));

  let queries = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/broken') {
        res.writeHead(503, 'Service Unavailable').end();
        return;
      }
      const n = queries++;
      fs.writeFileSync(file(`q${n}.tsq`), Buffer.concat(chunks));
      const config = req.url === '/refusing' ? 'refusing.cnf' : 'tsa.cnf';
      openssl(['ts', '-reply', '-config', config, '-queryfile', `q${n}.tsq`, '-out', `r${n}.tsr`]).then(
        () => {
          res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(fs.readFileSync(file(`r${n}.tsr`)));
        },
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/tsa`,
    refusingUrl: `${base}/refusing`,
    brokenUrl: `${base}/broken`,
    dir,
    verify: async (token, digestHex) => {
      fs.writeFileSync(file('token.der'), token);
      const { stdout, stderr } = await openssl([
        'ts',
        '-verify',
        '-digest',
        digestHex,
        '-in',
        'token.der',
        '-token_in',
        '-CAfile',
        'ca.pem',
      ]);
      // certReq: the token carries the TSA's certificate, so the CA alone verifies it.
      return `${stdout}${stderr}`;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
