// The preview host parses strings written through Range.values / Range.formulas as Excel does (office-js 3256):
// so a test that writes user text bare fails here as it would in Excel.
import { dateLike, parseWritten } from '../../src/preview/host/parse';
import { PreviewBook, previewRun } from '../../src/preview/host';

async function written(text: string): Promise<{ value: unknown; formula: unknown } | { failed: string }> {
  const book = new PreviewBook();
  const run = previewRun(book);
  try {
    return await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('S');
      ws.getRange('A1').values = [[text]];
      const r = ws.getRange('A1').load('values,formulas');
      await ctx.sync();
      return { value: r.values[0]?.[0], formula: r.formulas[0]?.[0] };
    });
  } catch (e) {
    return { failed: (e as { code?: string }).code ?? 'unknown' };
  }
}

describe('Excel parses written strings like typed input (preview host)', () => {
  it.each([
    ['- SK sudah ada', { failed: 'InvalidArgument' }], // "=- SK sudah ada" does not parse: the batch fails
    ['-SK', { value: '#NAME?', formula: '=-SK' }],
    ['+catatan', { value: '#NAME?', formula: '=+catatan' }],
    ['@bukti', { value: '#NAME?', formula: '=bukti' }],
    ['-', { value: '-' }],
    ['=tidak', { value: '#NAME?', formula: '=tidak' }],
    ['2026.1', { value: 2026.1 }],
    ['1,5', { value: 1.5 }],
    ['-5', { value: -5 }],
    ['100%', { value: 1 }],
    ['1e3', { value: 1000 }],
    ['TRUE', { value: true }],
    ['2026-01-05', { value: 46027 }],
    ['5 Jan 2026', { value: 46027 }],
    [' 12', { value: 12 }],
  ])('%j', async (text, expected) => {
    expect(await written(text)).toMatchObject(expected);
  });

  it.each(["'- SK sudah ada", "'=tidak ada", "'2026.1", "'1/2", "' 12"])(
    '%j: the apostrophe keeps the rest as text',
    async (text) => {
      expect(await written(text)).toMatchObject({ value: text.slice(1) });
    },
  );

  it('leaves plain words as text', async () => {
    expect(await written('Ya')).toEqual({ value: 'Ya', formula: 'Ya' });
    expect(await written('SK sudah ada')).toEqual({ value: 'SK sudah ada', formula: 'SK sudah ada' });
  });

  it('reads dates in day/month order, refuses impossible ones', () => {
    expect(dateLike('1/2', 2026)).toBe(dateLike('2026-02-01'));
    expect(dateLike('31/2/2026')).toBeNull();
    expect(dateLike('Des-25')).toBe(dateLike('2025-12-01'));
    expect(dateLike('1:30')).toBeCloseTo(1.5 / 24, 10);
    expect(parseWritten('A/B/C', () => true)).toBe('A/B/C');
  });
});
