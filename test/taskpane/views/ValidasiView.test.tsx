/** @jest-environment jsdom */
import '../setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluate, indexOf, LKE_2021, THRESHOLDS_2021 } from '../../../src/lke';
import { ValidasiView } from '../../../src/taskpane/views';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { GALLERY_PROFILE, galleryModel, readModel } from '../../../src/taskpane/gallery/fixtures';
import { renderIn, spyActions } from './render';

const ix = indexOf(LKE_2021);
const ev = evaluate(LKE_2021, THRESHOLDS_2021, galleryEntries(), GALLERY_PROFILE.profile);
const of = (severity: string): number => ev.issues.filter((i) => i.severity === severity).length;
/** The area of a soal from its LKE code alone: A.I.n… and A.II.n… are area n, B… is Hasil. */
const areaOfCode = (code: string): string => /^A\.I{1,2}\.(\d)\./.exec(code)?.[1] ?? 'hasil';
const section = (name: RegExp): HTMLElement =>
  screen.getByRole('heading', { name }).closest('section') as HTMLElement;

describe('ValidasiView', () => {
  it('lists errors first, then warnings folded per area, then infos folded; the counts add up', async () => {
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions()} />);
    expect(screen.getByTestId('validasi-counts')).toHaveTextContent(
      `${of('error')} kesalahan · 0 belum dijawab · ${of('warning')} peringatan · ${of('info')} info`,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');
    expect(headings[0]).toBe(`Kesalahan (${of('error')})`);
    expect(headings.indexOf(`Peringatan (${of('warning')})`)).toBeGreaterThan(0);
    expect(headings.at(-1)).toMatch(/Info/);
    // Errors are listed at once, one item each, with a cross badge (shape, not colour alone).
    const errors = within(section(/^Kesalahan/)).getAllByRole('listitem');
    expect(errors).toHaveLength(of('error'));
    for (const li of errors)
      expect(li.querySelector('[data-severity="error"]')).toHaveTextContent('✕Kesalahan');
    // Warnings: one folded line per area, the counts summing to all warnings, every code in its area.
    const folds = within(section(/^Peringatan/)).getAllByRole('button', { expanded: false });
    const counts = folds.map((b) =>
      Number(/: (\d+) soal tanpa tautan bukti dukung/.exec(b.textContent ?? '')?.[1]),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(of('warning'));
    const first = folds[0];
    if (!first) throw new Error('the fixture has warnings');
    await userEvent.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'true');
    const area = /^(\d)\./.exec(first.textContent?.replace('▾', '') ?? '')?.[1] ?? 'hasil';
    const shown = within(first.closest('section') as HTMLElement).getAllByRole('listitem');
    expect(shown).toHaveLength(counts[0] ?? 0);
    for (const li of shown) {
      expect(li.querySelector('[data-severity="warning"]')).toHaveTextContent('▲Peringatan');
      expect(areaOfCode(/(A\.\S+|B\.\S+) ·/.exec(li.textContent ?? '')?.[1] ?? '')).toBe(area);
    }
    // Infos start folded.
    expect(screen.getByRole('button', { name: `Info (${of('info')})` })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('lists the questions still unanswered, each selecting its answer cell, and never an invalid one twice', async () => {
    const entries = galleryEntries();
    for (const id of [7, 8]) entries.set(id, { ...(entries.get(id) ?? { tpi: null }), unit: null });
    const selectCell = jest.fn(() => Promise.resolve());
    renderIn(<ValidasiView model={readModel(entries)} actions={spyActions({ selectCell })} />);
    const missing = section(/^Belum dijawab \(2\)/);
    const items = within(missing)
      .getAllByRole('listitem')
      .map((li) => within(li).getByRole('button'));
    expect(items.map((b) => /Jawaban!K\d+/.exec(b.textContent ?? '')?.[0])).toEqual([
      `Jawaban!K${ix.question.get(7)?.row ?? 0}`,
      `Jawaban!K${ix.question.get(8)?.row ?? 0}`,
    ]);
    expect(items[0]).toHaveTextContent(ix.question.get(7)?.text ?? '?');
    await userEvent.click(items[1] as HTMLElement);
    expect(selectCell).toHaveBeenCalledWith('Jawaban', `K${ix.question.get(8)?.row ?? 0}`);
    // Soal 3 ("A.") is an error, not "unanswered".
    expect(within(missing).queryByText(new RegExp(`K${ix.question.get(3)?.row ?? 0}\\b`))).toBeNull();
  });

  it('shows the cell of each problem and selects it on click (the unit answer column is K)', async () => {
    const selectCell = jest.fn(() => Promise.resolve());
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions({ selectCell })} />);
    const q3 = ix.question.get(3);
    if (!q3) throw new Error('soal 3');
    const item = screen.getByRole('button', { name: /"A\." bukan salah satu pilihan/ });
    expect(item).toHaveTextContent(`Jawaban!K${q3.row}`);
    expect(item).toHaveTextContent(`${q3.code} · Unit`);
    await userEvent.click(item);
    expect(selectCell).toHaveBeenCalledWith('Jawaban', `K${q3.row}`);
  });

  it('filters by column and severity', async () => {
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions()} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kolom' }), 'TPI');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tingkat' }), 'Info');
    const expected = ev.issues.filter((i) => i.column === 'tpi' && i.severity === 'info');
    await userEvent.click(screen.getByRole('button', { name: `Info (${expected.length})` }));
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(expected.length);
    for (const li of items) expect(li).toHaveTextContent('· TPI');
    expect(screen.queryByRole('heading', { name: /^Kesalahan/ })).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tingkat' }), 'Kesalahan');
    const errors = ev.issues.filter((i) => i.column === 'tpi' && i.severity === 'error').length;
    if (errors === 0) expect(screen.getByText('Tidak ada kesalahan isian.')).toBeInTheDocument();
    else expect(screen.getAllByRole('listitem')).toHaveLength(errors);
  });

  it('speaks English: the engine message in English, the severity and the filters', () => {
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions()} />, 'en');
    const issue = ev.issues.find((i) => i.soalId === 3 && i.column === 'unit');
    expect(
      screen.getByRole('button', { name: new RegExp(escape(issue?.message_en ?? '?')) }),
    ).toHaveTextContent('Error');
    expect(screen.getByRole('combobox', { name: 'Severity' })).toBeInTheDocument();
    expect(screen.getByTestId('validasi-counts')).toHaveTextContent(`errors ${of('error')} · not answered 0`);
  });

  it('shows a failed select as an error, not silence', async () => {
    const selectCell = jest.fn(() => Promise.reject(new Error('sheet protected')));
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions({ selectCell })} />);
    await userEvent.click(within(section(/^Kesalahan/)).getAllByRole('button')[0] as HTMLElement);
    expect(await screen.findByText(/Gagal: sheet protected/)).toBeInTheDocument();
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
