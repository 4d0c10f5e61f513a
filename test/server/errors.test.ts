// 401/404/405/409/422/429/500 as PortalRB expects them: JSON bodies, the right headers, no CORS, no stack, and
// unit ids that try to leave their place refused before any lookup.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app';
import { parseTokens } from '../../src/server/tokens';
import { tempDir } from '../rekap/folder';
import { body, get, serve, TOKEN, TOKEN_2, type Started } from './http';
import { answersText, bestWith } from './units';

let dir: string;
let server: Started;

beforeAll(async () => {
  dir = tempDir('lke-serve-err-');
  writeFileSync(join(dir, 'a.json'), answersText('U-A', 'Kantor A', bestWith()));
  server = await serve(dir);
});
afterAll(() => server.close());

const errorShape = (code: string) => ({ error: true, code, message: expect.any(String) as string });

describe('lke-zi serve: errors', () => {
  it.each([
    ['no header', null, 'TOKEN_MISSING', 'Bearer realm="lke-zi"'],
    [
      'a wrong token',
      'uji-token-yang-salah-0000',
      'TOKEN_INVALID',
      'Bearer realm="lke-zi", error="invalid_token"',
    ],
    [
      'a token that is a prefix of a valid one',
      TOKEN.slice(0, -1),
      'TOKEN_INVALID',
      expect.stringMatching(/invalid_token/),
    ],
  ])('401 with WWW-Authenticate for %s', async (_, token, code, challenge) => {
    for (const path of [
      '/pengusulan/unit-wbk',
      '/pengusulan/unit-wbbm',
      '/lke/jawaban-unit/U-A',
      '/tidak-ada',
    ]) {
      const got = await get(server.url, path, { token });
      expect(got.status).toBe(401);
      expect(got.headers['www-authenticate']).toEqual(challenge);
      expect(body(got)).toEqual(errorShape(code));
    }
  });

  it('401 for an Authorization header that is not Bearer', async () => {
    const got = await get(server.url, '/pengusulan/unit-wbk', {
      token: null,
      headers: { authorization: `Basic ${TOKEN}` },
    });
    expect(got.status).toBe(401);
    expect(body(got)).toEqual(errorShape('TOKEN_MISSING'));
  });

  it('accepts every token of the file, each logged by its place and never by its text', async () => {
    expect((await get(server.url, '/pengusulan/unit-wbk', { token: TOKEN_2 })).status).toBe(200);
    const lines = server.access.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.token === 2 && l.status === 200)).toBe(true);
    const log = server.access.join('\n');
    for (const secret of [TOKEN, TOKEN_2, TOKEN.slice(0, -1)]) expect(log).not.toContain(secret);
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'time',
      'address',
      'token',
      'method',
      'path',
      'status',
      'bytes',
      'ms',
    ]);
    expect(lines[0]?.address).toBe('127.0.0.1');
  });

  it('404 for an unknown route, in the same JSON shape', async () => {
    const got = await get(server.url, '/lke/tidak-ada');
    expect(got.status).toBe(404);
    expect(body(got)).toEqual(errorShape('ROUTE_NOT_FOUND'));
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    '405 with Allow for %s, and no CORS headers',
    async (method) => {
      for (const path of [
        '/pengusulan/unit-wbk',
        '/pengusulan/unit-wbbm',
        '/lke/jawaban-unit/U-A',
        '/healthz',
      ]) {
        const got = await get(server.url, path, {
          method,
          headers: { origin: 'https://portalrb.example', 'access-control-request-method': 'GET' },
        });
        expect(got.status).toBe(405);
        expect(got.headers.allow).toBe('GET, HEAD');
        expect(body(got)).toEqual(errorShape('METHOD_NOT_ALLOWED'));
        expect(Object.keys(got.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      }
    },
  );

  it('sends no CORS header on a cross-origin GET either', async () => {
    const got = await get(server.url, '/pengusulan/unit-wbk', {
      headers: { origin: 'https://evil.example' },
    });
    expect(got.status).toBe(200);
    expect(Object.keys(got.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it.each([
    ['../ in the raw path', '/lke/jawaban-unit/../pengusulan/unit-wbk'],
    ['../../etc/passwd', '/lke/jawaban-unit/../../etc/passwd'],
    ['an encoded slash', '/lke/jawaban-unit/..%2F..%2Fetc%2Fpasswd'],
    ['an encoded backslash', '/lke/jawaban-unit/..%5C..%5Cwin.ini'],
    ['encoded dots', '/lke/jawaban-unit/%2e%2e'],
    ['a leading dot', '/lke/jawaban-unit/.env'],
    ['a NUL', '/lke/jawaban-unit/U-A%00.json'],
    ['a space', '/lke/jawaban-unit/U%20A'],
    ['a non-ASCII letter', '/lke/jawaban-unit/U-%C3%A9'],
    ['broken percent-encoding', '/lke/jawaban-unit/%E0%A4%A'],
    ['an empty id', '/lke/jawaban-unit/'],
    ['a second segment', '/lke/jawaban-unit/U-A/extra'],
    ['a 65-character id', `/lke/jawaban-unit/${'a'.repeat(65)}`],
    ['a 10 kB id', `/lke/jawaban-unit/${'a'.repeat(10_000)}`],
  ])('422 for %s', async (_, path) => {
    const got = await get(server.url, path);
    expect(got.status).toBe(422);
    expect(body(got)).toEqual(errorShape('INVALID_UNIT_ID'));
    expect(got.body).not.toContain('"soal_id"');
  });

  it('accepts the longest id of the allowed form (64) and answers it 404 when unknown', async () => {
    const got = await get(server.url, `/lke/jawaban-unit/${'a'.repeat(64)}`);
    expect(got.status).toBe(404);
  });

  it('logs a 10 kB probe by its first 256 characters only', () => {
    const long = server.access
      .map((l) => JSON.parse(l) as { path: string })
      .find((l) => l.path.includes('aaaaaaaaaa'));
    expect(long?.path.length).toBeLessThanOrEqual(257);
  });

  it('500 carries no stack, no error text: the console gets the one-line reason', async () => {
    const said: string[] = [];
    const app = await buildApp({
      tokens: parseTokens(TOKEN),
      snapshot: () => {
        throw new Error('disk on fire at /srv/lke/secret.xlsx');
      },
      base: '',
      limits: { perToken: { max: 100, windowMs: 60_000 }, perAddress: { max: 100, windowMs: 60_000 } },
      tls: null,
      trustProxy: false,
      access: () => undefined,
      say: (l) => said.push(l),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const got = await get(`http://127.0.0.1:${port}`, '/pengusulan/unit-wbk');
      expect(got.status).toBe(500);
      expect(body(got)).toEqual(errorShape('INTERNAL_ERROR'));
      expect(got.body).not.toMatch(/secret|fire|at .*\.ts|stack/);
      expect(said.join('\n')).toMatch(/disk on fire/);
    } finally {
      await app.close();
    }
  });
});

describe('lke-zi serve: rate limits', () => {
  it('429 with Retry-After per address, whatever the token', async () => {
    const s = await serve(dir, {
      limits: { perToken: { max: 100, windowMs: 60_000 }, perAddress: { max: 3, windowMs: 60_000 } },
    });
    try {
      const got = [];
      for (const token of [TOKEN, TOKEN_2, null, TOKEN_2])
        got.push(await get(s.url, '/pengusulan/unit-wbk', { token }));
      expect(got.map((g) => g.status)).toEqual([200, 200, 401, 429]);
      const last = got[3]!;
      expect(Number(last.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(last.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(body(last)).toEqual(errorShape('RATE_LIMITED'));
      expect(body<{ message: string }>(last).message).toMatch(/coba lagi dalam \d+ detik/);
      // Another address still gets through.
      expect((await get(s.url, '/pengusulan/unit-wbk', { from: '127.0.0.2' })).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('429 with Retry-After per token, across addresses; another token is not held back', async () => {
    const s = await serve(dir, {
      limits: { perToken: { max: 3, windowMs: 60_000 }, perAddress: { max: 100, windowMs: 60_000 } },
    });
    try {
      const statuses = [];
      for (const from of ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'])
        statuses.push((await get(s.url, '/lke/jawaban-unit/U-A', { from })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const held = await get(s.url, '/lke/jawaban-unit/U-A', { from: '127.0.0.5' });
      expect(held.status).toBe(429);
      expect(Number(held.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await get(s.url, '/lke/jawaban-unit/U-A', { token: TOKEN_2 })).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('a window that ends lets the client in again', async () => {
    const s = await serve(dir, {
      limits: { perToken: { max: 1, windowMs: 300 }, perAddress: { max: 100, windowMs: 60_000 } },
    });
    try {
      expect((await get(s.url, '/healthz', { token: null })).status).toBe(200);
      expect((await get(s.url, '/pengusulan/unit-wbk')).status).toBe(200);
      expect((await get(s.url, '/pengusulan/unit-wbk')).status).toBe(429);
      await new Promise((r) => setTimeout(r, 350));
      expect((await get(s.url, '/pengusulan/unit-wbk')).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('lke-zi serve: behind a proxy', () => {
  const limits = { perToken: { max: 100, windowMs: 60_000 }, perAddress: { max: 1, windowMs: 60_000 } };
  const via = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

  it('takes the client address from X-Forwarded-For only when the proxy is trusted', async () => {
    const s = await serve(dir, { limits, trustProxy: ['127.0.0.1'] });
    try {
      expect((await get(s.url, '/pengusulan/unit-wbk', via('203.0.113.7'))).status).toBe(200);
      expect((await get(s.url, '/pengusulan/unit-wbk', via('203.0.113.8'))).status).toBe(200);
      expect((await get(s.url, '/pengusulan/unit-wbk', via('203.0.113.7'))).status).toBe(429);
      const addresses = s.access.map((l) => (JSON.parse(l) as { address: string }).address);
      expect(addresses).toEqual(['203.0.113.7', '203.0.113.8', '203.0.113.7']);
    } finally {
      await s.close();
    }
  });

  it('ignores X-Forwarded-For from an untrusted peer (a forged header gains nothing)', async () => {
    const s = await serve(dir, { limits });
    try {
      expect((await get(s.url, '/pengusulan/unit-wbk', via('203.0.113.7'))).status).toBe(200);
      expect((await get(s.url, '/pengusulan/unit-wbk', via('203.0.113.8'))).status).toBe(429);
      expect(s.access.map((l) => (JSON.parse(l) as { address: string }).address)).toEqual([
        '127.0.0.1',
        '127.0.0.1',
      ]);
    } finally {
      await s.close();
    }
  });
});

describe('tokens file', () => {
  it('takes clear tokens and sha256 digests, skips comments and blanks, and matches by place', () => {
    const digest = createHash('sha256').update(TOKEN_2).digest('hex');
    const set = parseTokens(
      `# satu\n\n  ${TOKEN}  \n# dua, tersimpan sebagai hash\nsha256:${digest.toUpperCase()}\n`,
    );
    expect(set.size).toBe(2);
    expect([
      set.match(TOKEN),
      set.match(TOKEN_2),
      set.match('bukan-token-yang-terdaftar'),
      set.match(''),
    ]).toEqual([1, 2, null, null]);
  });

  it.each([
    ['an empty file', '# hanya komentar\n\n', /tidak berisi token/],
    ['a short token', 'pendek\n', /baris 1: bukan token/],
    ['a token with a space', `${TOKEN}\nada spasi di dalam token\n`, /baris 2: bukan token/],
    ['a bad digest', 'sha256:abc\n', /baris 1/],
  ])('refuses %s, naming the line but never its text', (_, text, why) => {
    expect(() => parseTokens(text, 'tokens.txt')).toThrow(why);
    try {
      parseTokens(text, 'tokens.txt');
    } catch (e) {
      expect((e as Error).message).not.toContain('ada spasi');
      expect((e as Error).message).not.toContain('pendek\n');
    }
  });
});
