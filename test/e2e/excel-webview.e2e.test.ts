// The pane's page in Debian's chromium: on a webview that cannot run the bundle's ES2020 (Internet Explorer,
// EdgeHTML), the ES5 check in taskpane.html shows which Office is needed, in Indonesian and English, instead of a
// blank pane. The failure is forced by making the check's `Function` throw, as an old engine's parser would.
// The same page in a modern browser shows no such message. Without chromium it skips locally, fails under CI.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'acorn';
import { chromiumStatus, launch, ROOT, serve } from './harness';

jest.setTimeout(60_000);
const status = chromiumStatus();
const HTML = join(ROOT, 'src', 'taskpane', 'taskpane.html');

describe('the old-webview check', () => {
  it('is plain ES5 (an old engine must be able to run the check itself)', () => {
    const scripts = [...readFileSync(HTML, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(scripts).toHaveLength(1);
    expect(() => parse(scripts[0] ?? '', { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse('var o = {}; o?.a;', { ecmaVersion: 5 })).toThrow(); // the parse check can fail
  });
});

(status === 'skip' ? describe.skip : describe)('taskpane.html in chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    if (status === 'fail') throw new Error('chromium missing under CI');
    const dir = mkdtempSync(join(tmpdir(), 'lke-webview-'));
    copyFileSync(HTML, join(dir, 'taskpane.html'));
    server = await serve(dir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(forceOld: boolean): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 320, height: 600 } });
    await page.route(/appsforoffice\.microsoft\.com/, (r) => r.abort());
    if (forceOld) {
      await page.addInitScript(() => {
        window.Function = function () {
          throw new SyntaxError('Expected identifier');
        } as unknown as FunctionConstructor;
      });
    }
    await page.goto(`${server.url}/taskpane.html`);
    return page;
  }

  it('shows the Office version needed, in Indonesian and English, when the check fails', async () => {
    const page = await open(true);
    const note = page.getByRole('alert');
    await note.waitFor();
    expect(await note.isVisible()).toBe(true);
    expect(await page.locator('p[lang="id"]').innerText()).toMatch(/Microsoft 365.*Office 2021/s);
    expect(await page.locator('p[lang="en"]').innerText()).toMatch(/Microsoft 365.*Office 2021 or later/s);
    expect(await page.locator('#root').count()).toBe(0);
    expect(await page.evaluate(() => (window as { lkeOldWebview?: boolean }).lkeOldWebview)).toBe(true);
    await page.close();
  });

  it('shows nothing of it in a modern browser, and keeps the root for the bundle', async () => {
    const page = await open(false);
    await page.waitForLoadState('load');
    expect(await page.locator('#lke-old-webview').isVisible()).toBe(false);
    expect(await page.locator('#root').count()).toBe(1);
    await page.close();
  });
});
