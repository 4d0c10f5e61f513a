// The LHE as a reader gets it: `lke-zi laporan` writes a .docx, LibreOffice turns it into a PDF, and the PDF's
// text holds the engine's figures for that workbook (formatted id-ID), the TPI's notes, the recommendations
// typed into sheet Rekap, the DRAF mark; a unit whose entries have errors gets "Belum dapat dinilai", no verdict.
import { findSoffice } from '../cli/libreoffice';
import { cli, fullAnswers, withBadEntries } from '../cli/workbookFixtures';
import { idMargin, idNumber, idPercent } from '../../src/report';
import { evaluationOf, RECOMMENDATIONS, workbookWithRecommendations } from './fixtures';
import { flat, toPdf, type RenderedPdf } from './pdf';

const SOFFICE = findSoffice();
const suite = SOFFICE !== null || process.env.CI === 'true' ? describe : describe.skip;

suite('lke-zi laporan → LibreOffice → text', () => {
  let good: RenderedPdf;
  let blocked: RenderedPdf;
  const answers = fullAnswers();

  beforeAll(async () => {
    const files = new Map<string, Buffer>();
    for (const [name, a] of [
      ['baik', answers],
      ['galat', withBadEntries(answers)],
    ] as const) {
      const r = await cli(
        { 'F.xlsx': await workbookWithRecommendations(a) },
        'laporan',
        'F.xlsx',
        '--out',
        'LHE.docx',
      );
      expect(r.io.stderr()).toBe('');
      expect(r.code).toBe(0);
      const docx = r.file('LHE.docx');
      if (!docx) throw new Error('no LHE.docx');
      files.set(`${name}.docx`, docx);
    }
    const pdfs = toPdf(SOFFICE ?? 'soffice', files);
    good = pdfs.get('baik.docx') as RenderedPdf;
    blocked = pdfs.get('galat.docx') as RenderedPdf;
  }, 180_000);

  it('is an A4 draft naming the unit and the year', () => {
    expect(good.size.width).toBeCloseTo(595, 0);
    expect(good.pages).toBeGreaterThanOrEqual(3);
    const text = flat(good.text);
    expect(text).toContain('DRAF');
    expect(text).toContain('LAPORAN HASIL EVALUASI');
    expect(text).toContain('KPPN Bandung I');
    expect(text).toContain('TAHUN 2026');
  });

  it('holds the engine figures: total, every area, every criterion margin (id-ID)', () => {
    const ev = evaluationOf(answers);
    const text = flat(good.text);
    expect(text).toContain(`TPI ${idNumber(ev.scores.tpi.total)}`);
    expect(text).toContain(`unit ${idNumber(ev.scores.unit.total)}`);
    expect(idNumber(ev.scores.tpi.total)).toMatch(/^\d+,\d\d$/);
    for (const a of ev.scores.tpi.areas)
      expect(text).toContain(`${idNumber(a.weight)} ${idNumber(a.value)} ${idPercent(a.value / a.weight)}`);
    for (const p of ['WBK', 'WBBM'] as const)
      for (const c of ev.verdicts.tpi[p].criteria) {
        expect(text).toContain(idMargin(c.margin));
        expect(text).toContain(`${idNumber(c.threshold)} ${idNumber(c.value)} ${idMargin(c.margin)}`);
      }
  });

  it('states the verdict of the TPI as the engine does', () => {
    const ev = evaluationOf(answers);
    const text = flat(good.text);
    const ipak = ev.verdicts.tpi.WBK.criteria.find((c) => c.id === 'ipak');
    expect(ipak?.passed).toBe(false);
    expect(text).toContain('Belum memenuhi: Survei persepsi anti');
    expect(text).toContain(
      `(IPAK) ${idNumber(ipak?.value ?? 0)} < ${idNumber(ipak?.threshold ?? 0)} (${idMargin(ipak?.margin ?? 0)})`,
    );
    expect(text).not.toContain('Belum dapat dinilai');
  });

  it('lists the TPI notes as findings and the recommendations typed into Rekap', () => {
    const text = flat(good.text);
    expect(text).toContain('Perlu bukti SK');
    expect(text).toContain('Area 1. Manajemen Perubahan');
    for (const r of RECOMMENDATIONS.values()) expect(text).toContain(r);
    expect(text).toContain('belum diisi TPI; isi di sel Rekap!K7');
    expect(text).toContain('Semua rumus lembar kerja sesuai templat');
  });

  it('says "Belum dapat dinilai" for a unit whose entries have errors, and no verdict', () => {
    const text = flat(blocked.text);
    expect(text).toMatch(/Belum dapat dinilai: \d+ belum diisi, \d+ kesalahan isian/);
    expect(text).not.toContain('Memenuhi syarat Menuju');
    expect(text).not.toContain('Belum memenuhi:');
  });
});
