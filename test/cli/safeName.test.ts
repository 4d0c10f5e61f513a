import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { run } from '../../src/cli/main';
import { MAX_NAME_BYTES, pathInside, safeFileName } from '../../src/cli/safeName';
import { best, entriesOf } from '../lke/fixtures';
import { fsIo, tempDir, writeAnswers } from '../rekap/folder';

jest.setTimeout(60_000);

const HOSTILE = [
  '../../../etc/passwd',
  '..',
  '.',
  '/abs/olute',
  'C:\\Windows\\system32',
  'a\u0000b',
  'x'.repeat(300),
  'é'.repeat(300),
  '😀'.repeat(100),
  'CON',
  'nul.json',
  ' ',
  '',
  '\u202egnp.exe',
  'U-1',
  'u-1',
];

/** Ids as a hostile workbook could carry them: anything, with the dangerous pieces more often. */
const idArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(fc.constantFrom('..', '/', '\\', '.', '\u0000', 'CON', 'é', '😀', 'a', ' ', ':'), {
      maxLength: 80,
    })
    .map((parts) => parts.join('')),
  fc.constantFrom(...HOSTILE),
);

describe('file names made from unit ids', () => {
  it('never leave the folder, stay bounded, and are unique (property)', () => {
    const folder = resolve('/srv/portal/jawaban-unit');
    fc.assert(
      fc.property(fc.array(idArb, { minLength: 1, maxLength: 30 }), (ids) => {
        const used = new Set<string>();
        const names = ids.map((id) => safeFileName(id, used, '.json'));
        for (const name of names) {
          expect(dirname(resolve(folder, name))).toBe(folder);
          expect(/[/\\]/.test(name) || name.includes('\u0000')).toBe(false);
          expect(name.startsWith('.')).toBe(false);
          expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
          expect(name.endsWith('.json')).toBe(true);
          expect(pathInside(folder, name)).toBe(join(folder, name));
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['U-001', 'U-001.json'],
    ['../../etc/passwd', 'etc_passwd.json'],
    ['CON', 'unit_CON.json'],
    ['', 'unit.json'],
  ])('%j → %s', (id, name) => expect(safeFileName(id, new Set(), '.json')).toBe(name));

  it('refuses a path that leaves its folder', () => {
    expect(() => pathInside('/srv/portal', '../x.json')).toThrow(/keluar dari folder/);
  });
});

describe('rekap --portalrb with hostile unit ids', () => {
  it('writes every unit inside jawaban-unit, under distinct names, and finishes the recap', async () => {
    const dir = tempDir('lke-ids-');
    // A repeated id used to get its second name from the raw id: `../` escaped, 300 characters aborted.
    const ids = [
      '../../keluar',
      '../../keluar',
      '/abs/olute',
      'a\u0000b',
      'x'.repeat(300),
      'x'.repeat(300),
      'U-1',
      'u-1',
    ];
    ids.forEach((id, i) => writeAnswers(dir, `unit-${i}.json`, entriesOf(best), id, `Kantor ${i}`));
    const portal = tempDir('lke-portal-');
    const out = join(tempDir('lke-out-'), 'REKAP.xlsx');
    const io = fsIo();
    expect(await run(['rekap', dir, '--out', out, '--portalrb', portal], io)).toBe(0);
    expect(readdirSync(portal).sort()).toEqual(['jawaban-unit', 'unit-wbbm.json', 'unit-wbk.json']);
    const written = readdirSync(join(portal, 'jawaban-unit'));
    expect(written).toHaveLength(ids.length);
    const got = written.map(
      (n) =>
        (JSON.parse(readFileSync(join(portal, 'jawaban-unit', n), 'utf8')) as { unit_id: string }).unit_id,
    );
    expect(got.sort()).toEqual([...ids].sort());
    expect(readdirSync(dirname(portal)).filter((n) => n.includes('keluar'))).toEqual([]);
  });
});
