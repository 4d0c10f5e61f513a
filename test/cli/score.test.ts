import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/main';
import { LKE_2021, toPortalAnswers, type Answer, type Question } from '../../src/lke';
import { best, bestWith, entriesOf, ix } from '../lke/fixtures';
import { memoryIo } from './memoryIo';

const ROOT = resolve(__dirname, '../..');
const meta = { unitId: 'U-1', unitName: 'Balai Uji', year: 2026 };
const fileOf = (m: Map<number, { unit: Answer; tpi: Answer }>) =>
  JSON.stringify(toPortalAnswers(LKE_2021, m, meta));

interface ScoreJson {
  column: string;
  complete: boolean;
  missing: number[];
  total: number;
  pengungkit: number;
  hasil: number;
  areas: { id: number; name: string; value: number; weight: number; pemenuhan: number; reform: number }[];
  eligibility: Record<
    'WBK' | 'WBBM',
    { eligible: boolean | null; criteria: { id: string; passed: boolean; margin: number }[] }
  >;
  issues: { soal_id: number; severity: string; code: string }[];
}

async function score(file: string, ...flags: string[]) {
  const io = memoryIo({ 'a.json': file });
  const code = await run(['score', 'a.json', ...flags], io);
  return { code, io };
}

describe('lke-zi score ANSWERS.json', () => {
  it('prints the JSON object of the issue for a complete LKE, exit 0', async () => {
    const { code, io } = await score(fileOf(entriesOf(best, () => null)), '--json');
    const out = JSON.parse(io.stdout()) as ScoreJson;
    expect(code).toBe(0);
    expect(out.column).toBe('unit');
    expect(out.complete).toBe(true);
    expect(out.missing).toEqual([]);
    expect(out.total).toBeCloseTo(100, 9);
    expect(out.areas.map((a) => [a.id, a.weight])).toEqual([
      [1, 8],
      [2, 7],
      [3, 10],
      [4, 10],
      [5, 15],
      [6, 10],
    ]);
    expect(out.eligibility.WBK.eligible).toBe(true);
    expect(out.eligibility.WBBM.eligible).toBe(false);
    expect(out.eligibility.WBBM.criteria.find((c) => c.id === 'predikat-wbk')?.passed).toBe(false);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['pemenuhan', 'reform', 'bersih', 'ipak', 'kinerja', 'pelayanan']),
    );
    expect(io.stderr()).toBe('');
  });

  it('takes the held predicate from --held', async () => {
    const { io } = await score(fileOf(entriesOf(best, () => null)), '--json', '--held', 'WBK');
    expect((JSON.parse(io.stdout()) as ScoreJson).eligibility.WBBM.eligible).toBe(true);
  });

  it('headlines TPI once TPI answers exist, and obeys --column', async () => {
    const m = entriesOf(best, (q: Question) => (q.soalId === 1 ? 'Tidak' : best(q)));
    const headline = JSON.parse((await score(fileOf(m), '--json')).io.stdout()) as ScoreJson;
    expect(headline.column).toBe('tpi');
    expect(headline.total).toBeCloseTo(100 - 0.25, 9);
    const unit = JSON.parse((await score(fileOf(m), '--json', '--column', 'unit')).io.stdout()) as ScoreJson;
    expect(unit.total).toBeCloseTo(100, 9);
  });

  it('exits 1 when entries have errors, listing them', async () => {
    const { code, io } = await score(fileOf(bestWith({ 2: 'A.', 88: -3 })), '--json');
    const out = JSON.parse(io.stdout()) as ScoreJson;
    expect(code).toBe(1);
    expect(out.complete).toBe(false);
    expect(out.missing).toEqual([2, 88]);
    expect(out.eligibility.WBK.eligible).toBeNull();
    expect(out.issues.filter((i) => i.severity === 'error').map((i) => [i.soal_id, i.code])).toEqual([
      [2, 'answer-not-an-option'],
      [88, 'count-negative'],
    ]);
  });

  // The text headline and the exit code agree with --json: exit 1 exactly when an entry error blocks.
  it.each<
    [string, Record<number, Answer>, number, 'blocked' | 'not-eligible' | 'requirements-incomplete', string]
  >([
    [
      'complete, no errors',
      {},
      0,
      'requirements-incomplete',
      'Nilai memenuhi; syarat pengusulan belum lengkap (0 dari 10)',
    ],
    [
      'one count above its divisor',
      { 90: 12, 91: 13 },
      1,
      'blocked',
      'Belum dapat dinilai: 1 kesalahan isian',
    ],
    ['an answer not filled in only', { 3: null }, 0, 'blocked', 'Belum dapat dinilai: 1 belum diisi'],
    [
      'IPAK too low',
      { 125: 3.2 },
      0,
      'not-eligible',
      'Belum memenuhi: Survei persepsi anti korupsi (IPAK) kurang 1,75',
    ],
  ])('%s: exit %p, headline %s', async (_n, answers, exit, kind, id) => {
    const file = fileOf(bestWith(answers));
    const json = await score(file, '--json');
    const text = await score(file);
    const out = JSON.parse(json.io.stdout()) as {
      eligibility: Record<
        string,
        { headline: { kind: string; id: string }; blocked_by: { kind: string; cell: string }[] }
      >;
    };
    expect([json.code, text.code]).toEqual([exit, exit]);
    expect(out.eligibility.WBK?.headline).toMatchObject({ kind, id });
    expect(text.io.stdout()).toContain(`Menuju WBK: ${id}`);
    expect(out.eligibility.WBK?.blocked_by.some((b) => b.kind === 'error')).toBe(exit === 1);
  });

  it('lists what withholds the verdict with the cell, and judges the score anyway', async () => {
    const { io } = await score(fileOf(bestWith({ 90: 12, 91: 13, 2: null })), '--json');
    const wbk = (
      JSON.parse(io.stdout()) as {
        eligibility: Record<string, { eligible: unknown; score_passed: boolean; blocked_by: unknown[] }>;
      }
    ).eligibility.WBK;
    expect(wbk?.eligible).toBeNull();
    expect(wbk?.score_passed).toBe(true);
    expect(wbk?.blocked_by).toEqual([
      {
        kind: 'error',
        soal_id: 91,
        column: 'unit',
        cell: `Jawaban!K${ix.question.get(91)?.row}`,
        code: 'numerator-above-denominator',
      },
      {
        kind: 'missing',
        soal_id: 2,
        column: 'unit',
        cell: `Jawaban!K${ix.question.get(2)?.row}`,
        code: 'empty',
      },
    ]);
  });

  it('prints a readable Indonesian summary without --json', async () => {
    const { io } = await score(fileOf(bestWith({ 125: 3.2 })));
    const text = io.stdout();
    expect(text).toContain('Nilai total');
    expect(text).toMatch(/Nilai total\s+96,50/);
    expect(text).toContain('Menuju WBK: Belum memenuhi: Survei persepsi anti korupsi (IPAK) kurang 1,75');
    expect(text).toMatch(/✗ Survei persepsi anti korupsi \(IPAK\)\s+14,00 ≥\s+15,75 \(−1,75\)/);
  });

  it.each([
    ['malformed JSON', '{"answers": [', /bukan JSON yang sah/],
    ['an unknown soal id', '{"answers":[{"soal_id":500,"jawaban_unit":"Ya"}]}', /soal_id tidak dikenal/],
  ])('exits 2 on %s with one line on stderr', async (_name, text, re) => {
    const { code, io } = await score(text, '--json');
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(re);
    expect(io.stderr().trim().split('\n')).toHaveLength(1);
    expect(io.stdout()).toBe('');
  });

  it('exits 2 on a missing file and on bad usage', async () => {
    const io = memoryIo();
    expect(await run(['score', 'nope.json'], io)).toBe(2);
    expect(io.stderr()).toContain('tidak dapat membaca nope.json (ENOENT)');
    expect(await run(['score'], io)).toBe(2);
    expect(await run(['score', 'a.json', '--column', 'x'], io)).toBe(2);
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.stderr()).toContain('--column harus salah satu dari unit|tpi');
  });
});

describe('the lke-zi binary', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  });

  it('runs as a real process: JSON on stdout, exit codes 0 / 1 / 2, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lke-cli-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(good, fileOf(entriesOf(best, () => null)));
    writeFileSync(bad, fileOf(bestWith({ 127: 9 })));
    writeFileSync(broken, '{');
    const bin = join(ROOT, 'bin/lke-zi.js');
    const r0 = spawnSync(process.execPath, [bin, 'score', good, '--json'], { encoding: 'utf8' });
    expect(r0.status).toBe(0);
    expect((JSON.parse(r0.stdout) as ScoreJson).total).toBeCloseTo(100, 9);
    expect(spawnSync(process.execPath, [bin, 'score', bad, '--json'], { encoding: 'utf8' }).status).toBe(1);
    const r2 = spawnSync(process.execPath, [bin, 'score', broken], { encoding: 'utf8' });
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/^lke-zi score: .*bukan JSON yang sah/);
    expect(r2.stderr).not.toMatch(/\n\s+at /);
    expect(ix.questions).toHaveLength(127);
  });
});
