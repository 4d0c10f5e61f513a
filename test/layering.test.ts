// The layering of src/ is checked by a tool, not by memory: ESLint's no-restricted-imports per folder
// (eslint.layers.cjs, also in eslint.config.mjs) over every file of src/, and a deliberate wrong import fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

jest.setTimeout(120_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const layers = require('../eslint.layers.cjs') as Linter.Config[];
const root = resolve(__dirname, '..');

function linter(): ESLint {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      // Inline comments are ignored: a layer rule cannot be switched off in a file, and comments naming
      // rules of the full lint set (not loaded here) are not errors.
      { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
      ...layers,
    ],
  });
}

describe('layering of src/', () => {
  it('every file of src/ imports only what its layer may', async () => {
    const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(root, 'src', f));
    const eslint = linter();
    const results = (
      await Promise.all(files.map((f) => eslint.lintText(readFileSync(f, 'utf8'), { filePath: f })))
    ).flat();
    expect(results.length).toBeGreaterThan(150);
    const broken = results.flatMap((r) =>
      // errors only: the warning that an inline comment has no effect here is not a layering fault
      r.messages
        .filter((m) => m.severity === 2)
        .map((m) => `${r.filePath.slice(root.length + 1)}:${m.line} ${m.message}`),
    );
    expect(broken).toEqual([]);
  });

  it.each([
    ['src/lke/x.ts', "import { SHEETS } from '../workbook';", 'src/lke imports no other layer.'],
    ['src/workbook/x.ts', "import { readFile } from 'node:fs';", 'src/cli (or the server) only'],
    ['src/workbook/x.ts', "import ExcelJS from 'exceljs';", 'src/cli (or the server) only'],
    ['src/excel/x.ts', "import { App } from '../taskpane/App';", 'src/excel never imports the pane'],
    ['src/cli/x.ts', "import { HyperFormula } from 'hyperformula';", 'HyperFormula is for src/preview'],
    [
      'src/taskpane/views/x.ts',
      "import { run } from '../../cli/main';",
      'reaches Excel through src/excel only',
    ],
    ['src/rekap/x.ts', "import { readWorkbook } from '../excel/read';", 'src/rekap is pure'],
  ])('a deliberate wrong import in %s fails: %s', async (file, code, message) => {
    const [r] = await linter().lintText(`${code}\nexport const x = 1;\n`, { filePath: resolve(root, file) });
    expect(r?.messages.map((m) => m.message).join('\n')).toContain(message);
  });

  it('a right import passes', async () => {
    const [r] = await linter().lintText("import { SHEETS } from '../workbook';\nexport const x = SHEETS;\n", {
      filePath: resolve(root, 'src/excel/x.ts'),
    });
    expect(r?.messages).toEqual([]);
  });
});
