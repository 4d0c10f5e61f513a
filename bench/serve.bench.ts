// npm run bench -- serve: `lke-zi serve` over 150 workbooks. Start-up time (spawn to listening), then requests
// per second and p50/p99 latency of `jawaban-unit` with 50 concurrent keep-alive clients, side by side in the
// same run with a bare node:http server returning the same pre-built JSON (the ceiling). Loopback only; every
// loop is bounded by a request count and a time limit.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROFIL, SHEETS } from '../src/workbook';
import { LKE_2021, toPortalAnswers } from '../src/lke';
import { filled, openXlsx } from '../test/cli/workbookFixtures';
import { best, entriesOf } from '../test/lke/fixtures';
import { median, type BenchRow } from './types';

const ROOT = resolve(process.cwd());
const UNITS = 150;
const CLIENTS = 50;
const TOKEN = 'bench-token-serve-000000001';
const MEASURE_MS = 5000;
const MAX_REQUESTS = 200_000;

/** 150 workbooks of our template, complete (all proposed), each with its own unit id and name. */
async function generate(dir: string): Promise<void> {
  const one = await filled(
    toPortalAnswers(LKE_2021, entriesOf(best), { unitId: 'U-1', unitName: 'Unit 1', year: 2026 }),
  );
  const wb = await openXlsx(one);
  const profil = wb.getWorksheet(SHEETS.profil);
  if (!profil) throw new Error('no Profil');
  for (let i = 1; i <= UNITS; i++) {
    profil.getCell(PROFIL.unitId).value = `U-${i}`;
    profil.getCell(PROFIL.unitName).value = `Unit ${i}`;
    writeFileSync(
      join(dir, `unit-${String(i).padStart(3, '0')}.xlsx`),
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
  }
}

/** Spawns a server; resolves with its port and the wall time until it said it listens. */
function spawnServer(
  args: string[],
  listening: RegExp,
): Promise<{ child: ChildProcess; port: number; ms: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((done, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`server did not start: ${err}`)), 120_000);
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString('utf8');
      const m = listening.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        done({ child, port: Number(m[1]), ms: performance.now() - t0 });
      }
    });
    child.on('exit', (code) => fail(new Error(`server exited ${code}: ${err}`)));
  });
}

function getOnce(agent: Agent, port: number, path: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer ${TOKEN}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end();
  });
}

interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** 50 clients, each one request at a time over keep-alive, for `ms` (and at most MAX_REQUESTS in all). */
async function load(port: number, ms: number): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const t0 = performance.now();
  const end = t0 + ms;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; performance.now() < end && issued < MAX_REQUESTS; i += CLIENTS) {
        issued++;
        const s = performance.now();
        const r = await getOnce(agent, port, `/lke/jawaban-unit/U-${(i % UNITS) + 1}`).catch(() => null);
        if (r?.status === 200) latencies.push(performance.now() - s);
        else errors++;
      }
    }),
  );
  const wall = performance.now() - t0;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { rps: (latencies.length / wall) * 1000, p50: median(sorted), p99: pct(99), errors };
}

const BARE = `
const { createServer } = require('node:http');
const body = require('node:fs').readFileSync(process.argv[2]);
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => process.stderr.write('listening ' + server.address().port + '\\n'));
`;

export async function bench(): Promise<BenchRow[]> {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  const base = mkdtempSync(join(tmpdir(), 'lke-serve-bench-'));
  const dir = join(base, 'lke');
  execFileSync('mkdir', ['-p', dir]);
  const g0 = performance.now();
  await generate(dir);
  const genMs = performance.now() - g0;
  writeFileSync(join(base, 'tokens.txt'), `${TOKEN}\n`);
  const ours = await spawnServer(
    [
      join(ROOT, 'bin/lke-zi.js'),
      'serve',
      dir,
      '--tokens',
      join(base, 'tokens.txt'),
      '--port',
      '0',
      '--rate-limit',
      '1000000',
      '--log',
      join(base, 'akses.jsonl'),
    ],
    /melayani http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const sample = await getOnce(new Agent(), ours.port, '/lke/jawaban-unit/U-1');
  if (sample.status !== 200) throw new Error(`serve answered ${sample.status}`);
  writeFileSync(join(base, 'body.json'), sample.body);
  writeFileSync(join(base, 'bare.cjs'), BARE);
  const bare = await spawnServer([join(base, 'bare.cjs'), join(base, 'body.json')], /listening (\d+)/);
  try {
    // Warm both, then measure them in turn (ours, bare, ours, bare) and keep each one's better round.
    await load(ours.port, 1000);
    await load(bare.port, 1000);
    const rounds = { ours: [] as Load[], bare: [] as Load[] };
    for (let r = 0; r < 2; r++) {
      rounds.ours.push(await load(ours.port, MEASURE_MS));
      rounds.bare.push(await load(bare.port, MEASURE_MS));
    }
    const bestOf = (ls: Load[]) => ls.reduce((a, b) => (b.rps > a.rps ? b : a));
    const o = bestOf(rounds.ours);
    const b = bestOf(rounds.bare);
    const G = 'serve';
    return [
      { group: G, metric: `generate ${UNITS} workbooks (bench setup)`, value: genMs / 1000, unit: 's' },
      {
        group: G,
        metric: `start-up on ${UNITS} workbooks (spawn to listening)`,
        value: ours.ms / 1000,
        unit: 's',
      },
      {
        group: G,
        metric: `jawaban-unit, ${CLIENTS} clients: lke-zi serve`,
        value: o.rps,
        unit: 'req/s',
        note: `${o.errors} errors`,
      },
      {
        group: G,
        metric: `jawaban-unit, ${CLIENTS} clients: bare node:http (ceiling)`,
        value: b.rps,
        unit: 'req/s',
        note: `${b.errors} errors`,
      },
      {
        group: G,
        metric: 'lke-zi serve ÷ bare node:http',
        value: o.rps / b.rps,
        unit: '×',
        note: 'target ≥ 0.5',
      },
      { group: G, metric: 'lke-zi serve p50 latency', value: o.p50, unit: 'ms' },
      { group: G, metric: 'lke-zi serve p99 latency', value: o.p99, unit: 'ms', note: 'target ≤ 50' },
      { group: G, metric: 'bare node:http p50 latency', value: b.p50, unit: 'ms' },
      { group: G, metric: 'bare node:http p99 latency', value: b.p99, unit: 'ms' },
      { group: G, metric: 'body size of one jawaban-unit', value: sample.body.length / 1024, unit: 'KiB' },
    ];
  } finally {
    ours.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}
