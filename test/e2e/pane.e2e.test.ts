// End to end in Debian's chromium: the built pane beside the preview workbook, office.js self-hosted.
// The user injects the template, types answers in the grid (valid and invalid), sees the workbook's formulas
// update the Status, and the pane's verdict matches the engine. Screenshots go to test-artifacts/.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  evaluate,
  indexOf,
  LKE_2021,
  round2,
  THRESHOLDS_2021,
  type Answer,
  type Entry,
  type Question,
} from '../../src/lke';
import { inputCell } from '../../src/workbook';
import { ARTIFACTS, buildPane, CHROMIUM, chromiumStatus, launch, serve, type Build } from './harness';

jest.setTimeout(180_000);

const status = chromiumStatus();
const questions = indexOf(LKE_2021).questions;

/** The answer worth the most for each question (counts chosen so every % item is worth 1). */
const COUNTS: Readonly<Record<number, number>> = {
  88: 2, 89: 2, 90: 3, 91: 3, 102: 5, 103: 0, 104: 0, 105: 4, 106: 4, 110: 6, 111: 0, 112: 6,
  113: 1, 114: 2, 115: 0, 116: 3, 117: 2, 118: 2, 119: 1, 120: 5, 122: 8, 123: 8,
}; // prettier-ignore
function best(q: Question): Answer {
  if (q.answerType === 'JUMLAH') return COUNTS[q.soalId] ?? 0;
  if (q.answerType === 'NILAI_0_4') return 3.8;
  return q.options.find((o) => o.value === 1)?.key ?? null;
}

/** 2 decimals with a decimal comma, as the pane shows figures. */
const shown = (n: number): string => round2(n).toFixed(2).replace('.', ',');

let browser: Browser | null = null;
let site: { url: string; close: () => Promise<void> } | null = null;
let out = '';
let build: Build | null = null;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

async function typeInGrid(address: string, text: string): Promise<void> {
  await page.click(`table[data-sheet="Jawaban"] td[data-cell="${address}"]`);
  await page.fill('input[aria-label="Isi sel / Cell contents"]', text);
  await page.press('input[aria-label="Isi sel / Cell contents"]', 'Enter');
}

async function showColumn(address: string): Promise<void> {
  await page.$eval(`table[data-sheet="Jawaban"] td[data-cell="${address}"]`, (el) =>
    el.scrollIntoView({ inline: 'center', block: 'nearest' }),
  );
}

async function paneCell(row: string, column: 'unit' | 'tpi'): Promise<string> {
  return (await page.textContent(`tr[data-row="${row}"] td[data-column="${column}"]`)) ?? '';
}

const suite = status === 'skip' ? describe.skip : describe;

suite('the pane in chromium, on the preview workbook', () => {
  beforeAll(async () => {
    if (status === 'fail')
      throw new Error(`chromium is missing at ${CHROMIUM} and CI=true: install Debian chromium`);
    mkdirSync(ARTIFACTS, { recursive: true });
    build = await buildPane({ preview: true });
    out = build.dir;
    site = await serve(out);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('loads, and Office.onReady resolves with office.js self-hosted', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site?.url}/preview.html`);
    await page.waitForFunction(() => window.lkePreview !== undefined, null, { timeout: 20_000 });
    expect(await page.evaluate(() => window.lkePreview?.officeReady)).toBe(true);
    expect(await page.evaluate(() => typeof Office.onReady)).toBe('function');
    await page.getByText('Pratinjau — bukan Excel').waitFor();
    await page.getByText(/belum berisi LKE/).waitFor();
    await shot('01-empty-workbook');
    expect(errors).toEqual([]);
  });

  it('injects the template into the preview workbook in 2 round trips', async () => {
    await page.getByRole('button', { name: 'Pasang templat LKE' }).click();
    await page.getByText(/Templat terpasang \(2 kali sinkron\)/).waitFor();
    await page.waitForSelector('table[data-sheet="Jawaban"]');
    await page.getByRole('table', { name: 'Status' }).waitFor();
    expect(await paneCell('total', 'unit')).toBe('0,00');
    await shot('02-template-injected');
  });

  it('takes an invalid answer typed in the grid, warns, keeps it, and counts it invalid', async () => {
    const q1 = questions[0];
    if (!q1) throw new Error('no questions');
    const cell = inputCell(q1, 'unit').address;
    await typeInGrid(cell, 'Mungkin');
    await page.getByRole('alert').waitFor();
    expect(await page.textContent('[role="alert"]')).toMatch(/\S/);
    // The change event is only a hint: the Status follows after the debounce, without a click.
    await page.waitForFunction(
      () => document.querySelector('tr[data-row="invalid"] td[data-column="unit"]')?.textContent === '1',
      null,
      { timeout: 10_000 },
    );
    expect(await page.textContent(`table[data-sheet="Jawaban"] td[data-cell="${cell}"]`)).toBe('Mungkin');
    await showColumn('M6'); // the answer and its status side by side
    await shot('03-invalid-answer');
    await typeInGrid(cell, 'ya');
    await page.getByRole('button', { name: 'Muat ulang nilai' }).click();
    await page.waitForFunction(
      () => document.querySelector('tr[data-row="invalid"] td[data-column="unit"]')?.textContent === '0',
    );
  });

  it('shows the scores the workbook formulas compute, and the verdict the engine gives', async () => {
    const entries = new Map<number, Entry>(questions.map((q) => [q.soalId, { unit: best(q), tpi: null }]));
    entries.set(questions[0]?.soalId ?? 1, { unit: 'ya', tpi: null });
    // A few through the grid's editor, the rest through the same typing path without the clicks.
    for (const q of questions.slice(1, 6)) await typeInGrid(inputCell(q, 'unit').address, String(best(q)));
    const rest = questions
      .slice(6)
      .map((q) => [inputCell(q, 'unit').address, String(best(q)).replace('.', ',')]);
    await page.evaluate((cells) => {
      for (const [a, v] of cells) window.lkePreview?.type('Jawaban', a ?? '', v ?? '');
    }, rest);
    const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' });
    const total = shown(ev.scores.unit.total);
    await page.waitForFunction(
      (want) => document.querySelector('tr[data-row="total"] td[data-column="unit"]')?.textContent === want,
      total,
      { timeout: 15_000 },
    );
    expect(await paneCell('pengungkit', 'unit')).toBe(shown(ev.scores.unit.pengungkit));
    expect(await paneCell('hasil', 'unit')).toBe(shown(ev.scores.unit.hasil));
    const word = (e: boolean | null): string =>
      e === null ? 'Belum lengkap' : e ? 'Memenuhi' : 'Tidak memenuhi';
    expect(await paneCell('verdictWBK', 'unit')).toBe(word(ev.verdicts.unit.WBK.eligible));
    expect(await paneCell('verdictWBBM', 'unit')).toBe(word(ev.verdicts.unit.WBBM.eligible));
    expect(await paneCell('verdictWBK', 'tpi')).toBe(word(ev.verdicts.tpi.WBK.eligible));
    expect(ev.verdicts.unit.WBK.eligible).not.toBeNull(); // a real verdict, not "incomplete"
    expect(await page.getByRole('status').getAttribute('data-agree')).toBe('true');
    await showColumn('M6');
    await shot('04-verdict');
    await page.getByRole('tab', { name: /Rekap/ }).click();
    await page.waitForSelector('table[data-sheet="Rekap"]');
    await shot('05-rekap-sheet');
  });

  it('has no serious or critical accessibility violations in the pane (axe-core)', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (el: Element) => Promise<{ violations: { id: string; impact: string }[] }> };
        }
      ).axe;
      const el = document.querySelector('[data-testid="pane"]');
      if (!el) return [{ id: 'no-pane', impact: 'critical' }];
      return (await axe.run(el)).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('serves a production pane that carries no HyperFormula', () => {
    const hf = (entry: string): string[] =>
      (build?.modules[entry] ?? []).filter((m) => m.includes('node_modules/hyperformula'));
    const paneChunks = Object.keys(build?.modules ?? {}).filter((c) => c !== 'preview');
    expect(paneChunks).toEqual(expect.arrayContaining(['taskpane', 'engine']));
    expect(build?.modules.taskpane?.length).toBeGreaterThan(100);
    for (const c of paneChunks) expect({ chunk: c, hf: hf(c) }).toEqual({ chunk: c, hf: [] });
    expect(hf('preview').length).toBeGreaterThan(0); // the check can fail
    expect(readFileSync(join(out, 'taskpane.js'), 'utf8')).not.toContain("licenseKey: 'gpl-v3'");
    expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).toContain(
      'appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
  });

  it('ships a manifest whose localhost URLs are rewritten to the production URL, with its icons', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(5);
    const base = (process.env.LKE_ZI_PUBLIC_URL ?? 'https://lke-zi.example.go.id').replace(/\/+$/, '');
    for (const u of urls) expect(u.startsWith(`${base}/`)).toBe(true);
    for (const u of urls.filter((x) => x.endsWith('.png'))) {
      expect(
        readFileSync(join(out, u.slice(base.length + 1)))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
  });
});
