import { evaluate, indexOf, LKE_2021, THRESHOLDS_2021 } from '../../../src/lke';
import { templateIdentity } from '../../../src/workbook';
import type { WorkbookState } from '../../../src/taskpane/useWorkbook';
import { buildPaneModel, buildPaneModelWith, figureName, type PaneSource } from '../../../src/taskpane/model';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { GALLERY_PROFILE, namedFigures, readModel } from '../../../src/taskpane/gallery/fixtures';

const entries = galleryEntries();
const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, GALLERY_PROFILE.profile);
const expected = templateIdentity(LKE_2021).templateVersion;

describe('buildPaneModel', () => {
  it.each([
    [null, { kind: 'unknown' }],
    [{ kind: 'absent' as const }, { kind: 'none' }],
    [{ kind: 'other' as const, identity: null, match: 'not-a-template' as const }, { kind: 'foreign' }],
    [
      {
        kind: 'other' as const,
        identity: { ...templateIdentity(LKE_2021), templateId: 'x' },
        match: 'other-template' as const,
      },
      { kind: 'foreign' },
    ],
    [
      { kind: 'other' as const, identity: templateIdentity(LKE_2021), match: 'same' as const },
      { kind: 'damaged', version: templateIdentity(LKE_2021).templateVersion },
    ],
  ])('template state of %p', (reading, state) => {
    const m = buildPaneModel({ reading });
    expect(m.template).toEqual(state);
    expect(m.data).toBeNull();
  });

  it('reads our template: current or outdated with both versions', () => {
    expect(readModel(entries).template).toEqual({ kind: 'current', version: expected });
    expect(readModel(entries, GALLERY_PROFILE, {}, [], true).template).toEqual({
      kind: 'outdated',
      version: '2025.1',
      expected,
    });
  });

  it('takes the shell state as it is (busy, progress, message worded by the shell, foreign sheets)', () => {
    const state: WorkbookState = {
      busy: true,
      progress: { step: 'write', done: 1, total: 4 },
      reading: { kind: 'absent' },
      findings: [],
      circulatedSheet: 'LKE ZI',
      migration: null,
      catalogue: null,
      thresholds: null,
      message: { intent: 'success', key: 'applied', params: { syncs: 2 } },
      foreign: ['Rekap'],
      selection: null,
    };
    const source: PaneSource = { ...state, message: { intent: 'success', text: 'ok' } };
    const m = buildPaneModel(source);
    expect([m.busy, m.progress, m.notice, m.foreign, m.circulatedSheet, m.migration]).toEqual([
      true,
      state.progress,
      { intent: 'success', text: 'ok' },
      ['Rekap'],
      'LKE ZI',
      null,
    ]);
  });

  it('says only "checking" until the engine chunk has brought the catalogue', () => {
    const m = buildPaneModelWith({ reading: { kind: 'absent' } }, null, null);
    expect([m.template, m.data]).toEqual([{ kind: 'unknown' }, null]);
  });

  it('checks every named figure and verdict against the engine: an intact sheet agrees', () => {
    const m = readModel(entries);
    expect(m.data?.checks).toHaveLength(2 * (9 + 2));
    expect(m.data?.mismatches).toEqual([]);
    expect(m.data?.evaluation.scores.tpi.total).toBe(ev.scores.tpi.total);
  });

  it('reports a tampered figure, a missing name and a verdict text that disagrees', () => {
    const named = namedFigures(entries, GALLERY_PROFILE, { [figureName('total', 'unit')]: 99 })
      .filter((n) => n.name !== figureName('hasil', 'tpi'))
      .map((n) => (n.name === figureName('WBK', 'tpi') ? { ...n, value: 'MEMENUHI?' } : n));
    const m = buildPaneModel({
      reading: {
        kind: 'read',
        identity: templateIdentity(LKE_2021),
        match: 'same',
        entries,
        profile: GALLERY_PROFILE,
        statuses: new Map(),
        named,
        syncs: 1,
      },
    });
    expect(m.data?.mismatches.map((c) => [c.id, c.column, c.sheet])).toEqual([
      ['total', 'unit', 99],
      ['hasil', 'tpi', null],
      ['WBK', 'tpi', 'unknown'],
    ]);
  });

  it('puts each problem on its input cell: answers in K (unit) or N (TPI), evidence in M', () => {
    const m = readModel(entries);
    const ix = indexOf(LKE_2021);
    expect(m.data?.issues).toHaveLength(ev.issues.length);
    for (const i of m.data?.issues ?? []) {
      const col = i.field === 'evidence' ? 'M' : i.column === 'unit' ? 'K' : 'N';
      expect(i.cell).toEqual({ sheet: 'Jawaban', address: `${col}${ix.question.get(i.soalId)?.row ?? 0}` });
    }
  });

  it('counts progress per area and Hasil from the engine, adding up to every question', () => {
    const m = readModel(entries);
    const parts = m.data?.progress ?? [];
    expect(parts.map((p) => p.group)).toEqual([1, 2, 3, 4, 5, 6, 'hasil']);
    const n = indexOf(LKE_2021).questions.length;
    expect(parts.reduce((s, p) => s + p.total, 0)).toBe(n);
    expect(parts.reduce((s, p) => s + p.done.unit, 0)).toBe(n - ev.scores.unit.missing.length);
    expect(parts.reduce((s, p) => s + p.done.tpi, 0)).toBe(n - ev.scores.tpi.missing.length);
  });
});
