/** @jest-environment jsdom */
import '../setup-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexOf, LKE_2021, type Entry } from '../../../src/lke';
import { PaneViews } from '../../../src/taskpane/views';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { readModel } from '../../../src/taskpane/gallery/fixtures';
import { spyActions } from './render';

const questions = indexOf(LKE_2021).questions;

describe('Langkah berikutnya: the first-run path', () => {
  it('on a fresh template says which column holds what and selects the first empty answer cell', async () => {
    const selectCell = jest.fn(() => Promise.resolve());
    render(<PaneViews model={readModel(new Map())} actions={spyActions({ selectCell })} />);
    const card = screen.getByRole('region', { name: 'Langkah berikutnya' });
    expect(card).toHaveTextContent('kolom K');
    expect(card).toHaveTextContent('kolom L');
    expect(card).toHaveTextContent('kolom M');
    expect(card).toHaveTextContent('kolom N');
    expect(card).toHaveTextContent('kolom Q');
    const first = questions[0];
    await userEvent.click(
      within(card).getByRole('button', {
        name: `Ke jawaban pertama yang belum diisi (Jawaban!K${first?.row ?? 0})`,
      }),
    );
    expect(selectCell).toHaveBeenCalledWith('Jawaban', `K${first?.row ?? 0}`);
    // The progress per area stays visible below it (Status).
    expect(screen.getByRole('table', { name: 'Kelengkapan isian' })).toBeInTheDocument();
  });

  it('once the unit has begun, Mulai keeps one line to the next empty answer; Status no card', async () => {
    const entries = new Map<number, Entry>(galleryEntries());
    const gap = questions[10];
    if (!gap) throw new Error('question');
    entries.set(gap.soalId, { ...(entries.get(gap.soalId) ?? { tpi: null }), unit: null, tpi: null });
    const selectCell = jest.fn(() => Promise.resolve());
    const model = readModel(entries);
    const { unmount } = render(<PaneViews model={model} actions={spyActions({ selectCell })} />);
    expect(screen.queryByRole('region', { name: 'Langkah berikutnya' })).toBeNull();
    unmount();
    render(<PaneViews model={model} actions={spyActions({ selectCell })} initialView="mulai" />);
    await userEvent.click(screen.getByRole('button', { name: `Ke soal berikutnya (Jawaban!N${gap.row})` }));
    expect(selectCell).toHaveBeenCalledWith('Jawaban', `N${gap.row}`);
    expect(screen.getByText('1 soal belum dijawab (TPI).')).toBeInTheDocument();
  });
});
