// The print setup reaches Excel too: applying the plan through the office-js adapter (on the preview host, which
// keeps what Worksheet.pageLayout and Range.columnHidden receive) sets A4 landscape, the fit, the print area,
// the title rows, the footer and the hidden helper columns on each sheet, from the same plan the CLI writes.
import { LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { columnNumber, JAWABAN_HIDDEN_COLUMNS, planWorkbook, SHEETS } from '../../src/workbook';
import { applyPlan } from '../../src/excel/apply';
import { printOps } from '../../src/excel/pageLayout';
import { PreviewBook, previewRun } from '../../src/preview/host';

describe('print step of the office-js adapter', () => {
  const plan = planWorkbook(LKE_2021, THRESHOLDS_2021, { unitName: 'KPPN Bandung & Cimahi' });

  it('sets the page layout of every printed sheet and hides the helper columns', async () => {
    const book = new PreviewBook();
    const r = await applyPlan(previewRun(book), plan);
    expect(r.kind).toBe('applied');
    const jawaban = book.sheet(SHEETS.jawaban);
    const setup = plan.sheets.find((s) => s.name === SHEETS.jawaban)?.print;
    expect(jawaban?.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
      margins: { left: 18, right: 18, top: 36, bottom: 36 },
      footer: { left: 'KPPN Bandung && Cimahi', center: 'Halaman &P', right: '&A' },
      printArea: setup?.area,
      titleRows: '1:1',
    });
    expect(setup?.area).toMatch(/^A1:Q\d+$/);
    expect([...(jawaban?.hiddenColumns ?? [])].sort((a, b) => a - b)).toEqual(
      JAWABAN_HIDDEN_COLUMNS.map((c) => columnNumber(c) - 1),
    );
    const rekap = book.sheet(SHEETS.rekap)?.pageLayout;
    expect(rekap?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(rekap?.printArea).toMatch(/^A1:K\d+$/);
    expect(book.sheet(SHEETS.profil)?.pageLayout.printArea).toBe('A1:F21');
  });

  it('gives no step for a sheet without a print setup, and skips a host without pageLayout', () => {
    const meta = plan.sheets.find((s) => s.name === SHEETS.meta);
    expect(meta && printOps(meta)).toEqual([]);
    const jawaban = plan.sheets.find((s) => s.name === SHEETS.jawaban);
    const hidden: string[] = [];
    const ws = {
      getRange: (a: string) => ({
        set columnHidden(v: boolean) {
          if (v) hidden.push(a);
        },
      }),
    };
    for (const op of jawaban ? printOps(jawaban) : []) op.run(ws as never);
    expect(hidden).toEqual(JAWABAN_HIDDEN_COLUMNS.map((c) => `${c}:${c}`));
  });
});
