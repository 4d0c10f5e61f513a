/** @jest-environment jsdom */
import '../setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluate, indexOf, LKE_2021, THRESHOLDS_2021 } from '../../../src/lke';
import { ValidasiView } from '../../../src/taskpane/views';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { GALLERY_PROFILE, galleryModel } from '../../../src/taskpane/gallery/fixtures';
import { renderIn, spyActions } from './render';

const ix = indexOf(LKE_2021);
const ev = evaluate(LKE_2021, THRESHOLDS_2021, galleryEntries(), GALLERY_PROFILE.profile);
/** The area of a soal from its LKE code alone: A.I.n… and A.II.n… are area n, B… is Hasil. */
const areaOfCode = (code: string): string => /^A\.I{1,2}\.(\d)\./.exec(code)?.[1] ?? 'hasil';
const items = (): HTMLElement[] => screen.getAllByRole('listitem');

describe('ValidasiView', () => {
  it('lists every problem of the engine, grouped under the area its soal code belongs to', () => {
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions()} />);
    expect(items()).toHaveLength(ev.issues.length);
    expect(screen.getByText(`${ev.issues.length} masalah.`, { exact: false })).toBeInTheDocument();
    const groups = screen.getAllByRole('heading', { level: 3 });
    expect(groups.length).toBeGreaterThan(1);
    for (const heading of groups) {
      const section = heading.closest('section') as HTMLElement;
      const area = /^(\d)\./.exec(heading.textContent ?? '')?.[1] ?? 'hasil';
      const codes = within(section)
        .getAllByRole('button')
        .map((b) => /Soal (\S+)/.exec(b.textContent ?? '')?.[1] ?? '');
      expect(heading).toHaveTextContent(`(${codes.length})`);
      for (const code of codes) expect(areaOfCode(code)).toBe(area);
    }
  });

  it('shows the cell of each problem and selects it on click (the unit answer column is K)', async () => {
    const selectCell = jest.fn(() => Promise.resolve());
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions({ selectCell })} />);
    const q3 = ix.question.get(3);
    if (!q3) throw new Error('soal 3');
    const item = screen.getByRole('button', { name: /"A\." bukan salah satu pilihan/ });
    expect(item).toHaveTextContent(`Jawaban!K${q3.row}`);
    expect(item).toHaveTextContent(q3.code);
    await userEvent.click(item);
    expect(selectCell).toHaveBeenCalledWith('Jawaban', `K${q3.row}`);
  });

  it('filters by column and severity', async () => {
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions()} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kolom' }), 'TPI');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tingkat' }), 'Info');
    const expected = ev.issues.filter((i) => i.column === 'tpi' && i.severity === 'info');
    expect(items()).toHaveLength(expected.length);
    for (const li of items()) expect(li).toHaveTextContent('· TPI');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tingkat' }), 'Galat');
    const errors = ev.issues.filter((i) => i.column === 'tpi' && i.severity === 'error').length;
    if (errors === 0) expect(screen.getByText(/Tidak ada masalah untuk pilihan ini/)).toBeInTheDocument();
    else expect(items()).toHaveLength(errors);
  });

  it('speaks English: the engine message in English, the severity and the filters', () => {
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions()} />, 'en');
    const issue = ev.issues.find((i) => i.soal_id === 3 && i.column === 'unit');
    expect(
      screen.getByRole('button', { name: new RegExp(escape(issue?.message_en ?? '?')) }),
    ).toHaveTextContent('Error');
    expect(screen.getByRole('combobox', { name: 'Severity' })).toBeInTheDocument();
  });

  it('shows a failed select as an error, not silence', async () => {
    const selectCell = jest.fn(() => Promise.reject(new Error('sheet protected')));
    renderIn(<ValidasiView model={galleryModel('read')} actions={spyActions({ selectCell })} />);
    await userEvent.click(items()[0]?.querySelector('button') as HTMLElement);
    expect(await screen.findByText(/Gagal: sheet protected/)).toBeInTheDocument();
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
