/** @jest-environment jsdom */
import '../setup-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexOf, InputError, LKE_2021 } from '../../../src/lke';
import { previewImport, type ImportPreview } from '../../../src/taskpane/model';
import { EksporView } from '../../../src/taskpane/views';
import { galleryModel } from '../../../src/taskpane/gallery/fixtures';
import { renderIn, spyActions } from './render';

const model = galleryModel('read');
const q1 = indexOf(LKE_2021).question.get(1);

function jsonFile(text: string): File {
  return new File([text], 'jawaban.json', { type: 'application/json' });
}

describe('EksporView', () => {
  it('downloads the answers file the actions make, named after the unit and year', async () => {
    const exportAnswers = jest.fn(() => Promise.resolve('{"answers":[]}'));
    const download = jest.fn();
    renderIn(<EksporView model={model} actions={spyActions({ exportAnswers })} download={download} />);
    await userEvent.click(screen.getByRole('button', { name: 'Unduh berkas JSON' }));
    expect(download).toHaveBeenCalledWith('jawaban-unit-kppn-017-2026.json', '{"answers":[]}');
    expect(await screen.findByText('Berkas jawaban-unit-kppn-017-2026.json diunduh.')).toBeInTheDocument();
  });

  it('previews an imported file cell by cell and writes it only on apply', async () => {
    const current = model.data?.entries ?? new Map();
    const text = JSON.stringify({
      unit_id: 'X',
      nama_unit: 'Unit X',
      tahun: 2026,
      answers: [{ soal_id: 1, jawaban_unit: 'Tidak', jawaban_tpi: 'Ya' }],
    });
    const preview = previewImport(LKE_2021, current, text);
    const previewSpy = jest.fn((_: string) => Promise.resolve(preview));
    const applyImport = jest.fn((_: ImportPreview) => Promise.resolve());
    renderIn(<EksporView model={model} actions={spyActions({ previewImport: previewSpy, applyImport })} />);
    await userEvent.upload(screen.getByLabelText('Berkas jawaban PortalRB'), jsonFile(text));
    expect(previewSpy).toHaveBeenCalledWith(text);
    expect(
      await screen.findByRole('heading', { name: `${preview.changes.length} isian akan berubah` }),
    ).toBeInTheDocument();
    expect(screen.getByText('jawaban unit: Ya → Tidak', { exact: false }).closest('li')).toHaveTextContent(
      `Jawaban!K${q1?.row ?? 0} jawaban unit: Ya → Tidak`,
    );
    expect(applyImport).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Terapkan ke buku kerja' }));
    expect(applyImport).toHaveBeenCalledWith(preview);
    expect(await screen.findByText(/sudah ditulis ke lembar Jawaban/)).toBeInTheDocument();
  });

  it('shows an unreadable file in the current language', async () => {
    const previewSpy = jest.fn(() => Promise.reject(new InputError('Berkas rusak', 'Broken file')));
    renderIn(<EksporView model={model} actions={spyActions({ previewImport: previewSpy })} />, 'en');
    await userEvent.upload(screen.getByLabelText('PortalRB answers file'), jsonFile('{'));
    expect(await screen.findByText('Broken file')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply to the workbook' })).not.toBeInTheDocument();
  });
});
