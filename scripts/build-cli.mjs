// Bundles the command line (src/cli/node.ts) into dist/cli.js with esbuild; exceljs stays a runtime dependency.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/node.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/cli.js',
  external: ['exceljs'],
  sourcemap: true,
  logLevel: 'warning',
});
