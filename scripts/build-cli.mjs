// Bundles the command line (src/cli/node.ts) into dist/cli.js with esbuild, and the recap's worker thread
// (src/cli/readWorker.ts: reading and scoring only) into dist/read-worker.js, so a worker starts in a fraction
// of the time. exceljs, the HTTP framework and the Word writer stay runtime dependencies (node_modules), loaded
// only by the commands that use them, so start-up compiles none of them.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs', 'fastify', '@fastify/rate-limit', 'docx'],
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/node.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/cli/readWorker.ts'], outfile: 'dist/read-worker.js' });
