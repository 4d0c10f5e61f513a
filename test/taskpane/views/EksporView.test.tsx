/** @jest-environment jsdom */
import '../setup-dom';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../../src/taskpane/i18n';
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

  it('follows the language switch: the download message is worded when shown', async () => {
    const download = jest.fn();
    const ui = (lang: 'id' | 'en'): JSX.Element => (
      <I18nProvider lang={lang}>
        <EksporView model={model} actions={spyActions()} download={download} />
      </I18nProvider>
    );
    const { rerender } = render(ui('id'));
    await userEvent.click(screen.getByRole('button', { name: 'Unduh berkas JSON' }));
    expect(await screen.findByText('Berkas jawaban-unit-kppn-017-2026.json diunduh.')).toBeInTheDocument();
    rerender(ui('en'));
    expect(screen.getByText('File jawaban-unit-kppn-017-2026.json downloaded.')).toBeInTheDocument();
  });

  it('copies the JSON to the clipboard, and shows it in a read-only box as well', async () => {
    const text = '{"answers":[{"soal_id":1}]}';
    const writeText = jest.fn((_: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const exportAnswers = jest.fn(() => Promise.resolve(text));
    renderIn(<EksporView model={model} actions={spyActions({ exportAnswers })} download={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Salin JSON ke papan klip' }));
    expect(
      await screen.findByText(
        /Teks JSON disalin\. Tempel ke berkas baru bernama jawaban-unit-kppn-017-2026\.json/,
      ),
    ).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(text);
    const box = screen.getByRole('textbox', { name: 'Teks JSON (hanya baca)' });
    expect(box).toHaveValue(text);
    expect(box).toHaveAttribute('readonly');
  });

  it('without a clipboard, says so and leaves the text in the box to save by hand', async () => {
    const text = '{"answers":[]}';
    const writeText = jest.fn(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const exportAnswers = jest.fn(() => Promise.resolve(text));
    renderIn(<EksporView model={model} actions={spyActions({ exportAnswers })} download={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Salin JSON ke papan klip' }));
    expect(await screen.findByText(/Papan klip tidak tersedia di sini/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Teks JSON (hanya baca)' })).toHaveValue(text);
  });

  it('shows the text without copying when asked', async () => {
    const exportAnswers = jest.fn(() => Promise.resolve('{"tahun":2026}'));
    renderIn(<EksporView model={model} actions={spyActions({ exportAnswers })} download={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan teks JSON' }));
    expect(await screen.findByRole('textbox', { name: 'Teks JSON (hanya baca)' })).toHaveValue(
      '{"tahun":2026}',
    );
  });

  it('marks the imported values Validasi would call errors, first: "E" on an A/B/C/D question', async () => {
    const current = model.data?.entries ?? new Map();
    const abcd = indexOf(LKE_2021).questions.find((q) => q.answerType === 'ABCD');
    if (!abcd) throw new Error('an A/B/C/D question');
    const text = JSON.stringify({
      answers: [
        { soal_id: 1, jawaban_unit: 'Tidak' },
        { soal_id: abcd.soalId, jawaban_unit: 'E' },
      ],
    });
    const preview = previewImport(LKE_2021, current, text);
    const bad = preview.changes.find((c) => c.soalId === abcd.soalId && c.field === 'unit');
    expect(bad?.issue).toMatchObject({ severity: 'error', code: 'answer-not-an-option' });
    expect(preview.changes.find((c) => c.soalId === 1 && c.field === 'unit')?.issue).toBeNull();
    renderIn(
      <EksporView model={model} actions={spyActions({ previewImport: () => Promise.resolve(preview) })} />,
    );
    await userEvent.upload(screen.getByLabelText('Berkas jawaban PortalRB'), jsonFile(text));
    const problems = preview.changes.filter((c) => c.issue !== null).length;
    expect(
      await screen.findByText(
        `${problems} isian dari berkas akan menjadi kesalahan atau peringatan di Validasi.`,
      ),
    ).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`Jawaban!K${abcd.row}`);
    expect(items[0]).toHaveTextContent('Kesalahan');
    expect(items[0]).toHaveTextContent('"E" bukan salah satu pilihan (A/B/C/D)');
    expect(items[0]?.querySelector('[data-severity="error"]')).not.toBeNull();
  });
});
