// Helpers for the server tests: a raw HTTP client (paths sent as written, a chosen source address), the
// server started on 127.0.0.1 port 0 over a folder, and the token used throughout.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { startServe, type ServeOptions, type Serving } from '../../src/server';
import { parseTokens } from '../../src/server/tokens';

export const TOKEN = 'uji-token-portalrb-0001';
export const TOKEN_2 = 'uji-token-portalrb-0002';
export const TOKENS_FILE = `# PortalRB (uji)\n${TOKEN}\n\n${TOKEN_2}\n`;

export interface Got {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface GetOptions {
  readonly token?: string | null;
  readonly method?: string;
  readonly from?: string;
  readonly headers?: Record<string, string>;
  readonly ca?: Buffer;
  readonly timeoutMs?: number;
}

/** One request; `path` goes on the wire exactly as given. Rejects on a connection failure or timeout. */
export function get(base: string, path: string, o: GetOptions = {}): Promise<Got> {
  const url = new URL(base);
  const token = o.token === undefined ? TOKEN : o.token;
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname.replace(/\/$/, '')}${path}`,
        method: o.method ?? 'GET',
        headers,
        localAddress: o.from,
        ca: o.ca,
        agent: false,
        timeout: o.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

export interface Started extends Serving {
  readonly said: string[];
  readonly access: string[];
}

/** Starts the server over `dir` on 127.0.0.1, port 0, with short watch times and generous limits. */
export async function serve(dir: string, over: Partial<ServeOptions> = {}): Promise<Started> {
  const said: string[] = [];
  const access: string[] = [];
  const s = await startServe({
    dir,
    tokens: parseTokens(TOKENS_FILE),
    proposal: { usulan: null, tahun: null },
    host: '127.0.0.1',
    port: 0,
    base: '',
    tls: null,
    trustProxy: false,
    limits: { perToken: { max: 100_000, windowMs: 60_000 }, perAddress: { max: 100_000, windowMs: 60_000 } },
    watch: { settleMs: 50, pollMs: 20 },
    access: (l) => access.push(l),
    say: (l) => said.push(l),
    ...over,
  });
  return { ...s, said, access };
}

/** The parsed JSON body. */
export function body<T = unknown>(g: Got): T {
  return JSON.parse(g.body) as T;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (bounded) until `check` holds, polling. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(25);
  }
}
