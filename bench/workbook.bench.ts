// npm run bench -- workbook: how big the workbook plan is, how long it takes to build and write, and how long
// HyperFormula and LibreOffice take to recalculate a fully filled workbook.
import { indexOf, LKE_2021, THRESHOLDS_2021 } from '../src/lke';
import { planStats, planWorkbook, SHEETS, SIDE } from '../src/workbook';
import { xlsxFromPlan, workbookFromPlan } from '../src/cli/xlsx/writePlan';
import { loadPlan } from '../test/workbook/hfHarness';
import { findSoffice, recalcAll } from '../test/cli/libreoffice';
import { median, type BenchRow } from './types';

function time(fn: () => void, n: number): number {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

async function timeAsync(fn: () => Promise<unknown>, n: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** A full fill: every answer cell of both columns holds a valid answer (counts vary with the round). */
function fullFill(round: number): { address: string; value: string | number }[] {
  return indexOf(LKE_2021).questions.flatMap((q, i) => {
    const v =
      q.answerType === 'JUMLAH'
        ? (i + round) % 7
        : q.answerType === 'NILAI_0_4'
          ? 3 + ((i + round) % 10) / 10
          : (q.options[(i + round) % q.options.length]?.key ?? 'A');
    return [
      { address: `${SIDE.unit.answer}${q.row}`, value: v },
      { address: `${SIDE.tpi.answer}${q.row}`, value: v },
    ];
  });
}

export async function bench(): Promise<BenchRow[]> {
  const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
  const s = planStats(plan);
  const rows: BenchRow[] = [
    { group: 'workbook', metric: 'plan cells (filled)', value: s.cells, unit: 'cells' },
    { group: 'workbook', metric: 'plan formula cells', value: s.formulas, unit: 'cells' },
    {
      group: 'workbook',
      metric: 'data validations',
      value: s.validations,
      unit: 'ranges',
      note: `${s.validatedCells} cells`,
    },
    { group: 'workbook', metric: 'conditional formats', value: s.conditionalFormats, unit: 'rules' },
    { group: 'workbook', metric: 'workbook names', value: s.names, unit: 'names' },
    {
      group: 'workbook',
      metric: 'cell blocks (Range.formulas calls)',
      value: plan.sheets.reduce((n, x) => n + x.blocks.length, 0),
      unit: 'blocks',
    },
  ];
  rows.push({
    group: 'workbook',
    metric: 'build plan',
    value: time(() => planWorkbook(LKE_2021, THRESHOLDS_2021), 30),
    unit: 'ms',
    note: 'median of 30',
  });
  const bytes = await xlsxFromPlan(plan);
  rows.push({
    group: 'workbook',
    metric: 'write .xlsx (exceljs)',
    value: await timeAsync(() => xlsxFromPlan(plan), 5),
    unit: 'ms',
    note: `median of 5; ${bytes.length} bytes`,
  });

  const loaded = loadPlan(plan);
  let round = 0;
  const hfMs = time(() => {
    round++;
    loaded.hf.batch(() => {
      for (const c of fullFill(round))
        loaded.hf.setCellContents(loaded.at(SHEETS.jawaban, c.address), [
          [typeof c.value === 'string' ? `'${c.value}` : c.value],
        ]);
    });
  }, 15);
  rows.push({
    group: 'workbook',
    metric: 'HyperFormula recalculation, full fill',
    value: hfMs,
    unit: 'ms',
    note: `median of 15; ${fullFill(0).length} inputs`,
  });

  const soffice = findSoffice();
  if (soffice) {
    const wb = await workbookFromPlan(plan);
    const ws = wb.getWorksheet(SHEETS.jawaban);
    for (const c of fullFill(1)) if (ws) ws.getCell(c.address).value = c.value;
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const one = recalcAll(soffice, new Map([['full.xlsx', filled]])).ms;
    const five = recalcAll(
      soffice,
      new Map([1, 2, 3, 4, 5].map((i) => [`full${i}.xlsx`, filled] as const)),
    ).ms;
    const perFile = (five - one) / 4;
    rows.push({
      group: 'workbook',
      metric: 'LibreOffice open+recalc+save, 1 file',
      value: one,
      unit: 'ms',
      note: 'one soffice run, incl. start-up',
    });
    rows.push({
      group: 'workbook',
      metric: 'LibreOffice per extra file',
      value: perFile,
      unit: 'ms',
      note: '(5 files − 1 file) / 4',
    });
    rows.push({
      group: 'workbook',
      metric: 'LibreOffice / HyperFormula',
      value: perFile / hfMs,
      unit: '×',
      note: 'per-file LO time over HF recalculation',
    });
  } else {
    process.stderr.write('bench workbook: soffice not found, LibreOffice rows left out\n');
  }
  return rows;
}
