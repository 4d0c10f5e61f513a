/** @jest-environment jsdom */
import '../setup-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexOf, LKE_2021 } from '../../../src/lke';
import { httpLinks, selectedQuestion, type CursorCell } from '../../../src/taskpane/model';
import { PaneViews } from '../../../src/taskpane/views';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { galleryModel, readModel } from '../../../src/taskpane/gallery/fixtures';
import { spyActions } from './render';

const ix = indexOf(LKE_2021);
const q = (id: number) => {
  const x = ix.question.get(id);
  if (!x) throw new Error(`soal ${id}`);
  return x;
};
const at = (id: number, column = 'K', sheet = 'Jawaban'): CursorCell => ({
  sheet,
  row: q(id).row,
  address: `${column}${q(id).row}`,
});
const panel = (): HTMLElement => screen.getByRole('region', { name: 'Soal ini' });

describe('Soal ini: the question under the cursor', () => {
  it('shows nothing until the cursor is on a question row of sheet Jawaban', () => {
    const model = galleryModel('read');
    const { rerender } = render(<PaneViews model={model} actions={spyActions()} selection={null} />);
    expect(screen.queryByRole('region', { name: 'Soal ini' })).toBeNull();
    rerender(<PaneViews model={model} actions={spyActions()} selection={at(6, 'B', 'Rekap')} />);
    expect(screen.queryByRole('region', { name: 'Soal ini' })).toBeNull();
    rerender(
      <PaneViews
        model={model}
        actions={spyActions()}
        selection={{ sheet: 'Jawaban', row: 2, address: 'K2' }}
      />,
    );
    expect(screen.queryByRole('region', { name: 'Soal ini' })).toBeNull();
  });

  it('shows the code, the text, what each option means and both answers as read, on any column of the row', () => {
    const model = galleryModel('read');
    const entry = model.data?.entries.get(6);
    render(<PaneViews model={model} actions={spyActions()} selection={at(6, 'L')} />);
    const p = panel();
    expect(p).toHaveTextContent(`${q(6).code} · baris ${q(6).row}`);
    expect(within(p).getByText(q(6).text)).toBeInTheDocument();
    const options = within(p).getAllByRole('listitem').slice(0, q(6).options.length);
    q(6).options.forEach((o, i) => {
      expect(options[i]).toHaveTextContent(o.key);
      expect(options[i]).toHaveTextContent(o.label);
    });
    expect(p).toHaveTextContent(`Jawaban Unit: ${String(entry?.unit)} (dihitung)`);
    expect(p).toHaveTextContent(`Jawaban TPI: ${String(entry?.tpi)}`);
  });

  it('shows an invalid answer and its problem, as Validasi words it', () => {
    render(<PaneViews model={galleryModel('read')} actions={spyActions()} selection={at(3)} />);
    const p = panel();
    expect(p).toHaveTextContent('Jawaban Unit: A. (tidak dihitung)');
    expect(within(p).getByText(/"A\." bukan salah satu pilihan/)).toBeInTheDocument();
    expect(p.querySelector('[data-severity="error"]')).not.toBeNull();
  });

  it('links the evidence only when it is a valid http(s) URL, opened outside the pane, never as HTML', () => {
    const entries = galleryEntries();
    const e1 = entries.get(1);
    entries.set(1, {
      ...(e1 ?? { unit: 'Ya', tpi: null }),
      unitEvidence: 'https://drive.example.go.id/zi/1 javascript:alert(1)',
    });
    entries.set(2, {
      ...(entries.get(2) ?? { unit: 'Ya', tpi: null }),
      unitEvidence: '<img src=x onerror=alert(1)>',
    });
    const model = readModel(entries);
    const { rerender } = render(<PaneViews model={model} actions={spyActions()} selection={at(1)} />);
    const links = within(panel()).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://drive.example.go.id/zi/1']);
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]?.getAttribute('rel')).toContain('noopener');
    rerender(<PaneViews model={model} actions={spyActions()} selection={at(2)} />);
    expect(within(panel()).queryAllByRole('link')).toEqual([]);
    expect(panel()).toHaveTextContent('<img src=x onerror=alert(1)>'); // shown as text
    expect(panel().querySelector('img')).toBeNull();
  });

  it('for a count: what it feeds, its part, the rule in words and the share now', () => {
    // Soal 91 (integrated changes) over soal 90 (changes made): A.II.1.i.b.
    render(<PaneViews model={galleryModel('read')} actions={spyActions()} selection={at(91)} />);
    const p = panel();
    expect(p).toHaveTextContent('Dipakai untuk A.II.1.i.b: Persentase perubahan yang telah terintegrasi');
    expect(p).toHaveTextContent('Peran soal ini: pembilang');
    expect(p).toHaveTextContent(`Persentase = ${q(91).text} dibagi ${q(90).text}, paling tinggi 100 %.`);
    expect(p).toHaveTextContent('Bila pembaginya 0, persentasenya 0 %.');
    expect(p).toHaveTextContent(/Kini: unit \d+ %, TPI \d+ %/);
  });

  it('folds away and back, and speaks English', async () => {
    render(<PaneViews model={galleryModel('read')} actions={spyActions()} selection={at(6)} lang="en" />);
    const p = screen.getByRole('region', { name: 'This question' });
    expect(within(p).getByText('What each option means')).toBeInTheDocument();
    await userEvent.click(within(p).getByRole('button', { name: 'Hide' }));
    expect(within(p).queryByText(q(6).text)).toBeNull();
    await userEvent.click(within(p).getByRole('button', { name: 'Show' }));
    expect(within(p).getByText(q(6).text)).toBeInTheDocument();
  });
});

describe('selectedQuestion and httpLinks', () => {
  it('reads only what the model holds (no workbook call)', () => {
    const data = galleryModel('read').data;
    expect(selectedQuestion(data, at(125))?.question.code).toBe('B.I.a');
    expect(selectedQuestion(null, at(125))).toBeNull();
  });

  it.each([
    ['https://a.go.id/x', ['https://a.go.id/x']],
    ['http://a.go.id  https://b.go.id/y', ['http://a.go.id/', 'https://b.go.id/y']],
    ['javascript:alert(1)', []],
    ['file:///C:/bukti.pdf', []],
    ['lemari arsip', []],
  ])('httpLinks(%p) → %p', (text, links) => expect(httpLinks(text)).toEqual(links));
});
