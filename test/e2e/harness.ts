// Browser test harness: build the pane with webpack's Node API, serve it (and office.js from @microsoft/office-js)
// on 127.0.0.1 with an ephemeral port, and drive Debian's chromium with playwright-core.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OFFICE_JS = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
/** The production URL the test builds use (a production build refuses to run without one). */
export const PUBLIC_URL = process.env.LKE_ZI_PUBLIC_URL ?? 'https://lke-zi.example.go.id';

/** Flags that let chromium run headless in a container without network (field notes). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Whether the browser tests can run. Missing chromium skips them locally but fails them under CI=true.
 */
export function chromiumStatus(): 'ok' | 'skip' | 'fail' {
  if (existsSync(CHROMIUM)) return 'ok';
  return process.env.CI === 'true' ? 'fail' : 'skip';
}

type WebpackConfig = object;
type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => WebpackConfig;
interface Stats {
  hasErrors(): boolean;
  toString(o: object): string;
  toJson(o: object): {
    chunks?: { id?: string | number; names?: string[] }[];
    modules?: { name?: string; chunks?: (string | number)[]; modules?: { name?: string }[] }[];
  };
}

/** A build: its folder and, per entry, the source modules in its bundle. */
export interface Build {
  readonly dir: string;
  readonly modules: Readonly<Record<string, readonly string[]>>;
}
type WebpackFn = (
  config: WebpackConfig,
  cb: (err: Error | null, stats?: Stats) => void,
) => { close(cb: () => void): void };

/**
 * Builds the pane (production mode, not minified unless asked) into a fresh temporary folder, with the preview
 * page when asked.
 *
 * @example
 * const { dir, modules } = await buildPane({ preview: true }); // dir holds taskpane.html, preview.html…
 */
export async function buildPane(options: { preview: boolean; minimize?: boolean }): Promise<Build> {
  const outDir = mkdtempSync(join(tmpdir(), 'lke-pane-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as WebpackFn;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const base = factory(
    { preview: options.preview, outDir, publicUrl: PUBLIC_URL },
    { mode: 'production' },
  ) as {
    optimization?: object;
  };
  // Production mode (tree shaking, production React); minifying is left to the bench (it costs CPU others need).
  const config = {
    ...base,
    devtool: false,
    optimization: { ...base.optimization, minimize: options.minimize ?? false },
  };
  const stats = await new Promise<Stats>((ok, fail) => {
    const compiler = webpack(config, (err, st) => {
      compiler.close(() => undefined);
      if (err) fail(err);
      else if (!st || st.hasErrors())
        fail(new Error(st?.toString({ all: false, errors: true }) ?? 'build failed'));
      else ok(st);
    });
  });
  const json = stats.toJson({ all: false, modules: true, nestedModules: true, chunks: true, ids: true });
  const entriesOf = new Map((json.chunks ?? []).map((c) => [c.id, c.names ?? []] as const));
  const modules: Record<string, string[]> = {};
  for (const m of json.modules ?? []) {
    const names = [m.name ?? '', ...(m.modules ?? []).map((n) => n.name ?? '')];
    for (const id of m.chunks ?? [])
      for (const e of entriesOf.get(id) ?? []) (modules[e] ??= []).push(...names);
  }
  return { dir: outDir, modules };
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

/** Serves `dir` and, under `/office-js/`, the office.js files, on 127.0.0.1 with an ephemeral port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const [base, rel] = path.startsWith('/office-js/')
      ? [OFFICE_JS, path.slice('/office-js/'.length)]
      : [dir, path.slice(1)];
    const file = normalize(join(base, rel === '' ? 'index.html' : rel));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** One headless chromium for a test file. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Serious or critical axe-core violations inside the pane (not the preview grid around it). */
export async function paneAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (el: Element) => Promise<{ violations: { id: string; impact: string | null }[] }> };
      }
    ).axe;
    const el = document.querySelector('[data-testid="pane"]');
    if (!el) return ['no-pane'];
    return (await axe.run(el)).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}
