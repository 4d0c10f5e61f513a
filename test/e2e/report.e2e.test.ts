// End to end in Debian's chromium: the built pane beside the preview workbook. Set up the template, type the
// unit's and the TPI's answers, a TPI note (column Q) and a recommendation on sheet Rekap (column K), save the
// profile, then Ekspor → "Unduh LHE (.docx)": the downloaded document, opened by LibreOffice (→ PDF → text),
// holds the engine's figures for those entries (id-ID), the TPI note and the recommendation, marked DRAF.
// Without chromium it skips locally and fails under CI=true.
import { readFileSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
  evaluate,
  indexOf,
  LKE_2021,
  THRESHOLDS_2021,
  type Answer,
  type Entry,
  type Question,
} from '../../src/lke';
import { inputCell } from '../../src/workbook';
import { idMargin, idNumber } from '../../src/report';
import { findSoffice } from '../cli/libreoffice';
import { flat, toPdf } from '../report/pdf';
import { buildPane, CHROMIUM, chromiumStatus, launch, serve, type Build } from './harness';

jest.setTimeout(240_000);

const status = chromiumStatus();
const questions = indexOf(LKE_2021).questions;
const NOTE = 'SK tim belum sah';
const RECOMMENDATION = 'Tetapkan ulang SK tim kerja dan jadwalkan monitoring triwulanan.';

/** Counts giving each % item a value, survey indices, and the first option otherwise (TPI: the second). */
function answer(q: Question, tpi: boolean): Answer {
  if (q.answerType === 'JUMLAH') return q.soalId === 103 ? 0 : 4;
  if (q.answerType === 'NILAI_0_4') return tpi ? 3.4 : 3.8;
  const sorted = [...q.options].sort((a, b) => b.value - a.value);
  return (tpi && q.soalId % 4 === 0 ? sorted[1] : sorted[0])?.key ?? null;
}
const typed = (a: Answer): string => (a === null ? '' : String(a).replace('.', ','));
const entries = new Map<number, Entry>(
  questions.map((q) => [q.soalId, { unit: answer(q, false), tpi: answer(q, true) }]),
);

const suite = status === 'skip' ? describe.skip : describe;

suite('the LHE downloaded from the pane (chromium → LibreOffice)', () => {
  let browser: Browser | undefined;
  let site: { url: string; close: () => Promise<void> } | undefined;
  let build: Build | null = null;
  let page: Page;

  beforeAll(async () => {
    if (status === 'fail') throw new Error(`chromium is missing at ${CHROMIUM} and CI=true`);
    build = await buildPane({ preview: true });
    site = await serve(build.dir);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (build) rmSync(build.dir, { recursive: true, force: true });
  });

  it('downloads a DRAF LHE holding the engine figures, the TPI note and the recommendation', async () => {
    await page.goto(`${site?.url}/preview.html`);
    await page.waitForFunction(() => window.lkePreview !== undefined, null, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Pasang templat LKE' }).click();
    await page.getByRole('tab', { name: 'Status', selected: true }).waitFor({ timeout: 30_000 });
    const q1 = questions[0];
    if (!q1) throw new Error('no questions');
    const cells: [string, string, string][] = questions.flatMap((q) => [
      ['Jawaban', inputCell(q, 'unit').address, typed(entries.get(q.soalId)?.unit ?? null)],
      ['Jawaban', inputCell(q, 'tpi').address, typed(entries.get(q.soalId)?.tpi ?? null)],
    ]);
    cells.push(['Jawaban', inputCell(q1, 'tpiNote').address, NOTE], ['Rekap', 'K6', RECOMMENDATION]);
    await page.evaluate((list) => {
      for (const [sheet, a, v] of list) window.lkePreview?.type(sheet, a, v);
    }, cells);
    await page.getByRole('tab', { name: 'Mulai' }).click();
    await page.getByLabel('Nama unit kerja').fill('KPPN Bandung');
    await page.getByLabel('Tahun penilaian').fill('2026');
    await page.getByRole('button', { name: 'Simpan ke lembar Profil' }).click();
    await page.getByText('Profil tersimpan di lembar Profil.').waitFor();
    await page.getByRole('tab', { name: 'Ekspor' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Unduh LHE (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('LHE-kppn-bandung-2026.docx');
    await page.getByText('Draf LHE LHE-kppn-bandung-2026.docx diunduh.').waitFor();
    const docx = readFileSync(await download.path());
    const pdf = toPdf(findSoffice() ?? 'soffice', new Map([['LHE.docx', docx]])).get('LHE.docx');
    const text = flat(pdf?.text ?? '');

    const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' });
    expect(ev.scores.tpi.complete).toBe(true);
    expect(text).toContain('DRAF');
    expect(text).toContain('KPPN Bandung');
    expect(text).toContain(`TPI ${idNumber(ev.scores.tpi.total)}`);
    expect(text).toContain(`unit ${idNumber(ev.scores.unit.total)}`);
    for (const a of ev.scores.tpi.areas) expect(text).toContain(idNumber(a.value));
    for (const c of ev.verdicts.tpi.WBK.criteria) expect(text).toContain(idMargin(c.margin));
    expect(text).toContain(NOTE);
    expect(text).toContain(RECOMMENDATION);
  });
});
