#!/usr/bin/env node
// The lke-zi command line; the code is built into dist/ by `npm run build:cli` (run by `npm ci` via prepare).
require('../dist/cli.js').main();
