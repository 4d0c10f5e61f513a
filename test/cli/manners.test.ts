// The command line's manners: unknown options and bad years refused, JSON read with a BOM and within limits,
// terminal escape codes never printed raw, stderr lines capped, never a stack trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { capLines, safeText } from '../../src/cli/format';
import { jsonDepth, parseJsonFile } from '../../src/cli/json';
import { oneLine, run } from '../../src/cli/main';
import { InputError, LKE_2021, toPortalAnswers } from '../../src/lke';
import { best, entriesOf } from '../lke/fixtures';
import { tempDir } from '../rekap/folder';
import { memoryIo } from './memoryIo';

jest.setTimeout(60_000);

const answers = (unitName: string) =>
  JSON.stringify(toPortalAnswers(LKE_2021, entriesOf(best), { unitId: 'U-1', unitName, year: 2026 }));

describe('options', () => {
  it.each([
    [['rekap', 'masuk', '--out', 'R.xlsx', '--bogus', 'x'], 'opsi tidak dikenal: --bogus'],
    [['score', 'a.json', '--colum', 'tpi'], 'opsi tidak dikenal: --colum'],
    [['template', '--out', 'a.xlsx', '--out', 'b.xlsx'], 'opsi --out diberikan dua kali'],
    [['score', 'a.json', '--json=ya'], 'opsi --json tidak memakai nilai'],
    [
      ['rekap', 'masuk', '--out', 'R.xlsx', '--tahun', 'abc'],
      '--tahun harus tahun empat angka (2000–2100), bukan "abc"',
    ],
    [['rekap', 'masuk', '--out', 'R.xlsx', '--tahun', '20266'], '--tahun harus tahun empat angka'],
    [['template', '--out', 'a.xlsx', '--year', '1999'], '--year harus tahun empat angka'],
  ])('%j is refused before anything is read or written', async (argv, message) => {
    const io = memoryIo({ 'a.json': answers('A') });
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(
      io
        .stderr()
        .split('\n')
        .filter((l) => l !== ''),
    ).toHaveLength(1);
    expect([...io.files.keys()]).toEqual(['a.json']);
  });

  it('knows its own options', () => {
    const a = parseArgs(['x', '--json', '--out=R.xlsx'], { booleans: ['json'], values: ['out'] });
    expect([a.positional, [...a.flags]]).toEqual([
      ['x'],
      [
        ['json', true],
        ['out', 'R.xlsx'],
      ],
    ]);
  });
});

describe('JSON files', () => {
  it('accepts a UTF-8 byte-order mark', async () => {
    const io = memoryIo({
      'a.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(answers('A'))]),
    });
    expect(await run(['score', 'a.json', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ complete: true });
  });

  it('refuses nesting past the limit in one clear line (a 200,000-deep value no longer overflows the stack)', async () => {
    const deep = `{"answers":[{"soal_id":1,"jawaban_unit":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`;
    const io = memoryIo({ 'a.json': deep });
    expect(await run(['score', 'a.json'], io)).toBe(2);
    expect(io.stderr()).toBe(
      'lke-zi score: a.json: melebihi batas kedalaman JSON (64); berkas tidak dibaca (a.json: exceeds the limit on JSON nesting depth (64); file not read)\n',
    );
    expect(jsonDepth('{"a":[1,{"b":"[[[\\"["}]}')).toBe(3);
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(() =>
      parseJsonFile(Buffer.alloc(2048, 32), 'big.json', { jsonBytes: 1024, jsonDepth: 64 }),
    ).toThrow(/big\.json: melebihi batas ukuran berkas JSON/);
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 'a.json bukan JSON yang sah (baris 3, kolom 3)'],
    ['[1,]', 'a.json bukan JSON yang sah (tanda "]" tidak pada tempatnya)'],
    ['{"a":', 'a.json bukan JSON yang sah (berkas berakhir sebelum JSON selesai)'],
  ])(
    'says where the syntax error in %j is, in Indonesian (the parser’s English only in the twin)',
    (text, message) => {
      expect(() => parseJsonFile(Buffer.from(text), 'a.json')).toThrow(InputError);
      expect(() => parseJsonFile(Buffer.from(text), 'a.json')).toThrow(message);
    },
  );

  it('refuses a 400-digit count with the soal named, and exits 2', async () => {
    const file = JSON.parse(answers('A')) as { answers: { soal_id: number; jawaban_unit: string }[] };
    const q88 = file.answers.find((a) => a.soal_id === 88);
    if (q88) q88.jawaban_unit = `1${'0'.repeat(400)}`;
    const io = memoryIo({ 'a.json': JSON.stringify(file) });
    expect(await run(['score', 'a.json'], io)).toBe(2);
    expect(io.stderr()).toContain('soal_id 88 jawaban_unit: angka "1000');
  });
});

describe('printed text', () => {
  it('never carries terminal escape codes or bidi controls raw, in text or in --json', async () => {
    const evil = 'KPPN \u001b[2J\u001b]0;judul\u0007\u009b31m\u202eA';
    for (const flags of [[], ['--json']]) {
      const io = memoryIo({ 'a.json': answers(evil) });
      await run(['score', 'a.json', ...flags], io);
      // eslint-disable-next-line no-control-regex
      expect(io.stdout()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      if (flags.length === 0)
        expect(io.stdout()).toContain('KPPN \\u001b[2J\\u001b]0;judul\\u0007\\u009b31m\\u202eA');
      else expect(JSON.parse(io.stdout())).toMatchObject({ complete: true });
    }
    expect(safeText('\r[##..] 1/2')).toBe('\r[##..] 1/2');
    expect(safeText('a\rb')).toBe('a\\u000db');
  });

  it('--json keeps its meaning: an escaped character reads back as itself', async () => {
    const note = 'catatan \u009b31m \u202e \u2028 selesai';
    const file = { answers: [{ soal_id: 1, jawaban_unit: 'Ya', catatan_unit: note }] };
    const io = memoryIo({ 'a.json': JSON.stringify(file) });
    const { templateBytes } = await import('./workbookFixtures');
    io.files.set('LKE.xlsx', await templateBytes());
    await run(['import', 'a.json', '--into', 'LKE.xlsx', '--json'], io);
    expect(io.stdout()).not.toMatch(/[\u0080-\u009f\u202e\u2028]/);
    const j = JSON.parse(io.stdout()) as { changed: { field: string; to: unknown }[] };
    expect(j.changed.find((c) => c.field === 'unitNote')?.to).toBe(note);
  });

  it('caps every stderr line (a 24 MB reason stays one readable line)', async () => {
    const file = { answers: Array.from({ length: 200_000 }, (_, i) => ({ soal_id: 10_000 + i })) };
    const io = memoryIo({ 'a.json': JSON.stringify(file) });
    expect(await run(['score', 'a.json'], io)).toBe(2);
    const lines = io
      .stderr()
      .split('\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.length).toBeLessThan(1_100);
    expect(lines[0]).toMatch(/soal_id tidak dikenal .* … \(\+\d+ karakter\)$/);
    expect(capLines('ab\ncdef', 2)).toBe('ab\ncd … (+2 karakter)');
  });

  it('an unexpected failure is one line without a stack trace; a file-system one names its class', () => {
    const unexpected = oneLine(new TypeError('Cannot read properties of undefined'), 'score');
    expect(unexpected).toBe(
      'lke-zi score: gagal tak terduga; laporkan ke pengelola lke-zi (unexpected failure: Cannot read properties of undefined)\n',
    );
    expect(oneLine(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }), 'rekap')).toBe(
      'lke-zi rekap: gagal: disk penuh (failed: no space left on the disk)\n',
    );
    expect(oneLine(new RangeError('Maximum call stack size exceeded'))).toContain('terlalu bertingkat');
  });
});

describe('the installed lke-zi', () => {
  const bin = join(__dirname, '..', '..', 'bin', 'lke-zi.js');
  beforeAll(() => {
    if (!existsSync(join(__dirname, '..', '..', 'dist', 'cli.js')))
      execFileSync('node', ['scripts/build-cli.mjs'], { cwd: join(__dirname, '..', '..') });
  });

  it.each([
    ['a directory as the answers file', (d: string) => ['score', d]],
    ['a missing file', (d: string) => ['score', join(d, 'tidak-ada.json')]],
    [
      'bad JSON',
      (d: string) => (writeFileSync(join(d, 'x.json'), '{"answers": ['), ['score', join(d, 'x.json')]),
    ],
    [
      'a zip that is not one',
      (d: string) => (writeFileSync(join(d, 'x.xlsx'), 'PK\u0003\u0004 rusak'), ['score', join(d, 'x.xlsx')]),
    ],
    ['an unknown option', (d: string) => ['template', '--out', join(d, 'a.xlsx'), '--bogus', 'x']],
  ])('%s: one line on stderr, exit 2, no stack trace', (_what, argv) => {
    const dir = tempDir('lke-bin-');
    const r = spawnSync('node', [bin, ...argv(dir)], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^lke-zi/);
  });
});
