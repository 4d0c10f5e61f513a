// The recap's reader processes (src/cli/readPool.ts) read exactly what reading in one thread reads: the same rows,
// problems and answers files, in input order, whatever the number of readers; a reader that stops loses no file.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { readInOrder, useReadWorkers } from '../../src/cli/readPool';
import { walkInputs } from '../../src/cli/recapInputs';
import type { RecapRead } from '../../src/cli/recapRead';
import { readUnitFile, readUnitFiles, type FileReading } from '../../src/server/folder';
import { bestWith, entriesOf, best, worst } from '../lke/fixtures';
import { fsIo, tempDir, writeAnswers } from './folder';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/lke-zi.js');
const WORKER = join(ROOT, 'dist/read-worker.js');

let dir: string;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  dir = tempDir();
  // Answers files, template workbooks and files that cannot be used, mixed, so results arrive out of order.
  for (let i = 0; i < 6; i++)
    writeAnswers(
      dir,
      `j${i}.json`,
      i % 2 ? entriesOf(worst) : bestWith({ 2: 'A.', 125: 3 + i / 10 }),
      `U-J${i}`,
      `J ${i}`,
    );
  const tpl = join(tempDir(), 'LKE.xlsx');
  const io = fsIo();
  expect(await run(['template', '--out', tpl], io)).toBe(0);
  for (let i = 0; i < 4; i++) {
    const answers = writeAnswers(
      tempDir(),
      `w${i}.json`,
      i % 2 ? entriesOf(best) : entriesOf(worst),
      `U-W${i}`,
      `W ${i}`,
    );
    expect(await run(['import', answers, '--into', tpl, '--out', join(dir, `w${i}.xlsx`)], io)).toBe(0);
  }
  writeFileSync(join(dir, 'rusak.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
  writeFileSync(join(dir, 'rusak.json'), '{"answers": [');
}, 120_000);

/** Every sheet's cell values, row by row (the recap workbook's content, without its zip bytes). */
async function content(path: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out[ws.name] = rows;
  });
  return out;
}

function recap(workers: string): { stdout: string; out: string; portal: string } {
  const out = join(tempDir(), 'REKAP.xlsx');
  const portal = tempDir();
  const r = spawnSync(process.execPath, [BIN, 'rekap', dir, '--out', out, '--json', '--portalrb', portal], {
    encoding: 'utf8',
    env: { ...process.env, LKE_ZI_WORKERS: workers },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { stdout: r.stdout.split(out).join('REKAP.xlsx'), out, portal };
}

const filesOf = (d: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(d, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        join(e.parentPath, e.name).slice(d.length),
        readFileSync(join(e.parentPath, e.name), 'utf8'),
      ]),
  );

describe('the recap in reader processes', () => {
  it('writes the same recap, problems and PortalRB files with 0, 1 and 3 workers', async () => {
    const one = recap('0');
    expect((JSON.parse(one.stdout) as { units: unknown[] }).units).toHaveLength(10);
    for (const n of ['1', '3']) {
      const other = recap(n);
      expect(other.stdout).toBe(one.stdout);
      expect(filesOf(other.portal)).toEqual(filesOf(one.portal));
      expect(await content(other.out)).toEqual(await content(one.out));
    }
    const masalah = (await content(one.out)).Masalah ?? [];
    expect(masalah.length).toBeGreaterThan(10); // the comparison covers real problem rows
  }, 120_000);

  it('reads in input order in readers, and reads here what a stopped reader left', async () => {
    const inputs = await walkInputs([dir]);
    const here: RecapRead[] = [];
    expect(await readInOrder(inputs, (r) => Promise.resolve(void here.push(r)))).toBe(0); // no worker script: this thread
    const before = process.env.LKE_ZI_WORKERS;
    process.env.LKE_ZI_WORKERS = '2';
    try {
      useReadWorkers(WORKER);
      const there: RecapRead[] = [];
      expect(await readInOrder(inputs, (r) => Promise.resolve(void there.push(r)))).toBe(2);
      expect(there).toEqual(here);
      // Without --portalrb no answers file is made, in a reader or here; the rest is the same.
      const asked = here.filter((r) => r.answers !== null);
      expect(asked.length).toBeGreaterThan(5);
      for (const n of ['2', '0']) {
        process.env.LKE_ZI_WORKERS = n;
        const bare: RecapRead[] = [];
        await readInOrder(inputs, (r) => Promise.resolve(void bare.push(r)), { answers: false });
        expect(bare.map((r) => r.answers)).toEqual(here.map(() => null));
        expect(bare.map((r) => ({ ...r, answers: null }))).toEqual(
          here.map((r) => ({ ...r, answers: null })),
        );
      }
      process.env.LKE_ZI_WORKERS = '2';
      // A reader script that exits at once: every file is read here instead, none is lost.
      const dead = join(tempDir(), 'dead.js');
      writeFileSync(dead, 'process.exit(3);\n');
      useReadWorkers(dead);
      const rescued: RecapRead[] = [];
      expect(await readInOrder(inputs, (r) => Promise.resolve(void rescued.push(r)))).toBe(2);
      expect(rescued).toEqual(here);
    } finally {
      if (before === undefined) delete process.env.LKE_ZI_WORKERS;
      else process.env.LKE_ZI_WORKERS = before;
    }
  }, 120_000);

  it("reads the server's folder at start-up in readers, each file as the server reads one file alone", async () => {
    const inputs = (await walkInputs([dir])).filter((w) => w.problem === null);
    const alone: [string, FileReading][] = [];
    for (const w of inputs) alone.push([w.path, await readUnitFile(w.path)]);
    expect(alone.filter(([, r]) => r.kind === 'unit').length).toBeGreaterThan(5);
    const before = process.env.LKE_ZI_WORKERS;
    process.env.LKE_ZI_WORKERS = '2';
    try {
      useReadWorkers(WORKER);
      const together: [string, FileReading][] = [];
      expect(await readUnitFiles(inputs, (file, r) => void together.push([file, r]))).toBe(2);
      expect(together).toEqual(alone);
    } finally {
      if (before === undefined) delete process.env.LKE_ZI_WORKERS;
      else process.env.LKE_ZI_WORKERS = before;
    }
  }, 120_000);
});
