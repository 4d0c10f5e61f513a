// The workbook as it prints: `lke-zi template` + `import`, rendered by LibreOffice to PDF. Jawaban prints A4
// landscape one page wide without the helper columns (their headers are not in the PDF), the question text at
// 8 pt or more, page numbers and the unit's name in the footer; Rekap on one page; Profil prints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JAWABAN_HIDDEN_COLUMNS, JAWABAN_TITLES } from '../../src/workbook';
import { findSoffice } from '../cli/libreoffice';
import { filled, fullAnswers } from '../cli/workbookFixtures';
import { toPdf, type RenderedPdf } from './pdf';

const SOFFICE = findSoffice();
const suite = SOFFICE !== null || process.env.CI === 'true' ? describe : describe.skip;

/** Text of one page. */
function pageText(pdf: Buffer, page: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'lke-page-'));
  const path = join(dir, 'p.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
  });
}

/** Heights (pt) of the words of one page, from pdftotext's bounding boxes. */
function wordHeights(pdf: Buffer, page: number, words: readonly string[]): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'lke-bbox-'));
  const path = join(dir, 'p.pdf');
  writeFileSync(path, pdf);
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
  });
  const out: number[] = [];
  for (const m of xml.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</g))
    if (words.includes(m[3] ?? '')) out.push(Number(m[2]) - Number(m[1]));
  return out;
}

suite('the workbook prints (LibreOffice → PDF)', () => {
  let pdf: RenderedPdf;
  beforeAll(async () => {
    pdf = toPdf(SOFFICE ?? 'soffice', new Map([['LKE.xlsx', await filled(fullAnswers())]])).get(
      'LKE.xlsx',
    ) as RenderedPdf;
  }, 180_000);

  it('prints A4 landscape: Jawaban in a few pages one page wide, then Rekap on one page, then Profil', () => {
    expect(pdf.size.width).toBeCloseTo(842, 0);
    expect(pdf.size.height).toBeCloseTo(595, 0);
    expect(pdf.pages).toBeLessThanOrEqual(10);
    const last = pageText(pdf.pdf, pdf.pages);
    const rekap = pageText(pdf.pdf, pdf.pages - 1);
    expect(last).toContain('Profil unit kerja');
    expect(last).toContain('Tabel 5');
    expect(rekap).toContain('Rekapitulasi');
    expect(rekap).toContain('Kesimpulan Menuju WBBM');
    expect(pageText(pdf.pdf, pdf.pages - 2)).not.toContain('Rekapitulasi');
  });

  it('prints the reader columns and none of the helper columns', () => {
    const first = pageText(pdf.pdf, 1);
    for (const t of ['Kode', 'Bobot', 'Nilai unit', 'Nilai TPI', 'Catatan unit', 'Catatan TPI'])
      expect(first).toContain(t);
    for (const c of JAWABAN_HIDDEN_COLUMNS) {
      const title = JAWABAN_TITLES[c] ?? '';
      expect(title).not.toBe('');
      expect(pdf.text).not.toContain(title);
    }
  });

  it('prints the question text at 8 pt or more (Carlito: a word box is 1.30 × the font size)', () => {
    const heights = wordHeights(pdf.pdf, 1, ['Penentuan', 'Terdapat', 'Pimpinan']);
    expect(heights.length).toBeGreaterThan(2);
    for (const h of heights) expect(h / 1.3).toBeGreaterThanOrEqual(7.95);
  });

  it('puts the unit name, the page number of the sheet and the sheet in every footer', () => {
    for (let page = 1; page <= pdf.pages; page++) {
      const t = pageText(pdf.pdf, page);
      expect(t).toMatch(/KPPN Bandung I\s+Halaman \d+\s+(Jawaban|Rekap|Profil)\s*$/);
    }
    expect(pageText(pdf.pdf, 2)).toMatch(/Halaman 2\s+Jawaban/);
  });
});
