/** @jest-environment jsdom */
import '../setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluate, indexOf, LKE_2021, round2, THRESHOLDS_2021 } from '../../../src/lke';
import { formatNumber, formatSigned } from '../../../src/taskpane/i18n';
import { StatusView } from '../../../src/taskpane/views';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { GALLERY_PROFILE, galleryModel, readModel } from '../../../src/taskpane/gallery/fixtures';
import { renderIn, spyActions } from './render';

const entries = galleryEntries();
const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, GALLERY_PROFILE.profile);

describe('StatusView', () => {
  it('headlines the TPI verdict once TPI answers exist, in plain words', () => {
    renderIn(<StatusView model={galleryModel('read')} actions={spyActions()} />);
    const v = ev.verdicts.tpi;
    const expected =
      v.WBK.eligible === null
        ? `Belum lengkap: ${v.WBK.missing.length} isian`
        : v.WBBM.eligible
          ? 'Memenuhi syarat Menuju WBBM'
          : v.WBK.eligible
            ? 'Memenuhi syarat Menuju WBK'
            : 'Belum memenuhi syarat Menuju WBK';
    expect(screen.getByRole('heading', { level: 2, name: expected })).toBeInTheDocument();
    expect(screen.getByText('Menurut jawaban TPI')).toBeInTheDocument();
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

  it('shows "belum lengkap" with the count of missing entries when the headline column is incomplete', () => {
    const partial = new Map(entries);
    for (const id of [1, 2, 125]) {
      const e = partial.get(id);
      if (e) partial.set(id, { ...e, tpi: null });
    }
    const missing = evaluate(LKE_2021, THRESHOLDS_2021, partial, GALLERY_PROFILE.profile).scores.tpi.missing
      .length;
    renderIn(<StatusView model={readModel(partial)} actions={spyActions()} />);
    expect(
      screen.getByRole('heading', { level: 2, name: `Belum lengkap: ${missing} isian` }),
    ).toBeInTheDocument();
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
