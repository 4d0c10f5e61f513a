import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { LKE_2021, THRESHOLDS_2021, indexOf, type Entry } from '../src/lke';
import { entryCells, planWorkbook, PROFIL, SHEETS } from '../src/workbook';
import { xlsxFromPlan } from '../src/cli/xlsx/writePlan';
import { findSoffice, recalcAll } from '../test/cli/libreoffice';
import { completeLkes } from './engine.bench';
import { median, type BenchRow } from './types';

/** The project root: `npm run bench` runs from it (the bundle itself lives in .tmp/). */
const ROOT = resolve(process.cwd());
const UNITS = 150;
/** Times the 150-file recap is run (odd: the median is one of them). */
const RUNS = 3;

/** Writes `n` filled LKE workbooks (random complete answers, both columns) into `dir`. */
async function generate(dir: string, n: number): Promise<number> {
  const t0 = performance.now();
  const template = await xlsxFromPlan(planWorkbook(LKE_2021, THRESHOLDS_2021));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer,
  );
  const jawaban = wb.getWorksheet(SHEETS.jawaban);
  const profil = wb.getWorksheet(SHEETS.profil);
  if (!jawaban || !profil) throw new Error('template without Jawaban/Profil');
  const qs = indexOf(LKE_2021).questions;
  const sets = completeLkes(n, 7);
  for (let i = 0; i < n; i++) {
    const entries = sets[i] ?? new Map<number, Entry>();
    for (const q of qs) {
      const e = entries.get(q.soalId);
      if (e) for (const c of entryCells(q, e)) jawaban.getCell(c.address).value = c.value;
    }
    profil.getCell(PROFIL.unitName).value = `Unit ${i + 1}`;
    profil.getCell(PROFIL.unitId).value = `U-${i + 1}`;
    writeFileSync(
      join(dir, `unit-${String(i + 1).padStart(3, '0')}.xlsx`),
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
  }
  return performance.now() - t0;
}

/**
 * Runs `lke-zi rekap` in a child process; returns wall time and the peak resident memory of the command and its
 * reader processes added up (each reports its own peak; the sum bounds what the recap holds at once).
 */
function rekap(dir: string, out: string): { ms: number; maxRssMiB: number; processes: number } {
  const preload = join(mkdtempSync(join(tmpdir(), 'lke-rss-')), 'rss.js');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write(`MAXRSS=${process.resourceUsage().maxRSS}\\n`));\n",
  );
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['-r', preload, join(ROOT, 'bin/lke-zi.js'), 'rekap', dir, '--out', out],
    { encoding: 'utf8' },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`rekap failed: ${r.stderr}`);
  const peaks = [...r.stderr.matchAll(/MAXRSS=(\d+)/g)].map((m) => Number(m[1]));
  if (peaks.length === 0) throw new Error('rekap reported no peak memory');
  return { ms, maxRssMiB: peaks.reduce((a, b) => a + b, 0) / 1024, processes: peaks.length };
}

export async function bench(): Promise<BenchRow[]> {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  const base = mkdtempSync(join(tmpdir(), 'lke-rekap-bench-'));
  const all = join(base, 'all');
  const third = join(base, 'third');
  mkdirSync(all);
  mkdirSync(third);
  const genMs = await generate(all, UNITS);
  for (const f of readdirSync(all).slice(0, UNITS / 3))
    writeFileSync(join(third, f), readFileSync(join(all, f)));
  const small = rekap(third, join(base, 'r50.xlsx'));
  const soffice = findSoffice();
  const names = readdirSync(all);
  /** LibreOffice recalculating the 150 files, in batches of 50 (each under the helper's two-minute timeout). */
  const libreOffice = (office: string): number => {
    let ms = 0;
    for (let i = 0; i < names.length; i += 50) {
      const batch = new Map(names.slice(i, i + 50).map((f) => [f, readFileSync(join(all, f))] as const));
      ms += recalcAll(office, batch).ms;
    }
    return ms;
  };
  // The machine's speed drifts from minute to minute (a shared VM), so each recap run is paired with a
  // LibreOffice run right after it, RUNS times; the figures are the medians and the ratio is the median of the
  // pairs' ratios (each pair's numbers are in the notes), so one slow or fast moment does not decide them.
  const runs: { recap: ReturnType<typeof rekap>; loMs: number | null }[] = [];
  for (let i = 0; i < RUNS; i++)
    runs.push({
      recap: rekap(all, join(base, `r150-${i}.xlsx`)),
      loMs: soffice ? libreOffice(soffice) : null,
    });
  const full = { ms: median(runs.map((r) => r.recap.ms)), processes: runs[0]?.recap.processes ?? 0 };
  // Peak memory: the highest of the runs.
  const peakMiB = Math.max(...runs.map((r) => r.recap.maxRssMiB));
  const rows: BenchRow[] = [
    {
      group: 'rekap',
      metric: `generate ${UNITS} filled workbooks (bench setup)`,
      value: genMs / 1000,
      unit: 's',
    },
    { group: 'rekap', metric: `recap ${UNITS / 3} workbooks: time`, value: small.ms / 1000, unit: 's' },
    {
      group: 'rekap',
      metric: `recap ${UNITS} workbooks: time (median of ${RUNS})`,
      value: full.ms / 1000,
      unit: 's',
      note: `${(full.ms / UNITS).toFixed(0)} ms per file; runs ${runs.map((r) => (r.recap.ms / 1000).toFixed(2)).join(', ')} s`,
    },
    {
      group: 'rekap',
      metric: `recap ${UNITS / 3} workbooks: peak memory`,
      value: small.maxRssMiB,
      unit: 'MiB',
      note: `${small.processes} processes (the command and its readers), added up`,
    },
    {
      group: 'rekap',
      metric: `recap ${UNITS} workbooks: peak memory`,
      value: peakMiB,
      unit: 'MiB',
      note: `×${(peakMiB / small.maxRssMiB).toFixed(2)} for ×3 files; ${full.processes} processes; highest of ${RUNS} runs`,
    },
  ];
  const los = runs.flatMap((r) => (r.loMs === null ? [] : [{ lo: r.loMs, ratio: r.loMs / r.recap.ms }]));
  if (los.length > 0) {
    rows.push({
      group: 'rekap',
      metric: `LibreOffice recalculating the same ${UNITS} files (median of ${los.length})`,
      value: median(los.map((l) => l.lo)) / 1000,
      unit: 's',
      note: `runs ${los.map((l) => (l.lo / 1000).toFixed(1)).join(', ')} s`,
    });
    rows.push({
      group: 'rekap',
      metric: `recap ${UNITS} workbooks vs LibreOffice recalculating them`,
      value: median(los.map((l) => l.ratio)),
      unit: '× faster',
      note: `target ≥ 20×; median of the pairs ${los.map((l) => `${l.ratio.toFixed(1)}×`).join(', ')}`,
    });
  } else
    rows.push({
      group: 'rekap',
      metric: 'LibreOffice comparison',
      value: Number.NaN,
      unit: '',
      note: 'soffice not installed',
    });
  return rows;
}
