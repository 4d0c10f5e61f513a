// A simulated PortalRB: it fetches the lists, then every listed unit through a queue with the guide's retries
// (at once, then after a delay; delays shortened here), while the TPI's folder changes under it: files copied
// slowly over old ones, saved aside and renamed, corrupted, truncated and deleted. It must never receive a
// partial or mixed answer set: every 200 is, byte for byte, one whole version of that unit.
import { open, readFile, rename, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readUnitBytes } from '../../src/server/folder';
import { tempDir } from '../rekap/folder';
import { body, eventually, get, serve, sleep, type Got, type Started } from './http';
import { answers, answersText, bestWith, workbook } from './units';

const RETRY_DELAYS_MS = [0, 20, 40]; // the guide: at once, 60 s, 120 s

let dir: string;
let server: Started;
/** Every whole version of each unit's answers body. */
const versions = new Map<string, Map<string, string>>();
const files: Record<string, string> = {};

async function expectedBody(file: string, bytes: Buffer): Promise<string> {
  const r = await readUnitBytes(file, bytes);
  if (r.kind !== 'unit') throw new Error(`fixture ${file} does not read: ${r.reason}`);
  return JSON.stringify(r.answers);
}

async function version(id: string, v: 'A' | 'B'): Promise<Buffer> {
  const entries = bestWith(`versi ${v} ${id}`);
  const file = files[id]!;
  const bytes = file.endsWith('.xlsx')
    ? await workbook(answers(id, `Kantor ${id}`, entries))
    : Buffer.from(answersText(id, `Kantor ${id}`, entries));
  const byVersion = versions.get(id) ?? new Map<string, string>();
  byVersion.set(v, await expectedBody(file, bytes));
  versions.set(id, byVersion);
  return bytes;
}

const bytesOf: Record<string, Record<'A' | 'B', Buffer>> = {};

beforeAll(async () => {
  dir = tempDir('lke-serve-sim-');
  for (let i = 1; i <= 8; i++) files[`U-${i}`] = join(dir, i >= 7 ? `unit-${i}.xlsx` : `unit-${i}.json`);
  for (const id of Object.keys(files)) {
    bytesOf[id] = { A: await version(id, 'A'), B: await version(id, 'B') };
    await writeFile(files[id]!, bytesOf[id].A);
  }
  server = await serve(dir, { watch: { settleMs: 60, pollMs: 15 } });
}, 120_000);
afterAll(() => server.close());

/** Copies `bytes` over `file` in place, in `parts` writes `gapMs` apart (a slow copy over the network). */
async function slowCopy(file: string, bytes: Buffer, parts = 4, gapMs = 35): Promise<void> {
  const fh = await open(file, 'w');
  try {
    const step = Math.ceil(bytes.length / parts);
    for (let at = 0; at < bytes.length; at += step) {
      await fh.write(bytes, at, Math.min(step, bytes.length - at), at);
      await fh.sync();
      await sleep(gapMs);
    }
  } finally {
    await fh.close();
  }
}

interface Outcome {
  readonly id: string;
  readonly got: Got;
}

/** One GET with the guide's retries on a 5xx, a timeout or a failed connection. */
async function fetchWithRetries(path: string, failures: string[]): Promise<Got> {
  let last: unknown = null;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay > 0) await sleep(delay);
    try {
      const got = await get(server.url, path, { timeoutMs: 5000 });
      if (got.status < 500) return got;
      last = `status ${got.status}: ${got.body}`;
    } catch (e) {
      last = e;
    }
    failures.push(`${path}: ${String(last)}`);
  }
  throw new Error(`${path} failed after retries: ${String(last)}`);
}

/** PortalRB's pass: both lists, then every listed unit through a queue of `workers`. */
async function portalPass(failures: string[], workers = 3): Promise<{ lists: Got[]; outcomes: Outcome[] }> {
  const lists = [
    await fetchWithRetries('/pengusulan/unit-wbk', failures),
    await fetchWithRetries('/pengusulan/unit-wbbm', failures),
  ];
  const queue = lists.flatMap((l) => body<{ units: { id: string }[] }>(l).units.map((u) => u.id));
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift())
        outcomes.push({ id, got: await fetchWithRetries(`/lke/jawaban-unit/${id}`, failures) });
    }),
  );
  return { lists, outcomes };
}

describe('a simulated PortalRB while the folder changes', () => {
  it('never receives a partial or mixed answer set, and ends on the folder’s final state', async () => {
    let changing = true;
    const mutate = async () => {
      for (let round = 0; round < 3; round++) {
        const v = round % 2 === 0 ? 'B' : 'A';
        await slowCopy(files['U-1']!, bytesOf['U-1']![v]);
        await slowCopy(files['U-7']!, bytesOf['U-7']![v], 5, 30);
        // Saved aside then renamed over (as Excel and the rekap writer do).
        await writeFile(`${files['U-4']!}.tmp`, bytesOf['U-4']![v]);
        await rename(`${files['U-4']!}.tmp`, files['U-4']!);
        await sleep(80);
      }
      await writeFile(files['U-2']!, '{"unit_id": "U-2", "answers": [');
      const xlsx = await readFile(files['U-8']!);
      await truncate(files['U-8']!, Math.floor(xlsx.length / 2));
      await rm(files['U-3']!);
      await sleep(100);
      changing = false;
    };
    const failures: string[] = [];
    const seen: Outcome[] = [];
    const listBodies: Got[] = [];
    const client = async () => {
      while (changing) {
        const pass = await portalPass(failures);
        seen.push(...pass.outcomes);
        listBodies.push(...pass.lists);
      }
    };
    await Promise.all([mutate(), client()]);

    expect(seen.length).toBeGreaterThan(40);
    for (const { id, got } of seen) {
      if (got.status === 404) {
        expect(id).toBe('U-3'); // only the deleted unit may vanish
        continue;
      }
      expect([id, got.status]).toEqual([id, 200]);
      const whole = [...(versions.get(id)?.values() ?? [])];
      expect(whole).toContain(got.body);
      expect(body<{ answers: unknown[] }>(got).answers).toHaveLength(127);
    }
    for (const l of listBodies) {
      expect(l.status).toBe(200);
      const ids = body<{ units: { id: string }[] }>(l).units.map((u) => u.id);
      expect(ids.every((id) => versions.has(id))).toBe(true);
    }
    // Both versions of the slowly copied units were served while the client ran.
    for (const id of ['U-1', 'U-7'])
      expect(new Set(seen.filter((o) => o.id === id).map((o) => o.got.body)).size).toBe(2);
    expect(failures).toEqual([]);

    // The final state: the last copies served, the corrupted files keep their last good reading, U-3 is gone.
    const finalBody = async (id: string) => (await get(server.url, `/lke/jawaban-unit/${id}`)).body;
    await eventually(async () => (await get(server.url, '/lke/jawaban-unit/U-3')).status === 404);
    await eventually(
      async () => body<{ unreadable: number }>(await get(server.url, '/healthz')).unreadable === 2,
    );
    for (const [id, v] of [
      ['U-1', 'B'],
      ['U-7', 'B'],
      ['U-4', 'B'],
      ['U-2', 'A'],
      ['U-8', 'A'],
      ['U-5', 'A'],
    ] as const) {
      await eventually(async () => (await finalBody(id)) === versions.get(id)?.get(v));
    }
    const wbk = body<{ units: { id: string }[] }>(await get(server.url, '/pengusulan/unit-wbk'));
    expect(wbk.units.map((u) => u.id).sort()).toEqual(['U-1', 'U-2', 'U-4', 'U-5', 'U-6', 'U-7', 'U-8']);
    const said = server.said.join('\n');
    expect(said).toMatch(/tidak terbaca: .*unit-2\.json: .*bacaan terakhir yang utuh tetap dilayani/);
    expect(said).toMatch(/tidak terbaca: .*unit-8\.xlsx/);
    expect(said).toMatch(/berkas dihapus: .*unit-3\.json/);
  }, 120_000);

  it('serves a corrupted file again once a whole copy replaces it', async () => {
    await writeFile(files['U-2']!, bytesOf['U-2']!.B);
    await eventually(
      async () => (await get(server.url, '/lke/jawaban-unit/U-2')).body === versions.get('U-2')?.get('B'),
    );
    await eventually(
      async () => body<{ unreadable: number }>(await get(server.url, '/healthz')).unreadable === 1,
    );
  });
});
