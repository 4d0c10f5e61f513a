import { migrateCirculated } from '../../src/circulated';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { indexOf, LKE_2021, type Entry } from '../../src/lke';
import { entryCells, gridCell, parseAddress, readEntries, type CellValue } from '../../src/workbook';
import { fixtureBytes, FIXTURES, loadWorkbook, sheetOf } from './fixtureData';

// Reading and writing whole workbooks takes seconds on a loaded machine.
jest.setTimeout(60_000);

const ix = indexOf(LKE_2021);

/** Writes entries into the input cells of our Jawaban sheet (the planner's cell map) as a value grid. */
function writeJawaban(entries: ReadonlyMap<number, Entry>): CellValue[][] {
  const values: CellValue[][] = [];
  for (const q of ix.questions) {
    for (const c of entryCells(q, entries.get(q.soalId))) {
      const a = parseAddress(c.address);
      const row = a.row - 1;
      const col = a.column - 1;
      values[row] ??= [];
      values[row][col] = c.value;
    }
  }
  return values.map((r) => Array.from(r ?? [], (v) => v ?? null));
}

const meaningful = (entries: ReadonlyMap<number, Entry>): Array<[number, Entry]> =>
  [...entries]
    .map(([id, e]): [number, Entry] => [
      id,
      {
        unit: e.unit,
        tpi: e.tpi,
        unitNote: e.unitNote ?? null,
        unitEvidence: e.unitEvidence ?? null,
        tpiNote: e.tpiNote ?? null,
      },
    ])
    .filter(([, e]) => e.unit !== null || e.unitNote !== null || e.unitEvidence !== null)
    .sort((a, b) => a[0] - b[0]);

describe.each(FIXTURES)('circulated %s → our Jawaban cells → read back', (name) => {
  it('gives the same answers, notes and evidence', async () => {
    const ws = sheetOf(await loadWorkbook(fixtureBytes(name)));
    // A note and a link, so that those travel too.
    ws.getCell('O11').value = 'Rencana kerja ZI 2026';
    ws.getCell('P11').value = { text: 'dokumen', hyperlink: 'https://example.go.id/rk-zi.pdf' };
    const m = migrateCirculated(gridOfWorksheet(ws));
    const back = readEntries(LKE_2021, gridCell(writeJawaban(m.entries)));
    expect(meaningful(back)).toEqual(meaningful(m.entries));
    expect(back.get(3)).toMatchObject({
      unitNote: 'Rencana kerja ZI 2026',
      unitEvidence: 'https://example.go.id/rk-zi.pdf',
    });
  });
});
