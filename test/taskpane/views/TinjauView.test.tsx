/** @jest-environment jsdom */
import '../setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { differences, indexOf, LKE_2021, pathTo, THRESHOLDS_2021 } from '../../../src/lke';
import type { FormulaFinding } from '../../../src/workbook';
import { formatSigned } from '../../../src/taskpane/i18n';
import { TinjauView } from '../../../src/taskpane/views';
import { STEPS_SHOWN } from '../../../src/taskpane/views/TinjauView/PathList';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import {
  GALLERY_PROFILE,
  galleryFindings,
  galleryModel,
  readModel,
} from '../../../src/taskpane/gallery/fixtures';
import { renderIn, spyActions } from './render';

const entries = galleryEntries();

describe('TinjauView', () => {
  it('lists the answers where TPI differs, with both values and the effect on the TPI total', () => {
    renderIn(<TinjauView model={galleryModel('read')} actions={spyActions()} />);
    const diffs = differences(LKE_2021, entries);
    const section = screen
      .getByRole('heading', { name: /Beda jawaban TPI dan unit/ })
      .closest('section') as HTMLElement;
    const rows = within(section).getAllByRole('listitem');
    expect(rows).toHaveLength(diffs.length);
    const first = diffs[0];
    if (!first) throw new Error('the fixture has differences');
    expect(rows[0]).toHaveTextContent(first.code);
    expect(rows[0]).toHaveTextContent(`Pengaruh pada nilai TPI: ${formatSigned(first.effect, 'id')}`);
    expect(rows[0]).toHaveTextContent(
      `Unit ${String(first.unit).replace('.', ',')} → TPI ${String(first.tpi).replace('.', ',')}`,
    );
  });

  it('goes to the TPI answer cell of a difference on click', async () => {
    const selectCell = jest.fn(() => Promise.resolve());
    renderIn(<TinjauView model={galleryModel('read')} actions={spyActions({ selectCell })} />);
    const first = differences(LKE_2021, entries)[0];
    const row = first ? indexOf(LKE_2021).question.get(first.soalId)?.row : undefined;
    await userEvent.click(
      screen.getByRole('button', { name: new RegExp(`^${first?.code.replace(/\./g, '\\.') ?? '?'} `) }),
    );
    expect(selectCell).toHaveBeenCalledWith('Jawaban', `N${row ?? 0}`);
  });

  it('lists each tampered formula cell with its expected formula, and restores them in one click', async () => {
    const restoreFormulas = jest.fn(() => Promise.resolve());
    const model = galleryModel('read');
    renderIn(<TinjauView model={model} actions={spyActions({ restoreFormulas })} />);
    const findings = model.data?.findings ?? [];
    expect(findings.length).toBe(2);
    for (const f of findings) {
      expect(screen.getByText(`${f.sheet}!${f.address}`)).toBeInTheDocument();
      expect(screen.getByText(f.expected)).toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('button', { name: 'Pulihkan 2 rumus' }));
    expect(restoreFormulas).toHaveBeenCalledWith(findings);
    expect(await screen.findByText('Rumus dipulihkan.')).toBeInTheDocument();
  });

  it('never hands an input cell to the restore', async () => {
    const restoreFormulas = jest.fn((_: readonly FormulaFinding[]) => Promise.resolve());
    const input: FormulaFinding = {
      sheet: 'Jawaban',
      address: 'K6',
      kind: 'overwritten',
      expected: '=1',
      found: 'Ya',
    };
    const planned = galleryFindings(50);
    const model = readModel(entries, GALLERY_PROFILE, {}, [...planned, input]);
    renderIn(<TinjauView model={model} actions={spyActions({ restoreFormulas })} />);
    await userEvent.click(screen.getByRole('button', { name: `Pulihkan ${planned.length} rumus` }));
    expect(restoreFormulas.mock.calls[0]?.[0]).toEqual(planned);
  });

  it('says so when every formula is intact', () => {
    renderIn(<TinjauView model={readModel(entries)} actions={spyActions()} />);
    expect(screen.getByText('Semua sel rumus sesuai templat.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pulihkan/ })).not.toBeInTheDocument();
  });

  it('shows the steps to WBBM for the headline column, as pathTo finds them, once worked out', async () => {
    renderIn(<TinjauView model={galleryModel('read')} actions={spyActions()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Menghitung langkah');
    const path = pathTo(LKE_2021, THRESHOLDS_2021, entries, 'tpi', GALLERY_PROFILE.profile, 'WBBM');
    const heading = await screen.findByRole(
      'heading',
      { name: 'Agar mencapai Menuju WBBM (TPI)' },
      { timeout: 5000 },
    );
    const section = heading.closest('section') as HTMLElement;
    const steps = within(section).queryAllByRole('listitem');
    expect(steps).toHaveLength(Math.min(STEPS_SHOWN, path.steps.length));
    path.steps.slice(0, STEPS_SHOWN).forEach((s, i) => expect(steps[i]).toHaveTextContent(`${s.code}:`));
    // The fixture's unit holds no predicate yet: WBBM also needs Menuju WBK held.
    expect(within(section).getByText(/sudah berpredikat Menuju WBK/)).toBeInTheDocument();
  });
});
