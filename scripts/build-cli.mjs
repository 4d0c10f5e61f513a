// Bundles the command line (src/cli/node.ts) into dist/cli.js with esbuild, and the recap's worker thread
// (src/cli/readWorker.ts: reading and scoring only) into dist/read-worker.js, so a worker starts in a fraction
// of the time; exceljs stays a runtime dependency.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/node.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/cli/readWorker.ts'], outfile: 'dist/read-worker.js' });
