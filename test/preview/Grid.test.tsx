/** @jest-environment jsdom */
// The preview grid: a refused entry stays in the editor with the reason; a kept one shows in its cell.
import { fireEvent, render, screen } from '@testing-library/react';
import { Grid } from '../../src/preview/ui/Grid';
import { PreviewBook, previewRun } from '../../src/preview/host';

async function book(): Promise<PreviewBook> {
  const b = new PreviewBook();
  await previewRun(b)(async (ctx) => {
    const ws = ctx.workbook.worksheets.add('Jawaban');
    ws.getRange('A1:B1').formulas = [['Kode', '=1+1']];
    ws.getRange('B2').format.protection.locked = false;
    ws.protection.protect();
    await ctx.sync();
  });
  return b;
}

function typeAt(address: string, text: string): HTMLInputElement {
  const cell = document.querySelector(`td[data-cell="${address}"]`);
  if (!cell) throw new Error(`no cell ${address}`);
  fireEvent.click(cell);
  const input = screen.getByRole('textbox', { name: /Isi sel/ });
  if (!(input instanceof HTMLInputElement)) throw new Error('no input');
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
  return input;
}

describe('Grid', () => {
  it('shows computed values and the sheet tab', async () => {
    render(<Grid book={await book()} />);
    expect(screen.getByRole('tab', { name: /Jawaban/ })).toHaveAttribute('aria-selected', 'true');
    expect(document.querySelector('td[data-cell="B1"]')).toHaveTextContent('2');
  });

  it('keeps a refused entry in the editor and says why, in Indonesian first', async () => {
    const b = await book();
    render(<Grid book={b} />);
    const input = typeAt('A1', 'ketikan saya');
    expect(screen.getByRole('alert')).toHaveTextContent(/Sel terkunci/);
    expect(input.value).toBe('ketikan saya');
    expect(document.querySelector('td[data-cell="A1"]')).toHaveTextContent('Kode');
  });

  it('writes an entry into an input cell and recalculates', async () => {
    const b = await book();
    render(<Grid book={b} />);
    typeAt('B2', '3,5');
    const s = b.sheet('Jawaban');
    expect(s && b.value(s, 1, 1)).toBe(3.5);
    expect(document.querySelector('td[data-cell="B2"]')).toHaveTextContent('3.5');
  });
});

describe('Grid drop-down and selection', () => {
  it('offers the list of a validated cell and picks from it raising only onCalculated; a click raises onSelectionChanged', async () => {
    const b = new PreviewBook();
    const run = previewRun(b);
    const events: string[] = [];
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('Jawaban');
      ws.getRange('B3').formulas = [['=IF(C3="Ya",1,0)']];
      ws.getRange('C3').dataValidation.rule = { list: { inCellDropDown: true, source: 'Ya,Tidak' } };
      await ctx.sync();
      ws.onChanged.add(() => Promise.resolve(void events.push('changed')));
      ws.onCalculated.add(() => Promise.resolve(void events.push('calculated')));
      ws.onSelectionChanged.add((e) => Promise.resolve(void events.push(`selected ${e.address}`)));
      await ctx.sync();
    });
    render(<Grid book={b} />);
    expect(screen.queryByRole('combobox', { name: /Pilih dari daftar/ })).toBeNull();
    const cell = document.querySelector('td[data-cell="C3"]');
    if (!cell) throw new Error('no C3');
    fireEvent.click(cell);
    fireEvent.change(screen.getByRole('combobox', { name: /Pilih dari daftar/ }), {
      target: { value: 'Ya' },
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(document.querySelector('td[data-cell="B3"]')).toHaveTextContent('1');
    expect(events).toEqual(['selected C3', 'calculated']);
  });
});
