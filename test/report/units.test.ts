// The pure parts of the reports, table-driven: numbers as Indonesians write them, the verdict the report states
// (blocked over bad entries), the print setup as data, and the recommendation cells on sheet Rekap (unlocked,
// read back, never read by a formula).
import { evaluate, LKE_2021, parsePortalAnswers, THRESHOLDS_2021 } from '../../src/lke';
import {
  planWorkbook,
  SHEETS,
  JAWABAN_HIDDEN_COLUMNS,
  JAWABAN_TITLES,
  RECOMMENDATION_COLUMN,
} from '../../src/workbook';
import { footer } from '../../src/workbook/print';
import { rekapRows } from '../../src/workbook/rekapRows';
import { readRecommendations } from '../../src/workbook/recommendations';
import { idMargin, idNumber, idPercent, lheDocument, plainText, verdictFor } from '../../src/report';
import { fullAnswers, withBadEntries } from '../cli/workbookFixtures';
import { entriesOf, best } from '../lke/fixtures';

describe('numbers as Indonesians write them', () => {
  it.each([
    [88.615, '88,62'],
    [74.995, '75,00'],
    [0, '0,00'],
    [-0.2, '−0,20'],
    [1250.5, '1.250,50'],
    [100, '100,00'],
  ])('idNumber(%p) → %p', (n, text) => expect(idNumber(n)).toBe(text));

  it.each([
    [2.04, '+2,04'],
    [0, '+0,00'],
    [-0.22, '−0,22'],
  ])('idMargin(%p) → %p', (n, text) => expect(idMargin(n)).toBe(text));

  it('writes shares as percentages', () => expect(idPercent(0.87534)).toBe('87,53 %'));
});

describe('the verdict the report states', () => {
  const ev = (file = fullAnswers()) => {
    const { entries } = parsePortalAnswers(LKE_2021, file);
    return evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' });
  };

  it('is blocked while an entry has an error, with the counts', () => {
    const bad = ev(withBadEntries(fullAnswers()));
    const errors = bad.issues.filter((i) => i.column === 'unit' && i.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    const v = verdictFor(bad, 'unit', 'WBK');
    expect(v.kind).toBe('blocked');
    expect(v.id).toBe(`Belum dapat dinilai: 0 belum diisi, ${errors} kesalahan isian`);
  });

  it('names the failing criteria with value, threshold and margin', () => {
    const v = verdictFor(ev(), 'tpi', 'WBK');
    expect(v.kind).toBe('not-eligible');
    expect(v.id).toBe('Belum memenuhi: Survei persepsi anti korupsi (IPAK) 15,53 < 15,75 (−0,22)');
  });

  it('says the requirements are incomplete when the score passes but Tabel 5 is not ticked', () => {
    const e = evaluate(LKE_2021, THRESHOLDS_2021, entriesOf(best), { heldPredicate: 'none' });
    expect(verdictFor(e, 'tpi', 'WBK')).toEqual({
      predicate: 'WBK',
      kind: 'requirements-incomplete',
      id: 'Nilai memenuhi; syarat pengusulan belum lengkap (0 dari 10)',
    });
    const ticked = Object.fromEntries(e.verdicts.tpi.WBK.checklist.map((c) => [c.id, true]));
    const all = evaluate(LKE_2021, THRESHOLDS_2021, entriesOf(best), {
      heldPredicate: 'none',
      checklist: ticked,
    });
    expect(verdictFor(all, 'tpi', 'WBK').id).toBe('Memenuhi syarat Menuju WBK');
  });

  it('puts the blocked sentence in the LHE instead of a verdict', () => {
    const bad = ev(withBadEntries(fullAnswers()));
    const { entries } = parsePortalAnswers(LKE_2021, withBadEntries(fullAnswers()));
    const text = plainText(
      lheDocument({
        catalogue: LKE_2021,
        thresholds: THRESHOLDS_2021,
        entries,
        profile: { heldPredicate: 'none' },
        evaluation: bad,
        unit: { name: 'X', id: null, instansi: null, year: 2026 },
        audit: [],
        recommendations: new Map(),
      }),
    );
    expect(text).toContain('Belum dapat dinilai');
    expect(text).not.toMatch(/Memenuhi syarat Menuju|Belum memenuhi:/);
  });
});

describe('print setup and recommendation cells in the plan', () => {
  const plan = planWorkbook(LKE_2021, THRESHOLDS_2021, { unitName: 'KPPN Bandung I' });
  const sheet = (name: string) => plan.sheets.find((s) => s.name === name);

  it('prints Jawaban over A..Q, landscape, one page wide, row 1 repeated, helper columns hidden', () => {
    const p = sheet(SHEETS.jawaban)?.print;
    expect(p).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: '1:1' });
    expect(p?.area).toMatch(/^A1:Q\d+$/);
    expect(p?.hiddenColumns).toEqual(['B', 'D', 'E', 'O', 'P', 'R', 'S']);
    for (const c of ['A', 'C', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'Q'])
      expect(JAWABAN_HIDDEN_COLUMNS).not.toContain(c);
    expect(JAWABAN_TITLES.R).toBe('Terbaca unit');
  });

  it('prints Rekap and Profil on one page each, and the unit name in every footer', () => {
    expect(sheet(SHEETS.rekap)?.print).toMatchObject({ fitToWidth: 1, fitToHeight: 1 });
    expect(sheet(SHEETS.profil)?.print).toMatchObject({ fitToWidth: 1, fitToHeight: 1, area: 'A1:F21' });
    expect(sheet(SHEETS.meta)?.print).toBeUndefined();
    for (const s of [SHEETS.jawaban, SHEETS.rekap, SHEETS.profil])
      expect(sheet(s)?.print?.footer?.left).toBe('KPPN Bandung I');
    expect(footer('A & B').left).toBe('A && B');
    expect(footer(null).left).toBe('&F');
  });

  it('adds one unlocked recommendation cell per area on Rekap that no formula reads', () => {
    const rows = rekapRows(LKE_2021, THRESHOLDS_2021);
    const first = rows.areaHeader + 1;
    const last = rows.areaHeader + LKE_2021.areas.length;
    expect(sheet(SHEETS.rekap)?.unlocked).toContain(
      `${RECOMMENDATION_COLUMN}${first}:${RECOMMENDATION_COLUMN}${last}`,
    );
    const cells = LKE_2021.areas.map((a) => `${RECOMMENDATION_COLUMN}${rows.area.get(a.id) ?? 0}`);
    for (const c of plan.computed) {
      const f = c.formula.replace(/\$/g, '').replace(/'/g, '');
      for (const cell of cells) {
        expect(f).not.toMatch(new RegExp(`Rekap!${cell}(?![0-9])`));
        if (c.sheet === SHEETS.rekap) expect(f).not.toMatch(new RegExp(`(^|[^A-Z0-9!])${cell}(?![0-9])`));
      }
    }
    const read = readRecommendations(LKE_2021, rows, (a) =>
      a === cells[0] ? '  Lengkapi SK  ' : a === cells[1] ? '' : null,
    );
    expect([...read]).toEqual([[1, 'Lengkapi SK']]);
  });
});
