// One cell-value classifier: the preview host's Range.valueTypes, the pane's circulated grid and the template
// reader's SourceCell all classify a cell through classify()/sourceCell() in src/workbook/source.ts.
import { classify, hostValue, sourceCell } from '../../src/workbook';
import { gridFromRange } from '../../src/circulated';
import { PreviewBook, previewRun } from '../../src/preview/host';

// [what the host hands over, is it an error, the one classification]
const CASES: [unknown, boolean, ReturnType<typeof classify>][] = [
  ['Ya', false, 'string'],
  [' ', false, 'string'],
  ['', false, 'empty'],
  [3.5, false, 'number'],
  [0, false, 'number'],
  [true, false, 'boolean'],
  [false, false, 'boolean'],
  ['#DIV/0!', true, 'error'],
  [undefined, false, 'empty'],
  [{ not: 'a value' }, false, 'empty'],
];

describe('the one cell-value classifier', () => {
  it.each(CASES)('%j (error: %s) is %s', (raw, isError, type) => {
    expect(classify(hostValue(raw), isError)).toBe(type);
    expect(sourceCell(hostValue(raw), null, isError).type).toBe(type);
  });

  it('the circulated grid reads a range the same way', () => {
    const values = [CASES.map(([raw]) => raw)];
    const valueTypes = [CASES.map(([, isError]) => (isError ? 'Error' : 'String'))];
    const g = gridFromRange({ values, valueTypes });
    CASES.forEach(([raw, isError, type], i) => {
      const c = g.cell(1, i + 1);
      expect(c.error).toBe(isError ? String(raw) : null);
      expect(c.value === null).toBe(type === 'empty' || type === 'error');
    });
  });

  it("the preview host's valueTypes name the same classes as office-js does", async () => {
    const book = new PreviewBook();
    let types: readonly (readonly string[])[] = [];
    await previewRun(book)(async (ctx) => {
      const r = ctx.workbook.worksheets.add('S').getRange('A1:E1');
      r.formulas = [['Ya', 3.5, '=TRUE()', '=1/0', '']];
      r.load('valueTypes');
      await ctx.sync();
      types = r.valueTypes;
    });
    expect(types).toEqual([['String', 'Double', 'Boolean', 'Error', 'Empty']]);
  });
});
