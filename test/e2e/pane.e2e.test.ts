// End to end in Debian's chromium: the built pane beside the preview workbook, office.js self-hosted.
// The whole flow, in order: inject; type answers in the grid (one invalid) and Validasi lists it with its cell, a
// click selects that cell in the grid; type TPI answers and Tinjau shows the differences; tamper a total, Tinjau's
// audit lists it, one click restores it and the figures and verdicts equal the engine's again; save the profile and
// Ekspor's download equals `lke-zi export` of the same entries; every view at 340 px in id and en, axe on each.
// Screenshots go to test-artifacts/ (the pane alone in test-artifacts/pane/). Without chromium it skips locally
// and fails under CI=true.
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
import ExcelJS from 'exceljs';
import { entryCells, inputCell } from '../../src/workbook';
import { run } from '../../src/cli/main';
import { memoryIo } from '../cli/memoryIo';
import {
  ARTIFACTS,
  buildPane,
  CHROMIUM,
  chromiumStatus,
  launch,
  serve,
  type Build,
  paneAxe,
} from './harness';

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

/** A worse answer than the best one (the TPI disagrees): the next option down, or one less. */
function worse(q: Question): Answer {
  if (q.answerType === 'JUMLAH') return Math.max(0, Number(best(q)) - 1);
  if (q.answerType === 'NILAI_0_4') return 2.5;
  return [...q.options].sort((x, y) => y.value - x.value)[1]?.key ?? null;
}

/** How an answer is typed in the (Indonesian) grid: decimal comma. */
const typed = (a: Answer): string => (a === null ? '' : String(a).replace('.', ','));

/** The entries the test has put into the workbook, by soal id (what the engine and the CLI get). */
const entries = new Map<number, Entry>(questions.map((q) => [q.soalId, { unit: best(q), tpi: null }]));

/** The tab labels of the views, per language (written out here, not taken from the catalogue). */
const VIEW_TABS = {
  id: [['mulai', 'Mulai'], ['status', 'Status'], ['validasi', 'Validasi'], ['tinjau', 'Tinjau'], ['ekspor', 'Ekspor']],
  en: [['mulai', 'Start'], ['status', 'Status'], ['validasi', 'Checks'], ['tinjau', 'Review'], ['ekspor', 'Export']],
} as const; // prettier-ignore

/** What `lke-zi template` + the same input cells written with exceljs + `lke-zi export` give. */
async function cliExport(filled: ReadonlyMap<number, Entry>): Promise<unknown> {
  const io = memoryIo();
  expect(await run(['template', '--out', 'LKE.xlsx', '--unit', 'KPPN Bandung', '--year', '2026'], io)).toBe(
    0,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(io.files.get('LKE.xlsx') as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Jawaban');
  if (!ws) throw new Error('no Jawaban');
  for (const q of questions) {
    const e = filled.get(q.soalId);
    for (const c of entryCells(q, e)) if (c.value !== null) ws.getCell(c.address).value = c.value;
  }
  io.files.set('TERISI.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
  expect(await run(['export', 'TERISI.xlsx', '--out', 'JAWABAN.json'], io)).toBe(0);
  return JSON.parse(io.files.get('JAWABAN.json')?.toString('utf8') ?? 'null');
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

/** The pane alone (340 px), into test-artifacts/pane/<view>-<lang>.png. */
async function shotPane(view: string, lang: string): Promise<void> {
  await page.locator('.pv-right').screenshot({ path: join(ARTIFACTS, 'pane', `${view}-${lang}.png`) });
}

/** Types many cells as the grid does (Excel's parsing of typed text), without a click per cell. */
async function typeAll(cells: readonly (readonly [string, string])[]): Promise<void> {
  await page.evaluate((list) => {
    for (const [a, v] of list) window.lkePreview?.type('Jawaban', a, v);
  }, cells);
}

async function typeInGrid(address: string, text: string): Promise<void> {
  await page.click(`table[data-sheet="Jawaban"] td[data-cell="${address}"]`);
  await page.fill('input[aria-label="Isi sel / Cell contents"]', text);
  await page.press('input[aria-label="Isi sel / Cell contents"]', 'Enter');
}

async function paneCell(row: string, column: 'unit' | 'tpi'): Promise<string> {
  return (await page.textContent(`tr[data-row="${row}"] td[data-column="${column}"]`)) ?? '';
}

const suite = status === 'skip' ? describe.skip : describe;

suite('the pane in chromium, on the preview workbook', () => {
  beforeAll(async () => {
    if (status === 'fail')
      throw new Error(`chromium is missing at ${CHROMIUM} and CI=true: install Debian chromium`);
    mkdirSync(join(ARTIFACTS, 'pane'), { recursive: true });
    build = await buildPane({ preview: true });
    out = build.dir;
    site = await serve(out);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
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

  it('injects the template into the preview workbook in 3 round trips', async () => {
    await page.getByRole('button', { name: 'Pasang templat LKE' }).click();
    // Once the template is read the pane opens Status; the inject's notice stays in Mulai.
    await page.getByRole('tab', { name: 'Status', selected: true }).waitFor({ timeout: 20_000 });
    await page.waitForSelector('table[data-sheet="Jawaban"]');
    expect(await paneCell('total', 'unit')).toBe('0,00');
    await page.getByRole('tab', { name: 'Mulai' }).click();
    await page.getByText(/Templat LKE terpasang/).waitFor();
    await shot('02-template-injected');
  });

  it('Validasi lists an invalid entry with its cell; a click selects that cell in the grid', async () => {
    const q1 = questions[0];
    if (!q1) throw new Error('no questions');
    const cell = inputCell(q1, 'unit').address;
    await typeInGrid(cell, 'Mungkin');
    await page.getByRole('alert').waitFor(); // the grid's own data-validation warning
    // Every other unit answer valid (a few typed through the editor, the rest through the same typing path).
    for (const q of questions.slice(1, 4)) await typeInGrid(inputCell(q, 'unit').address, typed(best(q)));
    await typeAll(questions.slice(4).map((q) => [inputCell(q, 'unit').address, typed(best(q))]));
    await page.getByRole('tab', { name: 'Validasi' }).click();
    const problem = page.getByRole('button', { name: new RegExp(`Jawaban!${cell}\\b`) }).first();
    await problem.waitFor({ timeout: 15_000 });
    await page.getByRole('tab', { name: 'Rekap' }).click(); // another sheet active: the click must activate Jawaban
    await problem.click();
    await page.waitForSelector(`table[data-sheet="Jawaban"] td[data-cell="${cell}"][data-selected="true"]`);
    expect(await page.textContent('[data-testid="address"]')).toBe(cell);
    expect(await page.getByRole('tab', { name: /^Jawaban/ }).getAttribute('aria-selected')).toBe('true');
    await shotPane('validasi-selected', 'id');
    await shot('03-validasi-selects-cell'); // the grid beside the pane, the problem's cell selected
    await typeInGrid(cell, 'Ya');
    entries.set(q1.soalId, { unit: 'Ya', tpi: null });
  });

  it('Tinjau shows where the TPI answers differ from the unit', async () => {
    const [a, b] = [questions.find((q) => q.answerType !== 'JUMLAH'), questions[40]];
    if (!a || !b) throw new Error('no questions');
    const tpi = (q: Question): Answer =>
      q === a ? (q.options.find((o) => o.value === 0)?.key ?? null) : q === b ? worse(q) : best(q);
    await typeAll(questions.map((q) => [inputCell(q, 'tpi').address, typed(tpi(q))]));
    for (const q of questions)
      entries.set(q.soalId, { unit: entries.get(q.soalId)?.unit ?? best(q), tpi: tpi(q) });
    await page.getByRole('tab', { name: 'Tinjau' }).click();
    for (const q of [a, b])
      await page
        .getByRole('button', { name: new RegExp(`Jawaban!${inputCell(q, 'tpi').address}\\b`) })
        .waitFor({ timeout: 15_000 });
    await page.getByText('Semua sel rumus sesuai templat.').waitFor();
  });

  it('Tinjau lists a tampered formula, one click restores it, and the scores agree with the engine again', async () => {
    const total = await page.evaluate(() => {
      const book = window.lkePreview?.book;
      const rekap = book?.sheet('Rekap');
      const name = book?.names.get('ZI_TOTAL_TPI');
      if (!book || !rekap || !name) return null;
      rekap.protection.protected = false; // as a user who unprotects the sheet and types over the total
      book.hf.setCellContents({ sheet: rekap.hfId, row: name.rect.row, col: name.rect.col }, [[99]]);
      rekap.protection.protected = true;
      return `${String.fromCharCode(65 + name.rect.col)}${name.rect.row + 1}`;
    });
    expect(total).not.toBeNull();
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByRole('button', { name: 'Muat ulang nilai' }).click();
    await page.getByText('Peringatan integritas rumus').waitFor();
    expect(await paneCell('total', 'tpi')).toBe('99,00');
    await page.getByRole('tab', { name: 'Tinjau' }).click();
    await page.getByText(`Rekap!${total}`).waitFor();
    await shotPane('tinjau-audit', 'id');
    await page.getByRole('button', { name: 'Pulihkan 1 rumus' }).click();
    await page.getByText('Semua sel rumus sesuai templat.').waitFor({ timeout: 15_000 });
    const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' });
    await page.getByRole('tab', { name: 'Status' }).click();
    expect(await paneCell('total', 'tpi')).toBe(shown(ev.scores.tpi.total));
    expect(await paneCell('total', 'unit')).toBe(shown(ev.scores.unit.total));
    await page.getByText('Nilai di lembar kerja sama dengan perhitungan panel.').waitFor();
    const word = (e: boolean | null): string =>
      e === null ? 'Belum lengkap' : e ? 'Memenuhi' : 'Belum memenuhi';
    expect(ev.verdicts.tpi.WBK.eligible).not.toBeNull(); // a real verdict, not "incomplete"
    expect(await paneCell('WBK', 'tpi')).toBe(word(ev.verdicts.tpi.WBK.eligible));
    expect(await paneCell('WBBM', 'tpi')).toBe(word(ev.verdicts.tpi.WBBM.eligible));
    expect(await paneCell('WBK', 'unit')).toBe(word(ev.verdicts.unit.WBK.eligible));
  });

  it("Ekspor's downloaded file equals what lke-zi export writes from the same entries and profile", async () => {
    await page.getByRole('tab', { name: 'Mulai' }).click();
    await page.getByLabel('Nama unit kerja').fill('KPPN Bandung');
    await page.getByLabel('Tahun penilaian').fill('2026');
    await page.getByRole('button', { name: 'Simpan ke lembar Profil' }).click();
    await page.getByText('Profil tersimpan di lembar Profil.').waitFor();
    expect(await page.evaluate(() => window.lkePreview?.book.sheet('Profil')?.name)).toBe('Profil');
    await page.getByRole('tab', { name: 'Ekspor' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh berkas JSON' }).click(),
    ]);
    const pane = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    expect(download.suggestedFilename()).toBe('jawaban-unit-kppn-bandung-2026.json');
    expect(pane).toEqual(await cliExport(entries));
  });

  it('every view at the pane width, in Indonesian and English, without serious axe violations', async () => {
    for (const lang of ['id', 'en'] as const) {
      if (lang === 'en') {
        await page.getByRole('tab', { name: 'Mulai' }).click();
        await page.getByRole('button', { name: 'English' }).click();
      }
      for (const [view, label] of VIEW_TABS[lang]) {
        await page.getByRole('tab', { name: label }).click();
        if (view === 'tinjau') await page.locator('#tinjau-path-WBBM').waitFor();
        await shotPane(view, lang);
        expect({ view, lang, axe: await paneAxe(page) }).toEqual({ view, lang, axe: [] });
        const wide = await page.$eval('.pv-right', (el) => el.scrollWidth - el.clientWidth);
        expect({ view, lang, overflow: wide }).toEqual({ view, lang, overflow: 0 });
      }
    }
    // The shell's notice follows the switch too.
    await page.getByRole('tab', { name: 'Start' }).click();
    expect(await page.evaluate(() => localStorage.getItem('lke-zi.lang'))).toBe('en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  });

  it('serves a production pane that carries no HyperFormula', () => {
    const hf = (entry: string): string[] =>
      (build?.modules[entry] ?? []).filter((m) => m.includes('node_modules/hyperformula'));
    const paneChunks = Object.keys(build?.modules ?? {}).filter((c) => c !== 'preview');
    expect(paneChunks).toEqual(expect.arrayContaining(['taskpane', 'engine']));
    expect(build?.modules.taskpane).toEqual(
      expect.arrayContaining([expect.stringContaining('node_modules/react-dom/')]),
    );
    for (const c of paneChunks) expect({ chunk: c, hf: hf(c) }).toEqual({ chunk: c, hf: [] });
    expect(hf('preview').length).toBeGreaterThan(0); // the check can fail
    expect(readFileSync(join(out, 'taskpane.js'), 'utf8')).not.toContain("licenseKey: 'gpl-v3'");
    expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).toContain(
      'appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
  });

  it("ships our styles precomputed: Griffel's style compiler is in no pane chunk", () => {
    // makeStyles resolved in the pane cost most of the first render (issue 11): the build-time transform
    // (webpack.config.js) leaves only the precomputed rules. One makeStyles it cannot evaluate would bring the
    // compiler back into the bundle and fail this test.
    const compiler = /@griffel\/core\/.*(resolveStyleRules|compileCSSRules)\./;
    const paneChunks = Object.keys(build?.modules ?? {}).filter((c) => c !== 'preview');
    for (const c of paneChunks)
      expect({ chunk: c, compiler: (build?.modules[c] ?? []).filter((m) => compiler.test(m)) }).toEqual({
        chunk: c,
        compiler: [],
      });
    expect(build?.modules.taskpane).toEqual(
      expect.arrayContaining([expect.stringMatching(/@griffel\/core\/.*__styles\./)]),
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
