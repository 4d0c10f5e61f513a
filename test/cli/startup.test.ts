// What a command loads is what it uses: `rekap` starts without the HTTP framework and the Word writer, and loads
// of exceljs only its streaming writer; its reader processes load none of them (nor the chart's zip library).
// Start-up is part of every recap's time (a recap of 150 files pays it once, a folder watch pays it often).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/main';
import { fsIo, tempDir, writeAnswers } from '../rekap/folder';
import { best, entriesOf } from '../lke/fixtures';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/lke-zi.js');

/** Runs the built command line with a hook that lists every package each process loads (the command, its readers). */
function loaded(args: readonly string[], env: Record<string, string> = {}): Map<string, Set<string>> {
  const hook = join(mkdtempSync(join(tmpdir(), 'lke-load-')), 'hook.js');
  writeFileSync(
    hook,
    [
      "const M = require('module');",
      "const who = (process.env.LKE_ZI_READER ? 'reader-' : 'main-') + process.pid;",
      'const seen = new Set();',
      'const load = M._load;',
      // Said at once, not at exit (a reader that is killed runs no exit handler).
      "M._load = function (request, ...rest) { if (!/^(\\.|\\/|node:)/.test(request) && !seen.has(request)) { seen.add(request); process.stderr.write('LOADED ' + who + ' ' + request + '\\n'); } return load.call(this, request, ...rest); };",
    ].join('\n'),
  );
  const r = spawnSync(process.execPath, ['-r', hook, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.status).toBe(0);
  const out = new Map<string, Set<string>>();
  for (const m of r.stderr.matchAll(/^LOADED (\S+) (.*)$/gm)) {
    const id = m[1] ?? '';
    out.set(id, (out.get(id) ?? new Set<string>()).add(m[2] ?? ''));
  }
  return out;
}

describe('start-up', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  }, 60_000);

  it('rekap loads neither fastify nor docx; exceljs only as its streaming writer; readers none of them', async () => {
    const dir = tempDir();
    const tpl = join(tempDir(), 'LKE.xlsx');
    const io = fsIo();
    expect(await run(['template', '--out', tpl], io)).toBe(0);
    for (let i = 0; i < 6; i++) {
      const answers = writeAnswers(tempDir(), `u${i}.json`, entriesOf(best), `U-${i}`, `Unit ${i}`);
      expect(await run(['import', answers, '--into', tpl, '--out', join(dir, `u${i}.xlsx`)], io)).toBe(0);
    }
    const threads = loaded(['rekap', dir, '--out', join(tempDir(), 'REKAP.xlsx')], { LKE_ZI_WORKERS: '2' });
    const ids = [...threads.keys()];
    expect(ids.filter((id) => id.startsWith('main-'))).toHaveLength(1);
    expect(ids.filter((id) => id.startsWith('reader-'))).toHaveLength(2);
    const main = threads.get(ids.find((id) => id.startsWith('main-')) ?? '') ?? new Set<string>();
    expect(main).toContain('exceljs/lib/stream/xlsx/workbook-writer');
    for (const [id, packages] of threads) {
      expect({ id, heavy: [...packages].filter((p) => /^(fastify|@fastify\/|docx)/.test(p)) }).toEqual({
        id,
        heavy: [],
      });
      expect(packages).not.toContain('exceljs');
      if (id.startsWith('reader-')) expect([...packages].filter((p) => /exceljs|jszip/.test(p))).toEqual([]);
    }
  }, 120_000);

  it('laporan still loads the Word writer when it needs it', () => {
    const answers = writeAnswers(tempDir(), 'u.json', entriesOf(best), 'U-1', 'Unit 1');
    const threads = loaded(['laporan', answers, '--out', join(tempDir(), 'LHE.docx')]);
    const [main] = [...threads.values()];
    expect(threads.size).toBe(1);
    expect(main).toContain('docx');
    expect(main).not.toContain('fastify');
  }, 60_000);
});
