/** @jest-environment jsdom */
import '../setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluate, headline, indexOf, LKE_2021, round2, THRESHOLDS_2021 } from '../../../src/lke';
import { formatNumber, formatSigned } from '../../../src/taskpane/i18n';
import { StatusView } from '../../../src/taskpane/views';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { GALLERY_PROFILE, galleryModel, readModel } from '../../../src/taskpane/gallery/fixtures';
import { renderIn, spyActions } from './render';

const entries = galleryEntries();
const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, GALLERY_PROFILE.profile);

describe('StatusView', () => {
  it('headlines the TPI verdict once TPI answers exist, in the engine words for WBK then WBBM', () => {
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions()} />);
    const wbk = headline(ev.verdicts.tpi.WBK);
    const wbbm = headline(ev.verdicts.tpi.WBBM);
    expect(screen.getByText(wbk.id)).toHaveAttribute('data-kind', wbk.kind);
    expect(screen.getByText(`Menuju WBBM: ${wbbm.id}`)).toHaveAttribute('data-kind', wbbm.kind);
    expect(screen.getByText('Menurut jawaban TPI')).toBeInTheDocument();
  });

  it('withholds the verdict over entry errors and links to Validasi', async () => {
    const bad = new Map(entries);
    for (const [id, v] of [
      [90, 12],
      [91, 13],
    ] as const) {
      const e = bad.get(id);
      if (e) bad.set(id, { ...e, tpi: v });
    }
    const onShowValidasi = jest.fn();
    renderIn(<StatusView model={readModel(bad)} actions={spyActions()} onShowValidasi={onShowValidasi} />);
    expect(screen.getByText('Belum dapat dinilai: 1 kesalahan isian')).toHaveAttribute(
      'data-kind',
      'blocked',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lihat daftar di Validasi' }));
    expect(onShowValidasi).toHaveBeenCalledTimes(1);
  });

  it('lists Tabel 5 as checked from the facts, for WBK and WBBM', () => {
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions()} />);
    // GALLERY_PROFILE: K/L, WTP, SAKIP instansi BB, SPIP 3, LHKPN 100% → 4 met for WBK and for WBBM.
    expect(
      screen.getByRole('heading', { name: 'Syarat pengusulan (Tabel 5): WBK 4 dari 10, WBBM 4 dari 10' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Syarat pengusulan/ });
    const row = within(table).getByRole('rowheader', { name: 'Opini BPK atas laporan keuangan instansi' })
      .parentElement as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['✓terpenuhi', '✓terpenuhi']);
    const rb = within(table).getByRole('rowheader', { name: 'Indeks Reformasi Birokrasi instansi' })
      .parentElement as HTMLElement;
    expect(
      within(rb)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['–belum diisi', '–belum diisi']);
  });

  it('shows every WBK criterion of the headline column with value, threshold and signed margin', () => {
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions()} />);
    const table = screen.getByRole('table', { name: /Kriteria Menuju WBK/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(ev.verdicts.tpi.WBK.criteria.length);
    ev.verdicts.tpi.WBK.criteria.forEach((c, i) => {
      const cells = within(rows[i] as HTMLElement).getAllByRole('cell');
      expect(within(rows[i] as HTMLElement).getByRole('rowheader')).toHaveTextContent(c.label.id);
      expect(cells[0]).toHaveTextContent(formatNumber(c.value, 'id'));
      expect(cells[1]).toHaveTextContent(formatNumber(c.threshold, 'id'));
      expect(cells[2]).toHaveTextContent(formatSigned(c.margin, 'id'));
      expect(cells[2]).toHaveTextContent(c.passed ? 'lulus' : 'gagal');
    });
  });

  it('shows the WBBM precondition (Menuju WBK already held) as yes/no, not as a number', () => {
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions()} />);
    const table = screen.getByRole('table', { name: /Kriteria Menuju WBBM/ });
    const row = within(table).getByRole('rowheader', { name: 'Sudah berpredikat Menuju WBK' })
      .parentElement as HTMLElement;
    const held = GALLERY_PROFILE.profile.heldPredicate !== 'none';
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(held ? 'Ya' : 'Tidak');
    expect(cells[1]).toHaveTextContent('Ya');
    expect(cells[2]).toHaveTextContent(held ? 'lulus' : 'gagal');
  });

  it('warns about a named cell that disagrees with the engine, naming both values', () => {
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions()} />);
    const tampered = round2(ev.scores.tpi.pengungkit + 2.5);
    expect(screen.getByText('Peringatan integritas rumus')).toBeInTheDocument();
    expect(
      screen.getByText(
        `Pengungkit (TPI): lembar ${formatNumber(tampered, 'id')}, panel ${formatNumber(ev.scores.tpi.pengungkit, 'id')}`,
      ),
    ).toBeInTheDocument();
  });

  it('switches the criteria and the area bars to the unit column, and speaks English with decimal dots', async () => {
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions()} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Unit', pressed: false }));
    const area1 = ev.scores.unit.areas[0];
    if (!area1) throw new Error('no area');
    const bar = screen.getByRole('img', { name: new RegExp(`^1\\. Change management|^1\\. `) });
    expect(bar).toHaveAccessibleName(
      expect.stringContaining(
        `${formatNumber(area1.value, 'en')} of ${formatNumber(area1.weight, 'en')}`,
      ) as string,
    );
    const total = ev.verdicts.unit.WBK.criteria.find((c) => c.id === 'total');
    const table = screen.getByRole('table', { name: /Menuju WBK criteria/ });
    expect(within(table).getByRole('rowheader', { name: 'Total score' }).parentElement).toHaveTextContent(
      formatNumber(total?.value ?? NaN, 'en'),
    );
  });

  it('says "belum dapat dinilai" with the count of answers not filled in when the headline column is incomplete', () => {
    const partial = new Map(entries);
    for (const id of [1, 2, 125]) {
      const e = partial.get(id);
      if (e) partial.set(id, { ...e, tpi: null });
    }
    const missing = evaluate(LKE_2021, THRESHOLDS_2021, partial, GALLERY_PROFILE.profile).scores.tpi.missing
      .length;
    renderIn(<StatusView model={readModel(partial)} actions={spyActions()} />);
    expect(missing).toBe(3);
    expect(screen.getByText('Belum dapat dinilai: 3 belum diisi')).toHaveAttribute('data-kind', 'blocked');
    const progress = screen.getByRole('table', { name: 'Kelengkapan isian' });
    const all = within(progress).getByRole('rowheader', { name: 'Seluruhnya' }).parentElement as HTMLElement;
    const total = indexOf(LKE_2021).questions.length;
    expect(within(all).getAllByRole('cell')[1]).toHaveTextContent(`${total - missing}/${total}`);
  });

  it('asks for the template when none is read', () => {
    renderIn(<StatusView model={galleryModel('fresh')} actions={spyActions()} />);
    expect(screen.getByText(/Pasang dulu di tab Mulai/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('refreshes through the action, never through Excel', async () => {
    const refresh = jest.fn(() => Promise.resolve());
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions({ refresh })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Muat ulang nilai' }));
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
