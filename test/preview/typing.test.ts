// A person typing into the preview grid: locale-friendly numbers, protection, validation alerts, display.
import { PreviewBook, previewRun } from '../../src/preview/host';
import { parseTyped, typeInto } from '../../src/preview/host/userEdit';
import { displayValue } from '../../src/preview/host/display';

describe('parseTyped', () => {
  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['12', 12],
    [' Ya ', ' Ya '],
    ['=A1+1', '=A1+1'],
    ['', ''],
  ])('%j → %j', (text, value) => expect(parseTyped(text)).toBe(value));
});

describe('typeInto', () => {
  async function sheetWith(style: 'Stop' | 'Warning'): Promise<PreviewBook> {
    const book = new PreviewBook();
    await previewRun(book)(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('S');
      const r = ws.getRange('B2:B3');
      r.format.protection.locked = false;
      r.dataValidation.rule = { list: { inCellDropDown: true, source: 'Ya,Tidak' } };
      r.dataValidation.errorAlert = {
        showAlert: true,
        style,
        title: 'Bukan pilihan',
        message: 'Pilih Ya atau Tidak',
      };
      ws.protection.protect();
      await ctx.sync();
    });
    return book;
  }

  it('refuses a locked cell of a protected sheet and leaves it as it was', async () => {
    const book = await sheetWith('Warning');
    const s = book.sheet('S');
    if (!s) throw new Error('no sheet');
    expect(typeInto(book, s, 0, 0, 'x').kind).toBe('refused');
    expect(book.value(s, 0, 0)).toBe('');
  });

  it('keeps an entry a Warning validation does not accept, and says why', async () => {
    const book = await sheetWith('Warning');
    const s = book.sheet('S');
    if (!s) throw new Error('no sheet');
    expect(typeInto(book, s, 1, 1, 'Mungkin')).toEqual({
      kind: 'kept',
      warning: { title: 'Bukan pilihan', message: 'Pilih Ya atau Tidak' },
    });
    expect(book.value(s, 1, 1)).toBe('Mungkin');
    expect(typeInto(book, s, 2, 1, 'ya')).toEqual({ kind: 'kept', warning: null });
  });

  it('refuses with a Stop validation, as Excel does for typed input', async () => {
    const book = await sheetWith('Stop');
    const s = book.sheet('S');
    if (!s) throw new Error('no sheet');
    expect(typeInto(book, s, 1, 1, 'Mungkin').kind).toBe('refused');
    expect(book.value(s, 1, 1)).toBe('');
  });
});

describe('displayValue', () => {
  it.each([
    [0.756, '0.00%', '75.60%'],
    [3.14159, '0.00', '3.14'],
    [1, '0%', '100%'],
    [0.1 + 0.2, 'General', '0.3'],
    ['Ya', 'General', 'Ya'],
    [true, 'General', 'TRUE'],
  ])('%j in %s → %s', (v, f, shown) => expect(displayValue(v, f)).toBe(shown));
});
