// The pane's views in Debian's chromium at the task-pane width: the dev gallery (src/taskpane/gallery) built with
// esbuild, served on 127.0.0.1, each view screenshotted in Indonesian and English into test-artifacts/views/,
// checked by axe-core (no serious or critical violation), tabbed through with the keyboard, never wider than the
// pane. Without chromium it skips locally and fails under CI=true (chromiumStatus).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { VIEWS, type ViewId } from '../../src/taskpane/views/usePaneViews';
import { ARTIFACTS, chromiumStatus, launch, ROOT, serve } from './harness';

jest.setTimeout(120_000);

const WIDTH = 340;
const SHOTS = join(ARTIFACTS, 'views');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const status = chromiumStatus();
const suite = status === 'skip' ? describe.skip : describe;

/** The controls the keyboard must reach in each view (Indonesian names, fixture "read"). */
const REACH: Readonly<Record<ViewId, readonly string[]>> = {
  mulai: ['Mulai', 'English', 'Pasang ulang templat', 'Nama unit kerja', 'Simpan ke lembar Profil'],
  status: ['Status', 'English', 'TPI', 'Muat ulang nilai'],
  validasi: ['Validasi', 'Kolom', 'Tingkat'],
  tinjau: ['Tinjau', 'Pulihkan 2 rumus'],
  ekspor: ['Ekspor', 'Unduh berkas JSON', 'Pilih berkas JSON'],
};

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

let browser: Browser | null = null;
let site: { url: string; close: () => Promise<void> } | null = null;
let dir = '';
let page: Page;

async function buildGallery(out: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'taskpane', 'gallery', 'index.tsx')],
    bundle: true,
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(out, 'gallery.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="id"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>LKE ZI views</title>' +
      '<style>body{margin:0}</style></head><body><div id="root"></div><script src="gallery.js"></script></body></html>',
  );
}

async function open(query: string): Promise<void> {
  if (!site) throw new Error('no server');
  await page.goto(`${site.url}/index.html?${query}`);
  await page.waitForSelector('[role="tabpanel"]');
}

async function axeViolations(): Promise<{ id: string; targets: string[] }[]> {
  await page.addScriptTag({ path: AXE });
  const all = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return all
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The accessible-ish name of the focused element: aria-label, its label, or its text. */
async function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled ? document.getElementById(labelled)?.textContent : null;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '').trim();
  });
}

suite('the pane views in chromium at 340 px', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lke-views-'));
    mkdirSync(SHOTS, { recursive: true });
    await buildGallery(dir);
    site = await serve(dir);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cases = VIEWS.flatMap(([view]) => (['id', 'en'] as const).map((lang) => [view, lang] as const));
  it.each(cases)(
    '%s (%s): screenshot, no horizontal scroll, no serious axe violation',
    async (view, lang) => {
      await open(`view=${view}&lang=${lang}`);
      // Tinjau works out the paths to WBK/WBBM just after its first paint: wait for them.
      if (view === 'tinjau') await page.locator('#tinjau-path-WBBM').waitFor();
      await page.screenshot({ path: join(SHOTS, `${view}-${lang}.png`), fullPage: true });
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      expect(await axeViolations()).toEqual([]);
    },
  );

  it.each(VIEWS.map(([view]) => view))('%s: the keyboard reaches the main controls', async (view) => {
    await open(`view=${view}&lang=id`);
    const reached = new Set<string>();
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      reached.add(await focusedName());
    }
    for (const name of REACH[view]) expect([...reached].some((r) => r.startsWith(name))).toBe(true);
  });

  it('the tabs move with the arrow keys (one tab stop for the whole list)', async () => {
    await open('view=status&lang=id');
    await page.getByRole('tab', { name: 'Status' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await focusedName()).toBe('Validasi');
    expect(await page.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-validasi');
  });

  it('other states hold too: a fresh workbook with a circulated sheet, an install in progress, dark theme', async () => {
    for (const [query, name] of [
      ['view=mulai&fixture=fresh', 'mulai-fresh-id'],
      ['view=mulai&fixture=installing&lang=en', 'mulai-installing-en'],
      ['view=mulai&fixture=outdated', 'mulai-outdated-id'],
      ['view=mulai&fixture=migrated', 'mulai-migrated-id'],
      ['view=mulai&fixture=migrated&lang=en', 'mulai-migrated-en'],
      ['view=status&theme=dark', 'status-dark-id'],
    ] as const) {
      await open(query);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      expect(await axeViolations()).toEqual([]);
    }
  });

  it('an imported file is previewed before anything is written', async () => {
    await open('view=ekspor&lang=id');
    const file = {
      answers: [
        { soal_id: 1, jawaban_unit: 'Tidak', jawaban_tpi: 'Tidak', catatan_tpi: 'SK belum ditandatangani' },
      ],
    };
    await page.getByLabel('Berkas jawaban PortalRB').setInputFiles({
      name: 'jawaban-unit.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('button', { name: 'Terapkan ke buku kerja' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'ekspor-import-id.png'), fullPage: true });
    const calls = await page.evaluate(() => (window.__paneCalls ?? []).map((c) => c.action));
    expect(calls).toEqual(['previewImport']);
    expect(await axeViolations()).toEqual([]);
  });

  it('clicking a problem in Validasi asks the workbook to select its cell', async () => {
    await open('view=validasi&lang=id');
    const first = page.locator('[role="tabpanel"] li button').first();
    // The problem's cell as the button shows it (beside its badge and text), e.g. Jawaban!K9.
    const cell = /((?:Jawaban|Profil|Rekap)![A-Z]+\d+)/.exec((await first.textContent()) ?? '')?.[1] ?? '';
    expect(cell).toMatch(/^Jawaban!/);
    await first.click();
    const calls = await page.evaluate(() => window.__paneCalls ?? []);
    const [sheet, address] = cell.split('!');
    expect(calls).toContainEqual({ action: 'selectCell', args: [sheet, address] });
  });
});
