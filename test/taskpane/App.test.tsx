/** @jest-environment jsdom */
// The pane on the preview host: the five views over the shell, every action through the workbook operations.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { workbookOps } from '../../src/taskpane/workbookOps';
import { PreviewBook, previewRun } from '../../src/preview/host';
import { evaluate, LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { readWorkbook } from '../../src/excel/read';
import { cellAt, parseAddress } from '../../src/workbook';
import { plan, randomEntries, typeEntries } from '../excel/helpers';

jest.setTimeout(30_000);

function setup(): { book: PreviewBook; run: ReturnType<typeof previewRun> } {
  const book = new PreviewBook();
  return { book, run: previewRun(book) };
}

/** 2 decimals, decimal comma: how the Indonesian pane shows a figure (written out, not the pane's formatter). */
const idNumber = (n: number): string => (Math.round(n * 100) / 100).toFixed(2).replace('.', ',');

function figure(row: string, column: 'unit' | 'tpi'): HTMLElement {
  const cell = document.querySelector(`tr[data-row="${row}"] td[data-column="${column}"]`);
  if (!(cell instanceof HTMLElement)) throw new Error(`no cell ${row}/${column}`);
  return cell;
}

beforeEach(() => localStorage.clear());

/** Once the template is read the pane opens Status; the shell's notice is in Mulai. */
async function noticeAfterInject(text: RegExp | string): Promise<void> {
  await screen.findByRole('tab', { name: 'Status', selected: true }, { timeout: 10_000 });
  await userEvent.click(screen.getByRole('tab', { name: 'Mulai' }));
  expect(await screen.findByText(text)).toBeInTheDocument();
}

describe('App on the preview host', () => {
  it('says there is no LKE yet, injects the template from Mulai, and opens Status on the workbook figures', async () => {
    const { book, run } = setup();
    render(<App ops={workbookOps(run)} />);
    expect(await screen.findByText(/belum berisi LKE|belum ada LKE/i)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pasang templat LKE' }));
    await noticeAfterInject(/Templat LKE terpasang/);
    expect(screen.queryByText(/sinkron/)).not.toBeInTheDocument(); // no internals in the words
    expect(book.sheet('Jawaban')).not.toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Status' }));
    expect(figure('total', 'unit')).toHaveTextContent('0,00');
  });

  it('shows the figures of the workbook formulas, which agree with the engine on the answers read', async () => {
    const { run } = setup();
    const ops = workbookOps(run);
    await ops.apply({});
    await typeEntries(run, randomEntries(21, true));
    render(<App ops={ops} />);
    await screen.findByRole('tab', { name: 'Status', selected: true }, { timeout: 10_000 });
    const r = await readWorkbook(run, plan, LKE_2021);
    if (r.kind !== 'read') throw new Error(r.kind);
    const ev = evaluate(LKE_2021, THRESHOLDS_2021, r.entries, r.profile.profile);
    expect(figure('total', 'unit')).toHaveTextContent(idNumber(ev.scores.unit.total));
    expect(figure('total', 'tpi')).toHaveTextContent(idNumber(ev.scores.tpi.total));
    expect(screen.getByText('Nilai di lembar kerja sama dengan perhitungan panel.')).toBeInTheDocument();
  });

  it('finds a tampered formula in the same read, and restoring it writes the planned formula back', async () => {
    const { book, run } = setup();
    const ops = workbookOps(run);
    await ops.apply({});
    const rekap = book.sheet('Rekap');
    const total = plan.names.find((n) => n.name === 'ZI_TOTAL_UNIT');
    if (!rekap || !total) throw new Error('no Rekap');
    const a = parseAddress(total.address);
    const [row, col] = [a.row - 1, a.column - 1];
    const planned = String(book.formula(rekap, row, col));
    rekap.protection.protected = false;
    book.hf.setCellContents({ sheet: rekap.hfId, row, col }, [[42]]);
    rekap.protection.protected = true;
    const before = book.counters.syncs;
    const read = await ops.read();
    expect(book.counters.syncs - before).toBe(1);
    expect(read.findings.map((f) => [f.sheet, f.address, f.kind])).toEqual([
      ['Rekap', cellAt(a.row, a.column), 'overwritten'],
    ]);
    render(<App ops={ops} />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Tinjau' }));
    await userEvent.click(await screen.findByRole('button', { name: /Pulihkan 1 rumus/ }));
    await screen.findByText('Rumus dipulihkan.');
    expect(book.formula(rekap, row, col)).toBe(planned);
    expect(rekap.protection.protected).toBe(true);
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
    await noticeAfterInject(/Templat LKE terpasang/);
    const kept = book.sheet('Jawaban (asli)');
    expect(kept && book.value(kept, 0, 0)).toBe('milik saya');
  });

  it('words the shell notice in the language picked, and remembers the language', async () => {
    const { run } = setup();
    render(<App ops={workbookOps(run)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pasang templat LKE' }));
    await noticeAfterInject(/Templat LKE terpasang/);
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByText('The LKE template is set up. Sheet Jawaban is ready to fill in.'),
    ).toBeInTheDocument();
    expect(localStorage.getItem('lke-zi.lang')).toBe('en');
  });
});

describe('App on a damaged template', () => {
  it('lists a deleted or broken name in the formula audit, and restoring adds it again', async () => {
    const { book, run } = setup();
    const ops = workbookOps(run);
    await ops.apply({});
    book.deleteName('ZI_TOTAL_UNIT');
    book.breakName('ZI_TOTAL_TPI');
    render(<App ops={ops} />);
    await screen.findByRole('tab', { name: 'Status', selected: true });
    await userEvent.click(screen.getByRole('tab', { name: 'Tinjau' }));
    await userEvent.click(await screen.findByRole('button', { name: /Pulihkan \d+ rumus/ }));
    await screen.findByText('Rumus dipulihkan.');
    expect(book.names.has('ZI_TOTAL_UNIT')).toBe(true);
    expect(book.names.get('ZI_TOTAL_TPI')?.broken).toBeFalsy();
    const r = await readWorkbook(run, plan, LKE_2021);
    expect(r.kind === 'read' ? r.findings : r.kind).toEqual([]);
  });
});
