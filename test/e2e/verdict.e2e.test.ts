// End to end in Debian's chromium (issue 10): the pane's Status headline over the preview workbook. A complete LKE
// with 7 counts above their divisor and one answer outside its options says "Belum dapat dinilai: 8 kesalahan
// isian" (and sheet Rekap's headline cell says the same); fixing them gives a judged verdict. Then Profil's Tabel 5
// facts move it through every headline state. Screenshots of Status at 340 px in test-artifacts/verdict/.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { indexOf, LKE_2021, THRESHOLDS_2021, type Answer, type Question } from '../../src/lke';
import { factCell, inputCell, rekapRows } from '../../src/workbook';
import { ARTIFACTS, buildPane, CHROMIUM, chromiumStatus, launch, serve } from './harness';

jest.setTimeout(240_000);

const status = chromiumStatus();
const questions = indexOf(LKE_2021).questions;
const rows = rekapRows(LKE_2021, THRESHOLDS_2021);

/** Counts that make every % item worth 1 (written out: the divisors first, then what they divide). */
const COUNTS: Readonly<Record<number, number>> = {
  88: 2, 89: 2, 90: 3, 91: 3, 102: 5, 103: 0, 104: 0, 105: 4, 106: 4, 110: 6, 111: 0, 112: 6,
  113: 1, 114: 2, 115: 0, 116: 3, 117: 2, 118: 2, 119: 1, 120: 5, 122: 8, 123: 8,
}; // prettier-ignore
/** Seven counts one above their divisor (soal 89 > 88, 91 > 90, 106 > 105, 112 > 110, 116, 120, 123). */
const OVER: Readonly<Record<number, number>> = { 89: 3, 91: 4, 106: 5, 112: 7, 116: 4, 120: 6, 123: 9 };

function best(q: Question): Answer {
  if (q.answerType === 'JUMLAH') return COUNTS[q.soalId] ?? 0;
  if (q.answerType === 'NILAI_0_4') return 3.8;
  return q.options.find((o) => o.value === 1)?.key ?? null;
}
const typed = (a: Answer): string => (a === null ? '' : String(a).replace('.', ','));

let browser: Browser | null = null;
let site: { url: string; close: () => Promise<void> } | null = null;
let out = '';
let page: Page;

async function typeAll(sheet: string, cells: readonly (readonly [string, string])[]): Promise<void> {
  await page.evaluate(
    ([s, list]) => {
      for (const [a, v] of list) window.lkePreview?.type(s, a, v);
    },
    [sheet, cells] as const,
  );
}

/** The WBK headline the pane shows (its big line), once it reads `text`. */
async function headlineIs(text: string, kind: string): Promise<void> {
  await page.getByRole('tab', { name: 'Status' }).click();
  await page.getByRole('button', { name: 'Muat ulang nilai' }).click();
  const line = page.locator(`p[data-kind="${kind}"]`, { hasText: text }).first();
  await line.waitFor({ timeout: 20_000 });
}

/** What sheet Rekap's own headline cell (unit column, WBK) shows, read from the preview workbook. */
async function rekapHeadline(): Promise<unknown> {
  return page.evaluate((row) => {
    const book = window.lkePreview?.book;
    const sheet = book?.sheet('Rekap');
    return book && sheet ? book.value(sheet, row - 1, 1) : null;
  }, rows.criteria.WBK.headline.unit);
}

/** The top of Status (the headline, the figures, the WBK criteria) at the pane's 340 px. */
async function shotStatus(name: string): Promise<void> {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('.pv-right, .pv-right *'))) el.scrollTop = 0;
  });
  const box = await page.locator('.pv-right').boundingBox();
  if (!box) throw new Error('no pane');
  expect(Math.round(box.width)).toBe(340);
  await page.screenshot({
    path: join(ARTIFACTS, 'verdict', `${name}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 900) },
  });
}

const suite = status === 'skip' ? describe.skip : describe;

suite('the verdict headline in chromium, on the preview workbook', () => {
  beforeAll(async () => {
    if (status === 'fail')
      throw new Error(`chromium is missing at ${CHROMIUM} and CI=true: install Debian chromium`);
    mkdirSync(join(ARTIFACTS, 'verdict'), { recursive: true });
    out = (await buildPane({ preview: true })).dir;
    site = await serve(out);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 1600 } });
    await page.goto(`${site.url}/preview.html`);
    await page.waitForFunction(() => window.lkePreview !== undefined, null, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Pasang templat LKE' }).click();
    await page.getByRole('tab', { name: 'Status', selected: true }).waitFor({ timeout: 20_000 });
    await page.waitForSelector('table[data-sheet="Jawaban"]');
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('says "Belum dapat dinilai: 8 kesalahan isian" over 7 counts above their divisor and one "A.", in the pane and on sheet Rekap', async () => {
    const cells = questions.map((q) => {
      const v = q.soalId === 1 ? 'A.' : q.soalId in OVER ? (OVER[q.soalId] ?? null) : best(q);
      return [inputCell(q, 'unit').address, typed(v)] as const;
    });
    await typeAll('Jawaban', cells);
    await headlineIs('Belum dapat dinilai: 8 kesalahan isian', 'blocked');
    expect(await rekapHeadline()).toBe('Belum dapat dinilai: 8 kesalahan isian');
    await page.getByRole('button', { name: 'Lihat daftar di Validasi' }).waitFor();
    await shotStatus('1-blocked');
  });

  it('gives a judged verdict once the counts and the answer are fixed', async () => {
    const fixes = questions
      .filter((q) => q.soalId === 1 || q.soalId in OVER)
      .map((q) => [inputCell(q, 'unit').address, typed(best(q))] as const);
    await typeAll('Jawaban', fixes);
    const text = 'Nilai memenuhi; syarat pengusulan belum lengkap (0 dari 10)';
    await headlineIs(text, 'requirements-incomplete');
    expect(await rekapHeadline()).toBe(text);
    expect(await page.getByRole('button', { name: 'Lihat daftar di Validasi' }).count()).toBe(0);
    await shotStatus('2-requirements-incomplete');
  });

  it('takes the afirmasi route for a Pemda RSUD', async () => {
    await typeAll('Profil', [
      [factCell('agencyKind'), 'Pemerintah Daerah'],
      [factCell('serviceKind'), 'RSUD'],
      [factCell('opiniBpk'), 'WTP'],
    ]);
    await headlineIs('Nilai memenuhi; jalur afirmasi', 'afirmasi');
    expect(await rekapHeadline()).toBe('Nilai memenuhi; jalur afirmasi');
    await shotStatus('3-afirmasi');
  });

  it('meets Menuju WBK once all ten Tabel 5 facts are met', async () => {
    await typeAll('Profil', [
      [factCell('sakipInstansi'), 'BB'],
      [factCell('indeksRb'), 'CC'],
      [factCell('spip'), '3'],
      [factCell('layananUtama'), 'Ya'],
      [factCell('dampakSignifikan'), 'Ya'],
      [factCell('tindakLanjut'), '1'], // the preview does not parse "100%" as Excel does
      [factCell('kepatuhanLhk'), '1'],
      [factCell('lamaZi'), '2'],
      [factCell('sakipUnit'), 'B'],
    ]);
    await headlineIs('Memenuhi syarat Menuju WBK', 'eligible');
    expect(await rekapHeadline()).toBe('Memenuhi syarat Menuju WBK');
    await shotStatus('4-eligible');
  });

  it('names the failing criterion with its shortfall when IPAK is too low', async () => {
    const ipak = questions.find((q) => q.soalId === 125);
    if (!ipak) throw new Error('no IPAK');
    await typeAll('Jawaban', [[inputCell(ipak, 'unit').address, '3,4']]);
    const text = 'Belum memenuhi: Survei persepsi anti korupsi (IPAK) kurang 0,87';
    await headlineIs(text, 'not-eligible');
    expect(await rekapHeadline()).toBe(text);
    await shotStatus('5-not-eligible');
  });
});
