// The streaming reader against exceljs (the old reader, kept here as the oracle): cell by cell on the shared
// circulated fixtures and on our template, and the whole template reading (entries, profile, audit).
import { migrateCirculated } from '../../src/circulated';
import { LKE_2021 } from '../../src/lke';
import { openXlsx as openBook, bookSource } from '../../src/cli/xlsx/xlsxBook';
import { gridOfFileSheet } from '../../src/cli/xlsx/circulatedGrid';
import { readTemplate, readTemplateBook } from '../../src/cli/xlsx/templateSource';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { FIXTURES, fixtureBytes, loadWorkbook, sheetOf } from '../circulated/fixtureData';
import { filled, fullAnswers, openXlsx, templateBytes, withBadEntries } from './workbookFixtures';
import { exceljsSource } from '../../src/cli/xlsx/exceljsSource';
import { SHEETS } from '../../src/workbook';
import { columnLetter } from '../../src/workbook/a1';

jest.setTimeout(60_000);

describe.each(FIXTURES)('circulated fixture %s', (name) => {
  it('gives every cell of sheet "LKE ZI" as exceljs does, and the same migration', async () => {
    const bytes = fixtureBytes(name);
    const oracle = gridOfWorksheet(sheetOf(await loadWorkbook(bytes)));
    const sheet = openBook(bytes, `${name}.xlsx`).sheet('LKE ZI');
    if (!sheet) throw new Error('no LKE ZI sheet read');
    const grid = gridOfFileSheet(sheet);
    let compared = 0;
    for (let r = 1; r <= oracle.rowCount; r++)
      for (let c = 1; c <= oracle.columnCount; c++) {
        expect({ at: `${columnLetter(c)}${r}`, ...grid.cell(r, c) }).toEqual({
          at: `${columnLetter(c)}${r}`,
          ...oracle.cell(r, c),
        });
        compared++;
      }
    expect(compared).toBeGreaterThan(1000);
    const a = migrateCirculated(grid);
    const b = migrateCirculated(oracle);
    expect([...a.entries]).toEqual([...b.entries]);
    expect(a.comparison).toEqual(b.comparison);
  });
});

describe('our template', () => {
  it.each([
    ['blank', async () => templateBytes()],
    ['filled', async () => filled(fullAnswers())],
    ['filled with bad entries', async () => filled(withBadEntries(fullAnswers()))],
  ])('%s: every cell of every sheet and the whole reading equal exceljs', async (_label, make) => {
    const bytes = await make();
    const wb = await openXlsx(bytes);
    const book = openBook(bytes, 'LKE.xlsx');
    const oracle = exceljsSource(wb);
    const ours = bookSource(book);
    let nonEmpty = 0;
    for (const ws of wb.worksheets) {
      const o = oracle.sheet(ws.name);
      const s = ours.sheet(ws.name);
      expect(s).not.toBeNull();
      for (let r = 1; r <= ws.rowCount; r++)
        for (let c = 1; c <= ws.columnCount; c++) {
          const at = `${columnLetter(c)}${r}`;
          const want = o?.cell(at);
          expect({ at, ...s?.cell(at) }).toEqual({ at, ...want });
          if (want?.type !== 'empty' || want.formula !== null) nonEmpty++;
        }
    }
    expect(nonEmpty).toBeGreaterThan(2000);
    expect(readTemplateBook(book, LKE_2021)).toEqual(readTemplate(wb, LKE_2021, 'LKE.xlsx'));
    expect(book.sheetNames).toEqual(wb.worksheets.map((w) => w.name));
    expect(book.sheetNames).toContain(SHEETS.meta);
  });
});
