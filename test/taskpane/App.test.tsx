/** @jest-environment jsdom */
// The pane shell on the preview host: inject, read, Status cross-checked with the engine, the foreign-sheet question.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { workbookOps } from '../../src/taskpane/workbookOps';
import { fmt } from '../../src/taskpane/StatusPanel';
import { PreviewBook, previewRun } from '../../src/preview/host';
import { evaluate, LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { readWorkbook } from '../../src/excel/read';
import { plan, randomEntries, typeEntries } from '../excel/helpers';

jest.setTimeout(20_000);

function setup(): { book: PreviewBook; run: ReturnType<typeof previewRun> } {
  const book = new PreviewBook();
  return { book, run: previewRun(book) };
}

function cellOf(rowKey: string, column: 'unit' | 'tpi'): HTMLElement {
  const row = document.querySelector(`tr[data-row="${rowKey}"]`);
  const cell = row?.querySelector(`td[data-column="${column}"]`);
  if (!(cell instanceof HTMLElement)) throw new Error(`no cell ${rowKey}/${column}`);
  return cell;
}

describe('App on the preview host', () => {
  it('says there is no LKE yet, injects the template, and shows the Status read from the workbook', async () => {
    const { book, run } = setup();
    render(<App ops={workbookOps(run)} />);
    expect(await screen.findByText(/belum berisi LKE/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pasang templat LKE' }));
    expect(await screen.findByText(/Templat terpasang \(2 kali sinkron\)/)).toBeInTheDocument();
    expect(book.sheet('Jawaban')).not.toBeNull();
    expect(await screen.findByRole('table', { name: 'Status' })).toBeInTheDocument();
    expect(cellOf('total', 'unit')).toHaveTextContent('0,00');
    expect(screen.getByRole('button', { name: 'Pasang ulang templat' })).toBeEnabled();
  });

  it('shows the figures of the workbook formulas, which agree with the engine on the answers read', async () => {
    const { run } = setup();
    const ops = workbookOps(run);
    await ops.apply({});
    const entries = randomEntries(21, true);
    await typeEntries(run, entries);
    render(<App ops={ops} />);
    await screen.findByRole('table', { name: 'Status' });
    const r = await readWorkbook(run, plan, LKE_2021);
    if (r.kind !== 'read') throw new Error(r.kind);
    const ev = evaluate(LKE_2021, THRESHOLDS_2021, r.entries, r.profile.profile);
    expect(cellOf('total', 'unit')).toHaveTextContent(fmt(ev.scores.unit.total));
    expect(cellOf('total', 'tpi')).toHaveTextContent(fmt(ev.scores.tpi.total));
    expect(cellOf('hasil', 'tpi')).toHaveTextContent(fmt(ev.scores.tpi.hasil));
    const wbk = ev.verdicts.tpi.WBK.eligible ? 'Memenuhi' : 'Tidak memenuhi';
    expect(within(cellOf('verdictWBK', 'tpi')).getByText(wbk)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('sama dengan perhitungan panel');
  });

  it('notices when a workbook formula no longer agrees with the engine', async () => {
    const { book, run } = setup();
    const ops = workbookOps(run);
    await ops.apply({});
    const rekap = book.sheet('Rekap');
    const total = plan.names.find((n) => n.name === 'ZI_TOTAL_UNIT');
    if (!rekap || !total) throw new Error('no Rekap');
    rekap.protection.protected = false;
    const m = /\$([A-Z]+)\$(\d+)/.exec(total.address);
    book.hf.setCellContents(
      { sheet: rekap.hfId, row: Number(m?.[2]) - 1, col: (m?.[1] ?? 'A').charCodeAt(0) - 65 },
      [[42]],
    );
    render(<App ops={ops} />);
    expect(await screen.findByText(/berbeda dari perhitungan panel: total \(unit\)/)).toBeInTheDocument();
  });

  it('asks before touching a sheet named Jawaban that is not ours, and keeps it when told to', async () => {
    const { book, run } = setup();
    await run(async (ctx) => {
      ctx.workbook.worksheets.add('Jawaban').getRange('A1').values = [['milik saya']];
      await ctx.sync();
    });
    render(<App ops={workbookOps(run)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pasang templat LKE' }));
    expect(await screen.findByText(/bukan buatan LKE ZI: Jawaban/)).toBeInTheDocument();
    expect(book.sheets.map((s) => s.name)).toEqual(['Jawaban']);
    await userEvent.click(screen.getByRole('button', { name: 'Ganti nama dan pasang' }));
    await screen.findByText(/Templat terpasang/);
    expect(book.sheets.map((s) => s.name)).toContain('Jawaban (asli)');
    const kept = book.sheet('Jawaban (asli)');
    expect(kept && book.value(kept, 0, 0)).toBe('milik saya');
  });
});

describe('App on a damaged template', () => {
  it('says the template is incomplete (not foreign) when one of its names is gone, and re-applying repairs it', async () => {
    const { book, run } = setup();
    const ops = workbookOps(run);
    await ops.apply({});
    book.deleteName('ZI_TOTAL_UNIT');
    render(<App ops={ops} />);
    expect(await screen.findByText(/tidak lengkap \(lembar atau nama hilang\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pasang templat LKE' }));
    expect(await screen.findByRole('table', { name: 'Status' })).toBeInTheDocument();
    expect(book.names.has('ZI_TOTAL_UNIT')).toBe(true);
  });
});
