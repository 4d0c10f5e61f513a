// Every endpoint over real HTTP equals what `lke-zi rekap --portalrb` writes for the same folder.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { fsIo, tempDir } from '../rekap/folder';
import { body, eventually, get, serve, type Started } from './http';
import { answers, answersText, bestWith, entriesOf, workbook, worst } from './units';

let dir: string;
let portal: string;
let server: Started;

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

beforeAll(async () => {
  dir = tempDir('lke-serve-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.json'), answersText('U-A', 'Kantor A', bestWith()));
  writeFileSync(join(dir, 'c-terburuk.json'), answersText('U-C', 'Kantor C', entriesOf(worst)));
  const incomplete = bestWith();
  incomplete.set(50, { ...incomplete.get(50)!, tpi: null });
  writeFileSync(join(dir, 'd-belum.json'), answersText('U-D', 'Kantor D', incomplete));
  writeFileSync(join(dir, 'e1.json'), answersText('U-E', 'Kantor E', bestWith()));
  writeFileSync(join(dir, 'sub', 'e2.json'), answersText('U-E', 'Kantor E (salinan)', bestWith('x')));
  writeFileSync(join(dir, 'rusak.json'), '{"answers": [');
  writeFileSync(
    join(dir, 'sub', 'b-wbbm.xlsx'),
    await workbook(answers('U-B', 'Kantor B', bestWith('b')), true),
  );
  writeFileSync(join(dir, 'f-buku.xlsx'), await workbook(answers('U-F', 'Kantor F', bestWith())));
  portal = tempDir('lke-serve-portal-');
  const io = fsIo();
  expect(await run(['rekap', dir, '--out', join(tempDir(), 'R.xlsx'), '--portalrb', portal], io)).toBe(0);
  server = await serve(dir);
}, 120_000);

afterAll(() => server.close());

describe('lke-zi serve: the endpoints', () => {
  it.each(['wbk', 'wbbm'])('GET /pengusulan/unit-%s equals rekap --portalrb', async (kind) => {
    const got = await get(server.url, `/pengusulan/unit-${kind}`);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(body(got)).toEqual(readJson(join(portal, `unit-${kind}.json`)));
  });

  it('lists what the folder holds: WBK for the complete best units, WBBM for the one holding Menuju WBK', async () => {
    const wbk = body<{ tahun: number; units: { id: string; kategori: string }[] }>(
      await get(server.url, '/pengusulan/unit-wbk'),
    );
    expect(wbk.tahun).toBe(2026);
    expect(wbk.units.map((u) => u.id).sort()).toEqual(['U-A', 'U-B', 'U-E', 'U-F']);
    const wbbm = body<{ units: { id: string; kategori: string }[] }>(
      await get(server.url, '/pengusulan/unit-wbbm'),
    );
    expect(wbbm.units).toEqual([{ id: 'U-B', nama: 'Kantor B', kategori: 'WBBM', afirmasi: false }]);
  });

  it('GET /lke/jawaban-unit/{id} equals the answers file rekap writes, for every proposed unit', async () => {
    const ids = ['U-A', 'U-B', 'U-F'];
    for (const id of ids) {
      const got = await get(server.url, `/lke/jawaban-unit/${id}`);
      expect(got.status).toBe(200);
      const served = body<{ answers: unknown[] }>(got);
      expect(served).toEqual(readJson(join(portal, 'jawaban-unit', `${id}.json`)));
      expect(served.answers).toHaveLength(127);
    }
  });

  it('answers a unit that is not proposed exactly like an unknown one (404)', async () => {
    const files = readdirSync(join(portal, 'jawaban-unit'));
    expect(files).toEqual(expect.arrayContaining(['U-C.json', 'U-D.json']));
    const unknown = await get(server.url, '/lke/jawaban-unit/U-TIDAK-ADA');
    expect(unknown.status).toBe(404);
    expect(body(unknown)).toEqual({
      error: true,
      code: 'DATA_NOT_FOUND',
      message: 'Data unit ini tidak ditemukan atau tidak diusulkan.',
    });
    for (const id of ['U-C', 'U-D']) {
      const got = await get(server.url, `/lke/jawaban-unit/${id}`);
      expect([got.status, got.body]).toEqual([404, unknown.body]);
    }
  });

  it('answers a unit id found in two files with a 409 until one is left, never a silent pick', async () => {
    const got = await get(server.url, '/lke/jawaban-unit/U-E');
    expect(got.status).toBe(409);
    expect(body(got)).toMatchObject({ error: true, code: 'DUPLICATE_UNIT' });
    expect(body<{ message: string }>(got).message).toMatch(/ada di 2 berkas/);
    expect(server.said.join('\n')).toMatch(/unit ganda U-E di .*e1\.json, .*e2\.json/);
  });

  it('GET /healthz needs no token and counts units, unreadable files and duplicates', async () => {
    const got = await get(server.url, '/healthz', { token: null });
    expect(got.status).toBe(200);
    expect(body(got)).toEqual({ ok: true, units: 7, proposed: 4, unreadable: 1, duplicates: 1 });
  });

  it('serves HEAD like GET, without a body', async () => {
    const got = await get(server.url, '/pengusulan/unit-wbk', { method: 'HEAD' });
    expect(got.status).toBe(200);
    expect(got.body).toBe('');
    expect(Number(got.headers['content-length'])).toBe(
      (await get(server.url, '/pengusulan/unit-wbk')).body.length,
    );
  });

  it('serves the unit again once one of its two files is removed (last: it changes the folder)', async () => {
    rmSync(join(dir, 'sub', 'e2.json'));
    await eventually(async () => (await get(server.url, '/lke/jawaban-unit/U-E')).status === 200);
    const got = await get(server.url, '/lke/jawaban-unit/U-E');
    expect(body(got)).toEqual(readJson(join(portal, 'jawaban-unit', 'U-E.json')));
    expect(body(await get(server.url, '/healthz', { token: null }))).toMatchObject({
      duplicates: 0,
      units: 6,
    });
  });
});
