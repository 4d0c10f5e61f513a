// End to end in Debian's chromium, the pane guiding the person at the sheet (issue 11), on the preview workbook:
// after set-up the "Langkah berikutnya" card selects the first empty answer cell; selecting a question's row shows
// "Soal ini" with its criteria; on a complete LKE Validasi lists the errors first and one folded evidence line per
// area; the path to WBK on a failing IPAK says 3,60; every view at 320 and 360 px, in id and en, has no element
// past the pane's edge (asserted in the DOM), one row of tabs, and no serious axe violation. Screenshots of every
// view go to test-artifacts/guide/<width>/<view>-<lang>.png. Without chromium it skips locally, fails under CI=true.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { indexOf, LKE_2021, type Answer, type Question } from '../../src/lke';
import { inputCell } from '../../src/workbook';
import { ARTIFACTS, buildPane, CHROMIUM, chromiumStatus, launch, serve, paneAxe } from './harness';

jest.setTimeout(300_000);

const status = chromiumStatus();
const suite = status === 'skip' ? describe.skip : describe;
const questions = indexOf(LKE_2021).questions;
const SHOTS = join(ARTIFACTS, 'guide');

/** Counts that make every % item whole, except soal 91 = 4 over soal 90 = 3 (an error Validasi must list first). */
const COUNTS: Readonly<Record<number, number>> = {
  88: 2, 89: 2, 90: 3, 91: 4, 102: 5, 103: 0, 104: 0, 105: 4, 106: 4, 110: 6, 111: 0, 112: 6,
  113: 1, 114: 2, 115: 0, 116: 3, 117: 2, 118: 2, 119: 1, 120: 5, 122: 8, 123: 8,
}; // prettier-ignore

/** A complete unit column: the best option everywhere, IPAK 3,40 (short of 3,60), IPKP 3,80, no evidence links. */
function unitAnswer(q: Question): Answer {
  if (q.answerType === 'JUMLAH') return COUNTS[q.soalId] ?? 0;
  if (q.answerType === 'NILAI_0_4') return q.soalId === 125 ? 3.4 : 3.8;
  return q.options.find((o) => o.value === 1)?.key ?? null;
}
const typed = (a: Answer): string => (a === null ? '' : String(a).replace('.', ','));

/** The tab labels per language, written out here (not taken from the catalogue). */
const TABS = {
  id: [['mulai', 'Mulai'], ['status', 'Status'], ['validasi', 'Validasi'], ['tinjau', 'Tinjau'], ['ekspor', 'Ekspor']],
  en: [['mulai', 'Start'], ['status', 'Status'], ['validasi', 'Checks'], ['tinjau', 'Review'], ['ekspor', 'Export']],
} as const; // prettier-ignore

let browser: Browser | null = null;
let site: { url: string; close: () => Promise<void> } | null = null;
let out = '';
let page: Page;

async function paneWidth(px: number): Promise<void> {
  await page.evaluate((w) => {
    let style = document.getElementById('guide-width');
    if (!style) {
      style = document.createElement('style');
      style.id = 'guide-width';
      document.head.appendChild(style);
    }
    style.textContent = `.pv-right { width: ${w}px !important; }`;
  }, px);
}

/**
 * Elements of the pane that reach past its right edge (clipped or scrolled off), outside a scrolling row of tabs;
 * and whether the tabs sit in one row.
 */
async function overflow(): Promise<{ offenders: string[]; tabRows: number; scroll: number }> {
  return page.evaluate(() => {
    const aside = document.querySelector('.pv-right');
    const pane = document.querySelector('[data-testid="pane"]');
    if (!aside || !pane) return { offenders: ['no pane'], tabRows: 0, scroll: 0 };
    const edge = aside.getBoundingClientRect().left + aside.clientWidth;
    const offenders: string[] = [];
    for (const el of pane.querySelectorAll('*')) {
      if (el.closest('[role="tablist"]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > edge + 0.5)
        offenders.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" +${Math.round(r.right - edge)}px`,
        );
    }
    const tabs = [...pane.querySelectorAll('[role="tab"]')].map((t) => (t as HTMLElement).offsetTop);
    return {
      offenders: offenders.slice(0, 8),
      tabRows: new Set(tabs).size,
      scroll: aside.scrollWidth - aside.clientWidth,
    };
  });
}

/** The whole pane, however long, as one image. */
async function shotPane(width: number, name: string): Promise<void> {
  const height = await page.evaluate(
    () => document.querySelector('[data-testid="pane"]')?.scrollHeight ?? 800,
  );
  await page.setViewportSize({ width: 1200, height: Math.min(6000, Math.max(900, height + 80)) });
  await page.locator('.pv-right').screenshot({ path: join(SHOTS, String(width), `${name}.png`) });
  await page.setViewportSize({ width: 1200, height: 900 });
}

async function clickCell(address: string): Promise<void> {
  await page.click(`table[data-sheet="Jawaban"] td[data-cell="${address}"]`);
}

suite('the pane guides the person at the sheet (chromium, preview workbook)', () => {
  beforeAll(async () => {
    if (status === 'fail') throw new Error(`chromium is missing at ${CHROMIUM} and CI=true`);
    for (const w of [320, 360]) mkdirSync(join(SHOTS, String(w)), { recursive: true });
    out = (await buildPane({ preview: true })).dir;
    site = await serve(out);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${site.url}/preview.html`);
    await page.waitForFunction(() => window.lkePreview !== undefined, null, { timeout: 20_000 });
    await paneWidth(320);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('after set-up, the next-steps card selects the first empty answer cell', async () => {
    await page.getByRole('button', { name: 'Pasang templat LKE' }).click();
    await page.getByRole('tab', { name: 'Status', selected: true }).waitFor({ timeout: 30_000 });
    const card = page.getByRole('region', { name: 'Langkah berikutnya' });
    await card.waitFor();
    const first = questions[0];
    if (!first) throw new Error('no questions');
    const cell = inputCell(first, 'unit').address;
    await card.getByRole('button', { name: `Ke jawaban pertama yang belum diisi (Jawaban!${cell})` }).click();
    await page.waitForSelector(`table[data-sheet="Jawaban"] td[data-cell="${cell}"][data-selected="true"]`);
    await shotPane(320, 'status-first-run-id');
  });

  it('selecting a question row shows "Soal ini": its code, text and what each option means', async () => {
    const q = questions.find((x) => x.answerType === 'ABCD');
    if (!q) throw new Error('an A/B/C/D question');
    await clickCell(`L${q.row}`); // any column of the row
    const panel = page.getByRole('region', { name: 'Soal ini' });
    await panel.waitFor({ timeout: 10_000 });
    await panel.getByText(`${q.code} · baris ${q.row}`).waitFor();
    for (const o of q.options) await panel.getByText(o.label).first().waitFor();
    await shotPane(320, 'soal-ini-id');
  });

  it('a value picked from a drop-down (Excel raises only onCalculated there) refreshes the pane without a click', async () => {
    const q = questions.find((x) => x.answerType === 'YA_TIDAK');
    if (!q) throw new Error('a Ya/Tidak question');
    await page.getByRole('tab', { name: 'Status' }).click();
    const total = 'tr[data-row="total"] td[data-column="unit"]';
    await page.waitForSelector(total);
    expect(await page.locator(total).textContent()).toBe('0,00');
    const cell = inputCell(q, 'unit').address;
    await page.evaluate((a) => window.lkePreview?.pick('Jawaban', a, 'Ya'), cell);
    // No refresh button is pressed: the onCalculated hint alone brings the new reading.
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent !== '0,00', total, {
      timeout: 10_000,
    });
    expect(await page.locator(total).textContent()).not.toBe('0,00');
  });

  it('on a complete LKE, Validasi lists errors first and one folded evidence line per area', async () => {
    await page.evaluate(
      (list) => {
        for (const [a, v] of list) window.lkePreview?.type('Jawaban', a, v);
      },
      questions.map((q) => [inputCell(q, 'unit').address, typed(unitAnswer(q))] as [string, string]),
    );
    await page.getByRole('tab', { name: 'Validasi' }).click();
    // Once the typed answers are read (a change hint), the count above its divisor is listed first.
    const errors = page.getByRole('heading', { name: /^Kesalahan \([1-9]\d*\)$/ });
    await errors.waitFor({ timeout: 20_000 });
    const h3 = await page.locator('#pane-view h3').allTextContents();
    expect(h3[0]).toMatch(/^Kesalahan \((\d+)\)$/);
    expect(Number(/\((\d+)\)/.exec(h3[0] ?? '')?.[1])).toBeGreaterThan(0);
    expect(h3[1]).toMatch(/^Peringatan/);
    const folds = page.locator('#pane-view h4 button');
    const lines = await folds.allTextContents();
    // One line per area (6 areas and Hasil), each folded, each about evidence links.
    expect(lines).toHaveLength(7);
    for (const l of lines) expect(l).toMatch(/soal tanpa tautan bukti dukung$/);
    for (const b of await folds.all()) expect(await b.getAttribute('aria-expanded')).toBe('false');
    await page.getByText('Jumlah 4 melebihi pembaginya 3', { exact: false }).first().waitFor();
    await shotPane(320, 'validasi-complete-id');
  });

  it('the path to WBK on a failing IPAK says what must hold: IPAK minimal 3,60; kini 3,40', async () => {
    await page.getByRole('tab', { name: 'Tinjau' }).click();
    const wbk = page.locator('section[aria-labelledby="tinjau-path-WBK"]');
    await wbk.waitFor({ timeout: 30_000 });
    await wbk.getByText(/B\.I\.a .*: minimal 3,60; kini 3,40/).waitFor();
    expect(await wbk.textContent()).not.toContain('→');
  });

  it('every view at 320 and 360 px, in id and en: nothing past the edge, one row of tabs, no serious axe violation', async () => {
    const q = questions.find((x) => x.answerType === 'JUMLAH');
    if (q) await clickCell(`K${q.row}`); // "Soal ini" for a count stays above every view
    for (const width of [320, 360]) {
      await paneWidth(width);
      for (const lang of ['id', 'en'] as const) {
        for (const [view, label] of TABS[lang]) {
          await page.getByRole('tab', { name: label, exact: true }).click();
          if (view === 'tinjau') await page.locator('#tinjau-path-WBBM').waitFor({ timeout: 30_000 });
          const o = await overflow();
          expect({ width, view, lang, ...o }).toEqual({
            width,
            view,
            lang,
            offenders: [],
            tabRows: 1,
            scroll: 0,
          });
          expect({ width, view, lang, axe: await paneAxe(page) }).toEqual({ width, view, lang, axe: [] });
          await shotPane(width, `${view}-${lang}`);
        }
        // The language button names the language it switches to, in that language.
        await page.getByRole('button', { name: lang === 'id' ? 'English' : 'Bahasa Indonesia' }).click();
      }
    }
  });
});
