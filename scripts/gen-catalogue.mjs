// Usage: node scripts/gen-catalogue.mjs [MASTER.json]  (default: ../shared/reference/portalrb-master-soal-2026.json)
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const dir = mkdtempSync(join(tmpdir(), 'gen-cat-'));
const out = join(dir, 'gen.cjs');
await build({
  entryPoints: ['scripts/gen-catalogue.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'error',
});
const { generate } = createRequire(import.meta.url)(out);
generate(
  process.argv[2] ?? '../shared/reference/portalrb-master-soal-2026.json',
  'src/lke/data/lke2021.generated.ts',
);
console.log('wrote src/lke/data/lke2021.generated.ts');
