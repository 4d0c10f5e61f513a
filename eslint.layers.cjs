// The import direction of src/, checked by ESLint's built-in no-restricted-imports (one block per folder).
// Arrows point one way: taskpane → excel → workbook → lke; cli (and a server) → workbook → lke. Node, exceljs,
// the HTTP framework and the file-format libraries only in cli/server; HyperFormula only in preview;
// office-js only in excel (and the preview host that stands in for it). Used by eslint.config.mjs and by
// test/layering.test.ts (which runs these rules alone over src/ as part of npm test).

/** A relative import reaching up into one of these folders of src/ (`../workbook`, `../../cli/main`). */
const folders = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

const NODE = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'zlib',
  'stream',
  'readline',
  'worker_threads',
  'crypto',
];
const SERVER_LIBS = ['exceljs', 'fastify', '@fastify/*', 'docx', 'fflate', 'saxes', 'jszip'];
const HOSTS = {
  node: {
    group: [...NODE, ...SERVER_LIBS],
    message: 'Node, exceljs and file/HTTP libraries belong in src/cli (or the server) only.',
  },
  nodeOnly: {
    group: [...NODE, 'exceljs', 'fastify', '@fastify/*', 'fflate', 'saxes', 'jszip'],
    message: 'src/report builds documents (docx) from plain data: no Node, no exceljs, no HTTP.',
  },
  hyperformula: {
    group: ['hyperformula', 'hyperformula/*'],
    message: 'HyperFormula is for src/preview and tests only.',
  },
  office: {
    group: ['@microsoft/office-js', 'office-js', '@microsoft/office-js/*'],
    message: 'Only src/excel touches office-js.',
  },
  ui: {
    group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'],
    message: 'React and Fluent belong in src/taskpane and src/preview.',
  },
};

/** One folder's rule: the folders of src/ it must not import, and the libraries. */
function layer(folder, forbidden, libs, why) {
  return {
    files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(forbidden.length > 0 ? [{ regex: folders(...forbidden), message: why }] : []),
            ...libs.map((k) => HOSTS[k]),
          ],
        },
      ],
    },
  };
}

const ALL = [
  'lke',
  'workbook',
  'circulated',
  'rekap',
  'report',
  'excel',
  'preview',
  'taskpane',
  'cli',
  'server',
];
const except = (...allowed) => ALL.filter((f) => !allowed.includes(f));

module.exports = [
  layer(
    'report',
    except('report', 'lke', 'workbook', 'circulated', 'rekap'),
    ['nodeOnly', 'hyperformula', 'office', 'ui'],
    'src/report (the LHE and letters) reads plain data from the pure layers only.',
  ),
  layer('lke', except('lke'), ['node', 'hyperformula', 'office', 'ui'], 'src/lke imports no other layer.'),
  layer(
    'workbook',
    except('workbook', 'lke'),
    ['node', 'hyperformula', 'office', 'ui'],
    'src/workbook imports only src/lke.',
  ),
  layer(
    'circulated',
    except('circulated', 'lke', 'workbook'),
    ['node', 'hyperformula', 'office', 'ui'],
    'src/circulated is pure: src/lke and src/workbook only.',
  ),
  layer(
    'rekap',
    except('rekap', 'lke', 'workbook', 'circulated'),
    ['node', 'hyperformula', 'office', 'ui'],
    'src/rekap is pure: src/lke and src/workbook only.',
  ),
  layer(
    'excel',
    ['taskpane', 'preview', 'cli', 'server', 'rekap'],
    ['node', 'hyperformula', 'ui'],
    'src/excel never imports the pane, the preview or the command line.',
  ),
  layer(
    'taskpane',
    ['cli', 'server', 'preview'],
    ['node', 'hyperformula', 'office'],
    'src/taskpane reaches Excel through src/excel only.',
  ),
  layer(
    'preview',
    ['cli', 'server'],
    ['node', 'office'],
    'The preview host never imports the command line or the server.',
  ),
  layer(
    'cli',
    ['excel', 'taskpane', 'preview'],
    ['hyperformula', 'office', 'ui'],
    'The command line never imports office-js code, the pane or the preview.',
  ),
  layer(
    'server',
    ['excel', 'taskpane', 'preview'],
    ['hyperformula', 'office', 'ui'],
    'The server never imports office-js code, the pane or the preview.',
  ),
];
