import { gridFromRange, migrateCirculated, type CellGrid } from '../../src/circulated';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { fixtureBytes, loadWorkbook, sheetOf } from './fixtureData';

/** The arrays office-js would give for the sheet's used range, built from the exceljs reading. */
function asRangeData(g: CellGrid): { values: unknown[][]; formulas: unknown[][]; valueTypes: string[][] } {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const valueTypes: string[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const v: unknown[] = [];
    const f: unknown[] = [];
    const t: string[] = [];
    for (let c = 1; c <= g.columnCount; c++) {
      const cell = g.cell(r, c);
      const shown = cell.error ?? cell.value ?? '';
      v.push(shown);
      f.push(cell.formula === null ? shown : `=${cell.formula}`);
      t.push(
        cell.error !== null
          ? 'Error'
          : shown === ''
            ? 'Empty'
            : typeof shown === 'number'
              ? 'Double'
              : 'String',
      );
    }
    values.push(v);
    formulas.push(f);
    valueTypes.push(t);
  }
  return { values, formulas, valueTypes };
}

describe('gridFromRange (what the pane will feed)', () => {
  it('reads cells the way office-js reports them', () => {
    const g = gridFromRange({
      values: [['', 'Tidak', '#DIV/0!', 3]],
      formulas: [['', 'Tidak', '=K9/K8', '=1+2']],
      valueTypes: [['Empty', 'String', 'Error', 'Double']],
      hyperlinks: [[null, 'https://example.go.id/a', undefined, '']],
    });
    expect([g.rowCount, g.columnCount]).toEqual([1, 4]);
    expect(g.cell(1, 1)).toEqual({ value: null, formula: null, error: null, hyperlink: null });
    expect(g.cell(1, 2)).toEqual({
      value: 'Tidak',
      formula: null,
      error: null,
      hyperlink: 'https://example.go.id/a',
    });
    expect(g.cell(1, 3)).toEqual({ value: null, formula: 'K9/K8', error: '#DIV/0!', hyperlink: null });
    expect(g.cell(1, 4)).toEqual({ value: 3, formula: '1+2', error: null, hyperlink: null });
    expect(g.cell(2, 1).value).toBeNull();
  });

  it('gives the same migration as the exceljs grid on the div0 fixture', async () => {
    const direct = gridOfWorksheet(sheetOf(await loadWorkbook(fixtureBytes('div0'))));
    const viaRange = gridFromRange(asRangeData(direct));
    const a = migrateCirculated(direct);
    const b = migrateCirculated(viaRange);
    expect([...b.entries]).toEqual([...a.entries]);
    expect(b.comparison.circulated).toEqual(a.comparison.circulated);
    expect(b.comparison.causes.map((c) => c.rows)).toEqual(a.comparison.causes.map((c) => c.rows));
  });
});
