/** @jest-environment jsdom */
// Issue 7 part 3 in the pane: a circulated "LKE ZI" workbook (a shared fixture, its sheets copied into the preview
// workbook with their own formulas) is found, its answers are moved into our template in the same workbook, the
// old sheet is left as it was, and Mulai shows the old file's total beside the rule book's and the unmatched row.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import { workbookOps } from '../../src/taskpane/workbookOps';
import { PreviewBook, previewRun } from '../../src/preview/host';
import { readWorkbook } from '../../src/excel/read';
import { inputValue } from '../../src/excel/write';
import { evaluate, indexOf, LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { inputCell } from '../../src/workbook';
import { plan } from '../excel/helpers';
import { entriesFromK, fixtureBytes, loadWorkbook } from '../circulated/fixtureData';

jest.setTimeout(60_000);

/** A cell as `Range.formulas` takes it: the formula with `=`, or the constant ('' when empty). */
function apiCell(c: ExcelJS.Cell): string | number | boolean {
  if (c.isMerged && c.master !== c) return ''; // exceljs repeats a merge's value; Excel keeps it in the first cell
  if (c.formula) return `=${c.formula}`;
  const v = c.value;
  if (v === null || v === undefined) return '';
  // Text goes in as text (the host parses written strings as Excel does: "- Jumlah…" would be a formula).
  if (typeof v === 'string') return inputValue(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'richText' in v) return inputValue(v.richText.map((t) => t.text).join(''));
  return '';
}

/** Copies every sheet of the circulated workbook (values and formulas, through the API) into a preview book. */
async function circulatedBook(wb: ExcelJS.Workbook): Promise<PreviewBook> {
  const book = new PreviewBook();
  const run = previewRun(book);
  await run(async (ctx) => {
    for (const ws of wb.worksheets) ctx.workbook.worksheets.add(ws.name);
    await ctx.sync();
    for (const ws of wb.worksheets) {
      const rows = ws.rowCount;
      const cols = ws.columnCount;
      if (rows === 0 || cols === 0) continue;
      const cells = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => apiCell(ws.getCell(r + 1, c + 1))),
      );
      const last = `${String.fromCharCode(64 + Math.min(cols, 26))}${rows}`;
      if (cols > 26) throw new Error('wide fixture');
      ctx.workbook.worksheets.getItem(ws.name).getRange(`A1:${last}`).formulas = cells;
    }
    await ctx.sync();
  });
  return book;
}

describe('moving a circulated LKE ZI sheet into the template, in the pane', () => {
  it('finds the sheet, writes its answers into our input cells (keeping a TPI answer typed there), leaves it untouched, and compares the totals', async () => {
    const wb = await loadWorkbook(fixtureBytes('complete'));
    const ws = wb.getWorksheet('LKE ZI');
    if (!ws) throw new Error('no LKE ZI');
    const book = await circulatedBook(wb);
    const run = previewRun(book);
    // The template is already there with one TPI answer typed: moving the unit's answers must keep it.
    const ops = workbookOps(run);
    await ops.apply({});
    const first = indexOf(LKE_2021).questions[0];
    if (!first) throw new Error('no question');
    const tpiCell = inputCell(first, 'tpi').address;
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Jawaban').getRange(tpiCell).values = [['Tidak']];
      await ctx.sync();
    });
    const old = book.sheet('LKE ZI');
    if (!old) throw new Error('not copied');
    const snapshot = JSON.stringify(book.formulas(old, book.usedRect(old)));

    render(<App ops={ops} />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Mulai' }));
    expect(await screen.findByText(/Lembar "LKE ZI" adalah LKE ZI yang beredar/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pindahkan jawaban ke templat' }));
    expect(await screen.findByText(/soal dari lembar "LKE ZI" dipindahkan ke templat/)).toBeInTheDocument();

    // Our template beside the old sheet, holding the answers a person reads in column K.
    const r = await readWorkbook(run, plan, LKE_2021);
    if (r.kind !== 'read') throw new Error(r.kind);
    const typed = entriesFromK(ws);
    expect(typed.size).toBeGreaterThan(100); // 'complete': every question answered
    for (const [soal, e] of typed) expect([soal, r.entries.get(soal)?.unit]).toEqual([soal, e.unit]);
    expect(r.entries.get(first.soalId)?.tpi).toBe('Tidak');
    expect(JSON.stringify(book.formulas(old, book.usedRect(old)))).toBe(snapshot);

    // The old file's own total (README: 62.51) beside the rule book's for the same answers.
    const rule = evaluate(LKE_2021, THRESHOLDS_2021, typed, { heldPredicate: 'none' }).scores.unit.total;
    const totals = screen.getByTestId('migration-totals').textContent ?? '';
    expect(totals).toContain('Nilai total di berkas lama: 62,51');
    expect(totals).toContain(`${(Math.round(rule * 100) / 100).toFixed(2).replace('.', ',')}`);
    // The extra typed row the README names (185, ASN tidak wajib LHKPN) is listed, never guessed.
    expect(screen.getByTestId('migration-unmatched').textContent).toMatch(/Baris 185/);
  });
});
