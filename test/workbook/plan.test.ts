import { indexOf, LKE_2021, THRESHOLDS_2021, type Catalogue } from '../../src/lke';
import {
  cellsOf,
  jawabanLayout,
  parseAddress,
  planWorkbook,
  planStats,
  WorkbookPlanError,
  type PlanCell,
} from '../../src/workbook';

const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
const layout = jawabanLayout(LKE_2021);
const ix = indexOf(LKE_2021);

/** Function names used by a formula (outside string literals). */
function functionsOf(formula: string): string[] {
  const code = formula
    .split('"')
    .filter((_, i) => i % 2 === 0)
    .join(' ');
  return [...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] ?? '');
}

describe('sheet Jawaban layout (derived from the catalogue)', () => {
  it('puts every question on its PortalRB row', () => {
    const rows = layout.rows.filter((r) => r.kind === 'question');
    expect(rows).toHaveLength(ix.questions.length);
    for (const r of rows) if (r.kind === 'question') expect(r.row).toBe(r.question.row);
  });

  it('uses the free rows of the issue: rows 2–5 for the first headers, 125 and 128 for the MP Reform % items', () => {
    expect([2, 3, 4, 5].map((r) => layout.rows.find((x) => x.row === r)?.kind)).toEqual([
      'node',
      'node',
      'node',
      'node',
    ]);
    expect(layout.nodeRow.get('A')).toBe(2);
    expect(layout.nodeRow.get('A.I.1.i')).toBe(5);
    expect(layout.ratioRow.get('mp-agen')).toBe(125);
    expect(layout.ratioRow.get('mp-integrasi')).toBe(128);
  });

  it('never puts two things on one row; a header precedes its content; folds only the one-question Hasil leaves without room', () => {
    const taken = layout.rows.map((r) => r.row);
    expect(new Set(taken).size).toBe(taken.length);
    const folded = layout.rows.flatMap((r) => (r.kind === 'question' && r.folded ? [r.leaf.key] : []));
    expect(folded).toEqual(['B.I.b', 'B.II.a']);
    for (const n of ix.nodes) {
      const span = layout.span.get(n.key);
      expect(span && span.first <= span.last).toBe(true);
    }
    for (const r of LKE_2021.ratios) {
      const row = layout.ratioRow.get(r.id) ?? 0;
      for (const id of [...r.plus, ...r.denominator]) expect(row).toBeLessThan(ix.question.get(id)?.row ?? 0);
    }
  });

  it('refuses a catalogue whose headers cannot fit above a question', () => {
    const crowded: Catalogue = {
      ...LKE_2021,
      roots: LKE_2021.roots.map((root, i) =>
        i === 0
          ? {
              ...root,
              children: root.children.map((c, j) =>
                j === 0 ? { ...c, children: c.children.slice(0, 1) } : c,
              ),
            }
          : root,
      ),
    };
    const firstArea = crowded.roots[0]?.children[0]?.children[0];
    const moved: Catalogue = {
      ...crowded,
      roots: crowded.roots.map((r, i) =>
        i !== 0
          ? r
          : {
              ...r,
              children: r.children.map((c, j) =>
                j !== 0 || !firstArea
                  ? c
                  : {
                      ...c,
                      children: [
                        {
                          ...firstArea,
                          children: firstArea.children.map((s, k) =>
                            k !== 0
                              ? s
                              : { ...s, questions: s.questions.map((q) => ({ ...q, row: q.row - 3 })) },
                          ),
                        },
                      ],
                    },
              ),
            },
      ),
    };
    expect(() => jawabanLayout(moved)).toThrow(WorkbookPlanError);
  });
});

describe('formulas a reviewer can read', () => {
  const formulas = plan.computed.map((c) => c.formula);
  const SAFE = new Set([
    // Text pieces of the headline (MID, RIGHT, MOD) and FALSE() (HyperFormula needs the call form).
    'MID',
    'RIGHT',
    'MOD',
    'FALSE',
    'IF',
    'AND',
    'OR',
    'NOT',
    'ISTEXT',
    'ISBLANK',
    'ISNUMBER',
    'UPPER',
    'TRIM',
    'INT',
    'MIN',
    'MAX',
    'SUM',
    'ROUND',
    'COUNTIF',
  ]);

  it('uses only functions Excel, HyperFormula and LibreOffice evaluate alike; nothing volatile', () => {
    const used = new Set(formulas.flatMap(functionsOf));
    expect([...used].filter((f) => !SAFE.has(f))).toEqual([]);
    expect(formulas.filter((f) => /INDIRECT|OFFSET|NOW\(|TODAY\(|RAND/.test(f))).toEqual([]);
  });

  it('compares user text with = (never MATCH/VLOOKUP/COUNTIF on an input cell)', () => {
    const onInputs = formulas.filter((f) => /COUNTIF\((?:[^)]*!)?[KNLMQ]\d/.test(f));
    expect(onInputs).toEqual([]);
  });

  it('keeps each formula short (one idea per cell; the words of a sentence it prints do not count)', () => {
    const logic = (f: string): string => f.replace(/"(?:[^"]|"")*"/g, '""');
    const longest = Math.max(...formulas.map((f) => logic(f).length));
    expect(longest).toBeLessThanOrEqual(160);
  });

  it.each([
    ['Jawaban', 'R6', '=IF(ISTEXT(K6),UPPER(TRIM(K6)),IF(ISBLANK(K6),"","#"))'],
    ['Jawaban', 'O6', '=IF(R6="","belum diisi",IF(OR(R6="YA",R6="TIDAK"),"ok","tidak valid"))'],
    ['Jawaban', 'G6', '=IF(R6="YA",1,0)'],
    ['Jawaban', 'G13', '=IF(R13="A",1,IF(R13="B",0.67,IF(R13="C",0.33,0)))'],
    ['Jawaban', 'G5', '=F5*SUM(G6:G7)/2'],
    ['Jawaban', 'G124', '=F124*(G125+G128)/2'],
    ['Jawaban', 'G125', '=IF(O125<>"lengkap",0,IF(G126=0,0,MIN(1,MAX(0,G127/G126))))'],
    ['Jawaban', 'O125', '=IF(AND(O126="ok",O127="ok"),"lengkap","belum lengkap")'],
    ['Jawaban', 'G151', '=IF(O151<>"lengkap",0,IF(G152=0,IF(G153=0,1,0),MIN(1,MAX(0,(G152-G153)/G152))))'],
    [
      'Jawaban',
      'G175',
      '=IF(O175<>"lengkap",0,IF((G176+G177+G178)=0,1,MIN(1,MAX(0,G179/(G176+G177+G178)))))',
    ],
    ['Jawaban', 'I202', '=IF(O202="ok",R202/4,0)'],
    ['Jawaban', 'G202', '=F202*I202'],
  ])('%s!%s is %s', (sheet, address, formula) => {
    expect(plan.computed.find((c) => c.sheet === sheet && c.address === address)?.formula).toBe(formula);
  });
});

describe('the plan is apply-friendly', () => {
  it('has rectangular blocks that never cover an input cell', () => {
    for (const s of plan.sheets) {
      const inputs = new Set(s.unlocked.flatMap(cellsOf));
      for (const b of s.blocks) {
        const width = b.cells[0]?.length ?? 0;
        expect(b.cells.every((r) => r.length === width)).toBe(true);
        const { row, column } = parseAddress(b.address);
        b.cells.forEach((r: readonly PlanCell[], i) =>
          r.forEach((_, j) =>
            expect(inputs.has(`${String.fromCharCode(64 + column + j)}${row + i}`)).toBe(false),
          ),
        );
      }
    }
  });

  it('writes each sheet in a handful of blocks and puts the metadata sheet last, veryHidden', () => {
    expect(plan.sheets.map((s) => [s.name, s.visibility, s.blocks.length <= 8])).toEqual([
      ['Jawaban', 'visible', true],
      ['Rekap', 'visible', true],
      ['Profil', 'visible', true],
      ['LKE_ZI_META', 'veryHidden', true],
    ]);
  });

  it('names the ten headline cells (and more), each on a computed cell', () => {
    const names = new Map(plan.names.map((n) => [n.name, n]));
    for (const n of [
      'ZI_TOTAL_UNIT',
      'ZI_TOTAL_TPI',
      'ZI_PENGUNGKIT_UNIT',
      'ZI_HASIL_UNIT',
      'ZI_PENGUNGKIT_TPI',
      'ZI_HASIL_TPI',
      'ZI_WBK_UNIT',
      'ZI_WBBM_UNIT',
      'ZI_WBK_TPI',
      'ZI_WBBM_TPI',
    ]) {
      const name = names.get(n);
      expect(name?.address).toMatch(/^\$[A-Z]+\$\d+$/);
      const cell = plan.computed.find(
        (c) => c.sheet === name?.sheet && `$${c.address.replace(/(\d)/, '$$$1')}` === name?.address,
      );
      expect([n, cell?.meaning.kind]).toEqual([
        n,
        ['WBK', 'WBBM'].some((p) => n.startsWith(`ZI_${p}_`)) ? 'verdict' : 'figure',
      ]);
    }
  });

  it('puts drop-downs on K and N of every choice question and validates every input row', () => {
    const ws = plan.sheets[0];
    const validated = new Set((ws?.validations ?? []).flatMap((v) => cellsOf(v.range)));
    for (const q of ix.questions) {
      expect(validated.has(`K${q.row}`)).toBe(true);
      expect(validated.has(`N${q.row}`)).toBe(true);
    }
    const stats = planStats(plan);
    expect(stats.formulas).toBe(plan.computed.length);
  });
});
