// The proposal letter + SPTJM as a reader gets them: `lke-zi rekap … --surat` writes one .docx, LibreOffice
// turns it into a PDF, and its text lists exactly the units whose TPI verdict passes, with category and TPI
// total (id-ID), addressed to the Menteri PANRB c.q. the Deputi, with the statement of responsibility after it.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { evaluate, LKE_2021, THRESHOLDS_2021, type Entry } from '../../src/lke';
import { rekapCommand } from '../../src/cli/commands/rekap';
import { idNumber } from '../../src/report';
import { best, entriesOf, worst } from '../lke/fixtures';
import { findSoffice } from '../cli/libreoffice';
import { fsIo, tempDir, writeAnswers } from '../rekap/folder';
import { flat, toPdf } from './pdf';

const SOFFICE = findSoffice();
const suite = SOFFICE !== null || process.env.CI === 'true' ? describe : describe.skip;

suite('lke-zi rekap --surat → LibreOffice → text', () => {
  const dir = tempDir();
  const strong = entriesOf(best);
  const weak: Map<number, Entry> = entriesOf(worst);
  let text = '';
  let pages = 0;

  beforeAll(async () => {
    writeAnswers(join(dir, 'masuk'), 'a.json', strong, 'u-1', 'Kantor Imigrasi Kelas I Bandung');
    writeAnswers(join(dir, 'masuk'), 'b.json', weak, 'u-2', 'Dinas Perhubungan Kota Cimahi');
    const io = fsIo();
    const code = await rekapCommand(
      [join(dir, 'masuk'), '--out', join(dir, 'REKAP.xlsx'), '--surat', join(dir, 'USULAN.docx')],
      io,
    );
    expect(code).toBe(0);
    expect(io.stderr()).toContain('USULAN.docx');
    const pdf = toPdf(
      SOFFICE ?? 'soffice',
      new Map([['USULAN.docx', readFileSync(join(dir, 'USULAN.docx'))]]),
    );
    text = flat(pdf.get('USULAN.docx')?.text ?? '');
    pages = pdf.get('USULAN.docx')?.pages ?? 0;
  }, 180_000);

  it('is addressed to the Menteri PANRB c.q. the Deputi, marked DRAF, with placeholders', () => {
    expect(text).toContain('DRAF');
    expect(text).toContain('Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi');
    expect(text).toContain('c.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan');
    expect(text).toContain('[nomor surat]');
    expect(text).toContain('[nama lengkap]');
  });

  it('lists the unit whose TPI verdict passes with its category and TPI total, not the one that fails', () => {
    const ev = evaluate(LKE_2021, THRESHOLDS_2021, strong, { heldPredicate: 'none' });
    expect(ev.verdicts.tpi.WBK.eligible).toBe(true);
    expect(text).toContain(`Kantor Imigrasi Kelas I Bandung WBK ${idNumber(ev.scores.tpi.total)}`);
    expect(text).not.toContain('Dinas Perhubungan Kota Cimahi');
    expect(text).toContain('mengusulkan 1 unit kerja');
  });

  it('carries the SPTJM as its second part, listing the same units', () => {
    const at = text.indexOf('SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK');
    expect(at).toBeGreaterThan(0);
    const sptjm = text.slice(at);
    expect(sptjm).toContain('Kantor Imigrasi Kelas I Bandung');
    expect(sptjm).toContain('sesuai dengan fakta');
    expect(pages).toBeGreaterThanOrEqual(2);
  });
});
