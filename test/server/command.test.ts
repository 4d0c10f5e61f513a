// `lke-zi serve` as the command line runs it: refusals with one Indonesian line, HTTP with the HTTPS warning,
// HTTPS with --cert/--key, --usulan, --base and --log.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { serveCommand } from '../../src/cli/commands/serve';
import { fsIo, tempDir } from '../rekap/folder';
import { body, eventually, get, TOKENS_FILE } from './http';
import { answersText, bestWith, entriesOf, worst } from './units';

let dir: string;
let tokens: string;

beforeAll(() => {
  dir = tempDir('lke-serve-cmd-');
  writeFileSync(join(dir, 'a.json'), answersText('U-A', 'Kantor A', bestWith()));
  writeFileSync(join(dir, 'c.json'), answersText('U-C', 'Kantor C', entriesOf(worst)));
  tokens = join(tempDir(), 'tokens.txt');
  writeFileSync(tokens, TOKENS_FILE);
});

/** Runs the command until the returned `stop` is called; resolves with the URL it serves. */
async function started(...extra: string[]) {
  const io = fsIo();
  let stop: () => void = () => undefined;
  const until = new Promise<void>((r) => (stop = r));
  const exit = serveCommand([dir, '--tokens', tokens, '--port', '0', ...extra], io, until);
  let url = '';
  await eventually(async () => {
    const m = /melayani (\S+) /.exec(io.stderr());
    url = m?.[1] ?? '';
    if (url === '')
      await Promise.race([exit.then(() => Promise.reject(new Error(io.stderr()))), Promise.resolve()]);
    return url !== '';
  });
  return {
    url,
    io,
    stop: async () => {
      stop();
      return exit;
    },
  };
}

describe('lke-zi serve (command)', () => {
  it.each([
    ['without --tokens', [], /tanpa --tokens server tidak dijalankan/],
    ['without DIR', ['--tokens', 'x'], /pemakaian: lke-zi serve DIR/],
    ['with a folder that is not there', ['/tidak/ada', '--tokens', 'x'], /bukan folder yang dapat dibaca/],
    ['with --cert but no --key', ['DIR', '--tokens', 'TOKENS', '--cert', 'c.pem'], /--cert dan --key/],
    ['with a bad port', ['DIR', '--tokens', 'TOKENS', '--port', '80a'], /--port harus bilangan bulat/],
    [
      'with a bad year',
      ['DIR', '--tokens', 'TOKENS', '--tahun', '26'],
      /--tahun harus bilangan bulat 2000–2100/,
    ],
    ['with a bad base path', ['DIR', '--tokens', 'TOKENS', '--base', 'api zi'], /--base harus jalur/],
  ])('refuses to start %s (exit 2, one line)', async (_, argv, why) => {
    const io = fsIo();
    const words = argv.map((w) => (w === 'DIR' ? dir : w === 'TOKENS' ? tokens : w));
    expect(await run(['serve', ...(argv.length === 0 ? [dir] : words)], io)).toBe(2);
    expect(io.stderr()).toMatch(why);
    expect(io.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('refuses a tokens file with a bad line, naming the line and not its text', async () => {
    const bad = join(tempDir(), 'tokens.txt');
    writeFileSync(bad, '# komentar\nrahasia pendek\n');
    const io = fsIo();
    expect(await run(['serve', dir, '--tokens', bad], io)).toBe(2);
    expect(io.stderr()).toMatch(/baris 2: bukan token/);
    expect(io.stderr()).not.toContain('rahasia');
  });

  it('refuses --usulan naming units the folder does not hold, and says which', async () => {
    const usulan = join(tempDir(), 'usulan.json');
    writeFileSync(
      usulan,
      JSON.stringify({
        tahun: 2026,
        units: [
          { id: 'U-A', kategori: 'WBK' },
          { id: 'U-Z', kategori: 'WBBM' },
        ],
      }),
    );
    const io = fsIo();
    expect(await run(['serve', dir, '--tokens', tokens, '--port', '0', '--usulan', usulan], io)).toBe(2);
    expect(io.stderr()).toMatch(/unit dalam --usulan tidak ada di folder: U-Z/);
  });

  it('serves HTTP on 127.0.0.1 with the warning that PortalRB requires HTTPS, logs to --log, stops on request', async () => {
    const log = join(tempDir(), 'akses.jsonl');
    const s = await started('--log', log);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.io.stderr()).toMatch(/PortalRB mensyaratkan HTTPS/);
    expect(body(await get(s.url, '/healthz', { token: null }))).toMatchObject({
      ok: true,
      units: 2,
      proposed: 1,
    });
    expect((await get(s.url, '/lke/jawaban-unit/U-A')).status).toBe(200);
    expect(await s.stop()).toBe(0);
    expect(s.io.stderr()).toMatch(/berhenti/);
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.path, l.status, l.token])).toEqual([
      ['/healthz', 200, null],
      ['/lke/jawaban-unit/U-A', 200, 1],
    ]);
    expect(s.io.stdout()).toBe('');
  });

  it('serves HTTPS with --cert/--key, and then gives no HTTP warning', async () => {
    const tls = tempDir('lke-serve-tls-');
    const [cert, key] = [join(tls, 'cert.pem'), join(tls, 'key.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const s = await started('--cert', cert, '--key', key);
    try {
      expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(s.io.stderr()).not.toMatch(/PERINGATAN/);
      const got = await get(s.url, '/pengusulan/unit-wbk', { ca: readFileSync(cert) });
      expect(got.status).toBe(200);
      expect(body<{ units: { id: string }[] }>(got).units.map((u) => u.id)).toEqual(['U-A']);
      // Access log lines go to stdout when there is no --log.
      expect(s.io.stdout()).toMatch(/"path":"\/pengusulan\/unit-wbk","status":200/);
    } finally {
      await s.stop();
    }
  });

  it('with --usulan lists exactly the file’s units and categories; others are answered 404', async () => {
    const usulan = join(tempDir(), 'usulan.json');
    writeFileSync(usulan, JSON.stringify({ tahun: 2027, units: [{ id: 'U-C', kategori: 'WBK-AFIRMASI' }] }));
    const s = await started('--usulan', usulan);
    try {
      expect(body(await get(s.url, '/pengusulan/unit-wbk'))).toEqual({
        tahun: 2027,
        units: [{ id: 'U-C', nama: 'Kantor C', kategori: 'WBK-AFIRMASI', afirmasi: true }],
      });
      expect(body(await get(s.url, '/pengusulan/unit-wbbm'))).toEqual({ tahun: 2027, units: [] });
      expect((await get(s.url, '/lke/jawaban-unit/U-C')).status).toBe(200);
      expect((await get(s.url, '/lke/jawaban-unit/U-A')).status).toBe(404);
    } finally {
      await s.stop();
    }
  });

  it('hangs the endpoints under --base, with --tahun for the lists', async () => {
    const s = await started('--base', '/api/zi/', '--tahun', '2026');
    try {
      expect(s.url).toMatch(/\/api\/zi$/);
      const root = s.url.replace(/\/api\/zi$/, '');
      expect((await get(root, '/api/zi/pengusulan/unit-wbk')).status).toBe(200);
      expect((await get(root, '/api/zi/lke/jawaban-unit/U-A')).status).toBe(200);
      expect((await get(root, '/pengusulan/unit-wbk')).status).toBe(404);
      expect((await get(root, '/api/zi/healthz', { token: null })).status).toBe(200);
    } finally {
      await s.stop();
    }
  });
});

describe('lke-zi serve (command), the port', () => {
  it('says in one line when the port is taken', async () => {
    const first = await started();
    try {
      const port = new URL(first.url).port;
      const io = fsIo();
      expect(await run(['serve', dir, '--tokens', tokens, '--port', port], io)).toBe(2);
      expect(io.stderr()).toMatch(
        new RegExp(`tidak dapat mendengarkan di 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)`),
      );
    } finally {
      await first.stop();
    }
  });
});
