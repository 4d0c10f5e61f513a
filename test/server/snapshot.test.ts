// The snapshot on its own: which units are served, under which id, and what the console is told.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUnitFile } from '../../src/server/folder';
import { buildSnapshot, type HeldFile } from '../../src/server/snapshot';
import { parseUsulan } from '../../src/server/usulan';
import { tempDir } from '../rekap/folder';
import { answersText, bestWith } from './units';

async function held(files: Record<string, [string | null, string]>): Promise<Map<string, HeldFile>> {
  const out = new Map<string, HeldFile>();
  const dir = tempDir('lke-serve-snap-');
  for (const [name_, [id, name]] of Object.entries(files)) {
    const file = join(dir, name_);
    writeFileSync(file, answersText(id as string, name, bestWith(name_)));
    const r = await readUnitFile(file);
    if (r.kind !== 'unit') throw new Error(r.reason);
    out.set(file, { good: { reading: r, body: Buffer.from(JSON.stringify(r.answers)) }, failure: null });
  }
  return out;
}

const list = (b: Buffer) => JSON.parse(b.toString('utf8')) as { tahun: number; units: { id: unknown }[] };

describe('buildSnapshot', () => {
  it('serves units by their trimmed id; a unit without an id, or with an id outside the form, is named, not served', async () => {
    const h = await held({ 'a.json': [' U-A ', 'A'], 'b.json': [null, 'B'], 'c.json': ['U C/..', 'C'] });
    const { snapshot, notes } = buildSnapshot(h, { usulan: null, tahun: null });
    expect(list(snapshot.wbk).units.map((u) => u.id)).toEqual(['U-A']);
    expect([...snapshot.answers.keys()]).toEqual(['U-A']);
    expect(notes.withoutId.map((f) => f.split('/').pop()).sort()).toEqual(['b.json', 'c.json']);
    expect(JSON.parse(snapshot.health.toString('utf8'))).toEqual({
      ok: true,
      units: 3,
      proposed: 1,
      unreadable: 0,
      duplicates: 0,
    });
  });

  it('with an usulan: its units, its categories and year, names from the folder; missing ids are reported', async () => {
    const h = await held({
      'a.json': ['U-A', 'Kantor A'],
      'b.json': ['U-B', 'Kantor B'],
      'b2.json': ['U-B', 'B lagi'],
    });
    const usulan = parseUsulan(
      JSON.stringify({
        tahun: 2027,
        units: [
          { id: 'U-B', kategori: 'WBBM' },
          { id: 'U-X', kategori: 'WBK' },
          { id: 'U-A', kategori: 'WBK-AFIRMASI' },
        ],
      }),
      'usulan.json',
    );
    const { snapshot, notes } = buildSnapshot(h, { usulan, tahun: 2026 });
    expect(list(snapshot.wbk)).toEqual({
      tahun: 2027,
      units: [{ id: 'U-A', nama: 'Kantor A', kategori: 'WBK-AFIRMASI', afirmasi: true }],
    });
    expect(list(snapshot.wbbm).units).toHaveLength(1);
    expect(notes.missing).toEqual(['U-X']);
    expect(snapshot.conflicts.get('U-B')).toBe(2);
    expect(snapshot.answers.has('U-B')).toBe(false);
    expect(notes.duplicates.map(([id]) => id)).toEqual(['U-B']);
  });

  it.each([
    ['not JSON', '{', /bukan JSON yang sah/],
    ['no units', '{"tahun": 2026}', /tidak ada daftar "units"/],
    ['a bad id', '{"units": [{"id": "../x", "kategori": "WBK"}]}', /units\[0\]\.id tidak sah/],
    ['a bad category', '{"units": [{"id": "U-1", "kategori": "wbk"}]}', /kategori harus WBK/],
    [
      'an id twice',
      '{"units": [{"id": "U-1", "kategori": "WBK"}, {"id": "U-1", "kategori": "WBBM"}]}',
      /dua kali/,
    ],
    ['a year as text', '{"tahun": "2026", "units": []}', /"tahun" harus bilangan bulat/],
  ])('refuses an usulan file with %s', (_, text, why) => {
    expect(() => parseUsulan(text, 'usulan.json')).toThrow(why);
  });
});
