/** @jest-environment jsdom */
import '../setup-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LKE_2021 } from '../../../src/lke';
import { templateIdentity, type ProfileReading } from '../../../src/workbook';
import { buildPaneModel } from '../../../src/taskpane/model';
import { MulaiView } from '../../../src/taskpane/views';
import { GALLERY_PROFILE, galleryModel } from '../../../src/taskpane/gallery/fixtures';
import { renderIn, spyActions } from './render';

describe('MulaiView', () => {
  it('on a fresh workbook with a circulated sheet: says so, sets up and migrates through the actions', async () => {
    const inject = jest.fn(() => Promise.resolve());
    const migrateCirculated = jest.fn(() => Promise.resolve());
    renderIn(<MulaiView model={galleryModel('fresh')} actions={spyActions({ inject, migrateCirculated })} />);
    expect(screen.getByText(/belum berisi LKE/)).toBeInTheDocument();
    expect(screen.getByText(/Lembar "LKE ZI" adalah LKE ZI yang beredar/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Profil unit' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pasang templat LKE' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pindahkan jawaban ke templat' }));
    expect(inject).toHaveBeenCalledTimes(1);
    expect(migrateCirculated).toHaveBeenCalledTimes(1);
  });

  it('shows the progress of an install as a bar with its step, buttons disabled', () => {
    renderIn(<MulaiView model={galleryModel('installing')} actions={spyActions()} />, 'en');
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', String(5 / 12));
    expect(screen.getByText('Writing the template (5 of 12)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up the LKE template' })).toBeDisabled();
  });

  it('offers the upgrade of an older template, with both versions', async () => {
    const upgrade = jest.fn(() => Promise.resolve());
    renderIn(<MulaiView model={galleryModel('outdated')} actions={spyActions({ upgrade })} />);
    expect(screen.getByText(/Templat versi 2025\.1 terpasang; versi 2026\.\d+ tersedia/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Perbarui templat' }));
    expect(upgrade).toHaveBeenCalledTimes(1);
  });

  it('offers to repair a template of ours that lost a sheet or name', async () => {
    const inject = jest.fn(() => Promise.resolve());
    const identity = templateIdentity(LKE_2021);
    const model = buildPaneModel({ reading: { kind: 'other', identity, match: 'same' } });
    renderIn(<MulaiView model={model} actions={spyActions({ inject })} />);
    expect(
      screen.getByText(`versi ${identity.templateVersion} di buku kerja ini tidak lengkap`, { exact: false }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pasang ulang templat' }));
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('asks before renaming foreign sheets, and passes the answer on', async () => {
    const confirmForeign = jest.fn(() => Promise.resolve());
    const cancelForeign = jest.fn();
    const model = buildPaneModel({
      reading: { kind: 'other', identity: null, match: 'not-a-template' },
      foreign: ['Jawaban'],
    });
    renderIn(<MulaiView model={model} actions={spyActions({ confirmForeign, cancelForeign })} />);
    expect(screen.getByText(/bukan buatan LKE ZI: Jawaban/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ganti nama dan pasang' }));
    await userEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(confirmForeign).toHaveBeenCalledTimes(1);
    expect(cancelForeign).toHaveBeenCalledTimes(1);
  });

  it('shows a failed action in the pane, nothing swallowed', async () => {
    const inject = jest.fn(() => Promise.reject(new Error('InvalidOperation')));
    renderIn(<MulaiView model={galleryModel('fresh')} actions={spyActions({ inject })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pasang templat LKE' }));
    expect(await screen.findByText(/Gagal: InvalidOperation/)).toBeInTheDocument();
  });

  it('edits the unit profile and the Tabel 5 facts, and saves them to Profil', async () => {
    const saveProfile = jest.fn((_: ProfileReading) => Promise.resolve());
    renderIn(<MulaiView model={galleryModel('read')} actions={spyActions({ saveProfile })} />);
    const name = screen.getByRole('textbox', { name: 'Nama unit kerja' });
    expect(name).toHaveValue(GALLERY_PROFILE.unitName);
    await userEvent.clear(name);
    await userEvent.type(name, '  KPPN Bandung ');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Predikat yang sudah dimiliki' }),
      'Menuju WBK',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Indeks Reformasi Birokrasi instansi' }),
      'BB',
    );
    const tl = screen.getByRole('textbox', { name: /Tindak lanjut temuan APIP\/BPK/ });
    await userEvent.clear(tl);
    await userEvent.type(tl, '100');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan ke lembar Profil' }));
    const saved = saveProfile.mock.calls[0]?.[0];
    expect(saved?.unitName).toBe('KPPN Bandung');
    expect(saved?.year).toBe(2026);
    expect(saved?.profile.heldPredicate).toBe('WBK');
    expect(saved?.profile.facts).toEqual({
      ...GALLERY_PROFILE.profile.facts,
      indeksRb: 'BB',
      tindakLanjut: 1,
    });
    expect(await screen.findByText('Profil tersimpan di lembar Profil.')).toBeInTheDocument();
  });

  it('refuses a year that is not a year, and says how to write it', async () => {
    const saveProfile = jest.fn(() => Promise.resolve());
    renderIn(<MulaiView model={galleryModel('read')} actions={spyActions({ saveProfile })} />);
    const year = screen.getByRole('textbox', { name: 'Tahun penilaian' });
    await userEvent.clear(year);
    await userEvent.type(year, '26');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan ke lembar Profil' }));
    expect(saveProfile).not.toHaveBeenCalled();
    expect(screen.getByText('Isi tahun empat angka, mis. 2026.')).toBeInTheDocument();
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(LKE_2021.year).toBe(2026);
  });

  it('keeps what the user is typing when a refresh brings the same profile again', async () => {
    const model = galleryModel('read');
    const { rerender } = renderIn(<MulaiView model={model} actions={spyActions()} />);
    const name = screen.getByRole('textbox', { name: 'Nama unit kerja' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Unit baru');
    rerender(
      <MulaiView
        model={{ ...galleryModel('read'), profile: { ...GALLERY_PROFILE } }}
        actions={spyActions()}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Nama unit kerja' })).toHaveValue('Unit baru');
    rerender(
      <MulaiView
        model={{ ...model, profile: { ...GALLERY_PROFILE, unitName: 'Dari lembar' } }}
        actions={spyActions()}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Nama unit kerja' })).toHaveValue('Dari lembar');
  });
});
