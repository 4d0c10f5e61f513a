import { indexOf, LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import {
  factCell,
  profileCells,
  auditFormulas,
  cellAnswer,
  detectTemplate,
  gridCell,
  inputCell,
  matchTemplate,
  normalizeFormula,
  planWorkbook,
  readEntries,
  readProfile,
  templateIdentity,
  type CellValue,
  missingSheetText,
  readTemplateSource,
  rowRefusalText,
  SHEETS,
  sourceFromCells,
  type SourceCell,
} from '../../src/workbook';

const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);

describe('reading cells into engine entries', () => {
  it.each<[CellValue, ReturnType<typeof cellAnswer>]>([
    [null, null],
    ['', ''],
    [' ya ', ' ya '],
    ['12', '12'],
    [12, 12],
    [true, 'TRUE'],
    [false, 'FALSE'],
    ['#N/A', '#N/A'],
  ])('cell %p → answer %p', (cell, answer) => {
    expect(cellAnswer(cell)).toEqual(answer);
  });

  it('reads K/L/M/N/Q of each question row from a grid that starts at A1', () => {
    const grid: CellValue[][] = [];
    const put = (address: string, v: CellValue): void => {
      const m = /^([A-Z])(\d+)$/.exec(address);
      const r = Number(m?.[2]) - 1;
      (grid[r] ??= [])[(m?.[1] ?? 'A').charCodeAt(0) - 65] = v;
    };
    put('K6', 'Ya');
    put('L6', 'catatan');
    put('M6', 'https://x.go.id/1');
    put('N6', true);
    put('Q6', 123);
    put('K126', 12);
    const entries = readEntries(LKE_2021, gridCell(grid.map((r) => Array.from(r ?? [], (v) => v ?? null))));
    expect(entries.get(1)).toEqual({
      unit: 'Ya',
      tpi: 'TRUE',
      unitNote: 'catatan',
      unitEvidence: 'https://x.go.id/1',
      tpiNote: '123',
    });
    expect(entries.get(88)).toEqual({
      unit: 12,
      tpi: null,
      unitNote: null,
      unitEvidence: null,
      tpiNote: null,
    });
    expect(inputCell({ row: 126 }, 'tpiNote')).toEqual({ sheet: 'Jawaban', address: 'Q126' });
  });
});

describe('sheet Profil', () => {
  it.each<[CellValue, string]>([
    ['Menuju WBK', 'WBK'],
    [' menuju  wbbm ', 'WBBM'],
    ['Belum ada', 'none'],
    ['WBK', 'none'],
    [null, 'none'],
    [true, 'none'],
  ])('held predicate %p → %s', (cell, held) => {
    expect(readProfile((a) => (a === 'B7' ? cell : null)).profile.heldPredicate).toBe(held);
  });

  it('reads unit, id, year and the Tabel 5 facts as the sheet formulas do', () => {
    const cells: Record<string, CellValue> = {
      B3: 'KPPN Bandung',
      B4: 42,
      B6: 2026,
      [factCell('agencyKind')]: ' pemerintah  daerah ',
      [factCell('opiniBpk')]: 'wtp',
      [factCell('spip')]: 3.5,
      [factCell('layananUtama')]: 'TIDAK',
      [factCell('tindakLanjut')]: 1,
      [factCell('sakipUnit')]: 'B+',
    };
    const p = readProfile((a) => cells[a] ?? null);
    expect([p.unitName, p.unitId, p.year]).toEqual(['KPPN Bandung', 42, 2026]);
    expect(p.profile.facts).toMatchObject({
      agencyKind: 'PEMDA',
      opiniBpk: 'WTP',
      spip: null,
      layananUtama: false,
      tindakLanjut: 1,
      sakipUnit: null,
      serviceKind: null,
    });
  });

  it('writes back exactly what it reads (profileCells is the inverse of readProfile)', () => {
    const cells: Record<string, CellValue> = {
      B3: 'KPPN Bandung',
      B7: 'Menuju WBK',
      [factCell('agencyKind')]: 'Pemerintah Daerah',
      [factCell('serviceKind')]: ' rsud ',
      [factCell('lamaZi')]: 2,
      [factCell('dampakSignifikan')]: 'Ya',
    };
    const p = readProfile((a) => cells[a] ?? null);
    const written = new Map(profileCells(p).map((c) => [c.address, c.value]));
    expect(readProfile((a) => written.get(a) ?? null)).toEqual(p);
    expect(written.get(factCell('serviceKind'))).toBe('RSUD');
    expect(p.profile.facts?.serviceKind).toBe('rsud');
  });
});

describe('template identity', () => {
  const meta = plan.sheets.find((s) => s.name === 'LKE_ZI_META');
  const cells = new Map<string, CellValue>();
  for (const b of meta?.blocks ?? [])
    b.cells.forEach((r, i) => r.forEach((v, j) => cells.set(`${'AB'[j] ?? 'A'}${i + 1}`, v)));

  it('is found in the metadata sheet and matches the catalogue', () => {
    const found = detectTemplate((a) => cells.get(a) ?? null);
    expect(found).toEqual(templateIdentity(LKE_2021));
    expect(matchTemplate(found, templateIdentity(LKE_2021))).toBe('same');
  });

  it('tells a foreign workbook, another template and another version apart', () => {
    expect(detectTemplate(() => null)).toBeNull();
    const id = templateIdentity(LKE_2021);
    expect(matchTemplate(null, id)).toBe('not-a-template');
    expect(matchTemplate({ ...id, templateId: 'lain' }, id)).toBe('other-template');
    expect(matchTemplate({ ...id, planVersion: 0 }, id)).toBe('other-version');
    expect(matchTemplate({ ...id, catalogueFingerprint: 'c-0' }, id)).toBe('other-version');
  });
});

describe('formula audit', () => {
  const untouched = (sheet: string, address: string) => ({
    formula: plan.computed.find((c) => c.sheet === sheet && c.address === address)?.formula ?? null,
    value: null,
  });

  it('finds nothing on untouched cells, even rewritten with $, spaces, lower case or _xlfn.', () => {
    expect(auditFormulas(plan, untouched)).toEqual([]);
    expect(normalizeFormula('= if( \'Jawaban\'!$G$5>0 ,"ok",0)')).toBe('IF(JAWABAN!G5>0,"ok",0)');
    expect(normalizeFormula('=_xlfn.IFS(A1,"a b")')).toBe(normalizeFormula('=IFS(A1,"a b")'));
    expect(normalizeFormula('=IF(A1="ok",1,0)')).not.toBe(normalizeFormula('=IF(A1="OK",1,0)'));
  });

  it('reports overwritten, edited and emptied cells with their addresses', () => {
    const read = (sheet: string, address: string) => {
      if (sheet === 'Rekap' && address === 'C23') return { formula: null, value: 99.5 };
      if (sheet === 'Jawaban' && address === 'G6') return { formula: '=1', value: 1 };
      if (sheet === 'Jawaban' && address === 'O6') return { formula: null, value: null };
      return untouched(sheet, address);
    };
    expect(auditFormulas(plan, read).map((f) => [f.sheet, f.address, f.kind, f.found])).toEqual([
      ['Jawaban', 'O6', 'missing', null],
      ['Jawaban', 'G6', 'edited', '=1'],
      ['Rekap', 'C23', 'overwritten', '99.5'],
    ]);
  });
});

describe('the shared template reader (readTemplateSource) over any cell source', () => {
  const ix = indexOf(LKE_2021);
  const questionsOf = () => ix.questions;
  const meta = {
    A1: 'template_id',
    B1: plan.identity.templateId,
    A2: 'template_version',
    B2: plan.identity.templateVersion,
    A3: 'catalogue_fingerprint',
    B3: plan.identity.catalogueFingerprint,
    A4: 'plan_version',
    B4: plan.identity.planVersion,
  };
  /** Jawaban with ids (or texts) at the question rows, shifted by `shift`, and extra cells. */
  function jawaban(
    shift: number,
    mode: 'ids' | 'texts',
    extra: Record<string, CellValue | Partial<SourceCell>> = {},
  ) {
    const cells: Record<string, CellValue | Partial<SourceCell>> = {};
    for (const q of ix.questions) {
      if (mode === 'ids') cells[`B${q.row + shift}`] = q.soalId;
      cells[`C${q.row + shift}`] = q.text;
    }
    return { ...cells, ...extra };
  }
  const first = questionsOf()[0];
  if (!first) throw new Error('no questions');

  it('reads the entries at the rows the ids say (rows inserted above: read right, flagged moved)', () => {
    for (const shift of [0, 3]) {
      const source = sourceFromCells({
        [SHEETS.meta]: meta,
        [SHEETS.profil]: {},
        [SHEETS.jawaban]: jawaban(shift, 'ids', {
          [`K${first.row + shift}`]: 'Ya',
          [`N${first.row}`]: 'stale',
        }),
      });
      const r = readTemplateSource(source, plan, LKE_2021);
      if (r.kind !== 'read') throw new Error(`not read: ${r.kind}`);
      expect(r.entries.get(first.soalId)?.unit).toBe('Ya');
      expect(r.entries.get(first.soalId)?.tpi).toBe(shift === 0 ? 'stale' : null);
      expect(r.moved).toBe(shift !== 0);
    }
  });

  it('an older sheet without ids is read by row only when the texts stand at their rows; else refused', () => {
    const ok = readTemplateSource(
      sourceFromCells({ [SHEETS.meta]: meta, [SHEETS.profil]: {}, [SHEETS.jawaban]: jawaban(0, 'texts') }),
      plan,
      LKE_2021,
    );
    expect(ok.kind).toBe('read');
    const shifted = readTemplateSource(
      sourceFromCells({ [SHEETS.meta]: meta, [SHEETS.profil]: {}, [SHEETS.jawaban]: jawaban(2, 'texts') }),
      plan,
      LKE_2021,
    );
    expect(shifted).toMatchObject({ kind: 'refused', refusal: { kind: 'missing-id', soalId: first.soalId } });
    expect(rowRefusalText({ kind: 'missing-id', soalId: 17 }).id).toContain('soal 17');
  });

  it('a formula, a merged cell or an error value in an input cell is a fault naming the cell, not its cached value', () => {
    const r = readTemplateSource(
      sourceFromCells({
        [SHEETS.meta]: meta,
        [SHEETS.profil]: {},
        [SHEETS.jawaban]: jawaban(0, 'ids', {
          [`K${first.row}`]: { value: 'Ya', formula: '="Ya"' },
          [`N${first.row}`]: { value: '#N/A', type: 'error' },
          [`L${first.row}`]: { value: 'copied', merged: true },
        }),
      }),
      plan,
      LKE_2021,
    );
    if (r.kind !== 'read') throw new Error('not read');
    expect(r.entries.get(first.soalId)).toMatchObject({ unit: '="Ya"', tpi: '#N/A', unitNote: null });
    expect(r.faults.map((f) => `${f.cell} ${f.kind}`)).toEqual([
      `Jawaban!K${first.row} formula`,
      `Jawaban!N${first.row} error`,
      `Jawaban!L${first.row} merged`,
    ]);
  });

  it('a missing Jawaban or Profil is refused; a workbook that is not ours is "other"', () => {
    const noJ = readTemplateSource(
      sourceFromCells({ [SHEETS.meta]: meta, [SHEETS.profil]: {} }),
      plan,
      LKE_2021,
    );
    expect(noJ).toMatchObject({ kind: 'refused', refusal: { kind: 'missing-sheet', sheet: 'Jawaban' } });
    expect(missingSheetText('Jawaban').id).toContain('Jawaban tidak ditemukan');
    expect(readTemplateSource(sourceFromCells({}), plan, LKE_2021)).toMatchObject({
      kind: 'other',
      match: 'not-a-template',
    });
  });
});
