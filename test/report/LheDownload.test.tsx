/** @jest-environment jsdom */
import '../taskpane/setup-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluate, InputError, LKE_2021, parsePortalAnswers, THRESHOLDS_2021 } from '../../src/lke';
import { LheDownload, lheFileName } from '../../src/taskpane/views/EksporView/LheDownload';
import { galleryModel } from '../../src/taskpane/gallery/fixtures';
import type { LheInput } from '../../src/report';
import { renderIn } from '../taskpane/views/render';
import { fullAnswers } from '../cli/workbookFixtures';

// jsdom lacks the encoders every browser has (the DOCX library writes through them).
Object.assign(globalThis, { TextEncoder, TextDecoder });

const model = galleryModel('read');

function input(): LheInput {
  const { entries } = parsePortalAnswers(LKE_2021, fullAnswers());
  const profile = { heldPredicate: 'none' as const };
  return {
    catalogue: LKE_2021,
    thresholds: THRESHOLDS_2021,
    entries,
    profile,
    evaluation: evaluate(LKE_2021, THRESHOLDS_2021, entries, profile),
    unit: { name: 'KPPN Bandung I', id: 'unit-42', instansi: null, year: 2026 },
    audit: [],
    recommendations: new Map([[1, 'Tetapkan SK tim']]),
  };
}

describe('LheDownload', () => {
  it('reads the workbook, builds the .docx on click and offers it under the unit and year', async () => {
    const reportInput = jest.fn(() => Promise.resolve(input()));
    const save = jest.fn();
    renderIn(<LheDownload actions={{ reportInput }} profile={model.profile} save={save} />);
    expect(reportInput).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Unduh LHE (.docx)' }));
    const name = lheFileName(model.profile);
    expect(await screen.findByText(`Draf LHE ${name} diunduh.`)).toBeInTheDocument();
    expect(reportInput).toHaveBeenCalledTimes(1);
    const [file, bytes] = save.mock.calls[0] as [string, Uint8Array];
    expect(file).toBe(name);
    expect(file).toMatch(/^LHE-.*\.docx$/);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('shows the reason when the workbook cannot be read, in the chosen language', async () => {
    const reportInput = jest.fn(() => Promise.reject(new InputError('templat tidak ada', 'no template')));
    const save = jest.fn();
    renderIn(<LheDownload actions={{ reportInput }} profile={model.profile} save={save} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Download the LHE (.docx)' }));
    expect(await screen.findByText('no template')).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('names the file after the unit and the year', () => {
    expect(lheFileName({ unitName: 'KPPN Bandung I', unitId: null, year: 2026 })).toBe(
      'LHE-kppn-bandung-i-2026.docx',
    );
    expect(lheFileName({ unitName: null, unitId: null, year: null })).toBe('LHE.docx');
  });
});
