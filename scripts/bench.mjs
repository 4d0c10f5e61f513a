// npm run bench [-- NAME…]: bundles every bench/*.bench.ts (or those named) with esbuild, runs each in turn and
// prints one table of measured figures. Bench files export `bench(): Promise<BenchRow[]>`.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { createRequire } from 'node:module';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(basename(f, '.bench.ts')))
  .sort();
// Bundles live inside the project (git-ignored .tmp/) so that externals resolve from node_modules.
mkdirSync('.tmp', { recursive: true });
const dir = mkdtempSync(join('.tmp', 'bench-'));
const require = createRequire(import.meta.url);
const rows = [];
for (const f of files) {
  const out = join(process.cwd(), dir, f.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [join('bench', f)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: out,
    external: ['exceljs', 'hyperformula', 'playwright-core', 'esbuild'],
    logLevel: 'error',
    loader: { '.tsx': 'tsx' },
  });
  process.stderr.write(`bench: ${f}…\n`);
  const mod = require(out);
  rows.push(...(await mod.bench()));
}
const fmt = (v) =>
  Number.isInteger(v) ? String(v) : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3);
const table = rows.map((r) => [r.group, r.metric, fmt(r.value), r.unit, r.note ?? '']);
const head = ['group', 'metric', 'value', 'unit', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) =>
  '| ' + cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
console.log(line(head));
console.log(
  '|' + widths.map((w, i) => (i === 2 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|',
);
for (const r of table) console.log(line(r));
