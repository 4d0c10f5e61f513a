import fc from 'fast-check';
import { LKE_2021, readAnswer, scoreColumn, type ColumnScore } from '../../src/lke';
import { best, entriesOf, ix, worst } from './fixtures';
import { answerArb, completeEntriesArb, entriesArb } from './arbitraries';

const RUNS = { numRuns: 150 };
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function sums(s: ColumnScore): string[] {
  const broken: string[] = [];
  const areas = s.areas.reduce((t, a) => t + a.value, 0);
  if (!near(s.total, s.pengungkit + s.hasil)) broken.push('total ≠ pengungkit + hasil');
  if (!near(s.pengungkit, s.pemenuhan + s.reform)) broken.push('pengungkit ≠ pemenuhan + reform');
  if (!near(areas, s.pengungkit)) broken.push('Σ areas ≠ pengungkit');
  if (!near(s.hasil, s.bersih + s.pelayanan)) broken.push('hasil ≠ bersih + pelayanan');
  if (!near(s.bersih, s.ipak + s.kinerja)) broken.push('bersih ≠ ipak + kinerja');
  return broken;
}

describe('scoring invariants (fast-check)', () => {
  it('keeps every node within 0 and its weight, in both columns', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        for (const column of ['unit', 'tpi'] as const) {
          const s = scoreColumn(LKE_2021, entries, column);
          for (const n of ix.nodes) {
            const v = s.nodes[n.key] ?? Number.NaN;
            if (!(v >= 0 && v <= n.weight + 1e-9)) return false;
          }
          if (!(s.total >= 0 && s.total <= 100 + 1e-9)) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('adds up: total, Pengungkit, areas, Hasil', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => sums(scoreColumn(LKE_2021, entries, 'unit')).length === 0),
      RUNS,
    );
  });

  it('is complete exactly when every entry reads as valid', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const s = scoreColumn(LKE_2021, entries, 'tpi');
        const allOk = ix.questions.every(
          (q) => readAnswer(q, entries.get(q.soalId)?.tpi ?? null).status === 'ok',
        );
        return s.complete === allOk && s.complete === (s.missing.length === 0);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(completeEntriesArb, (entries) => scoreColumn(LKE_2021, entries, 'unit').complete),
      { numRuns: 30 },
    );
  });

  it('gives 100 for all-best answers and 0 for all-worst, in any case and spacing', () => {
    expect(scoreColumn(LKE_2021, entriesOf(best), 'unit').total).toBeCloseTo(100, 9);
    expect(scoreColumn(LKE_2021, entriesOf(worst), 'unit').total).toBe(0);
    const shouting = entriesOf((q) => {
      const a = best(q);
      return typeof a === 'string' ? `  ${a.toLowerCase()} ` : a;
    });
    expect(scoreColumn(LKE_2021, shouting, 'unit').total).toBeCloseTo(100, 9);
  });

  it('moves only the branch of the answer changed, and never the other column', () => {
    const questionArb = fc.constantFrom(...ix.questions);
    const change = questionArb.chain((q) => fc.tuple(fc.constant(q), answerArb(q)));
    fc.assert(
      fc.property(entriesArb, change, (entries, [q, answer]) => {
        const before = {
          unit: scoreColumn(LKE_2021, entries, 'unit'),
          tpi: scoreColumn(LKE_2021, entries, 'tpi'),
        };
        const changed = new Map(entries);
        const old = entries.get(q.soalId) ?? { unit: null, tpi: null };
        changed.set(q.soalId, { ...old, unit: answer });
        const after = {
          unit: scoreColumn(LKE_2021, changed, 'unit'),
          tpi: scoreColumn(LKE_2021, changed, 'tpi'),
        };
        const leaf = ix.leafOf.get(q.soalId)?.key ?? '';
        const onBranch = (key: string) => leaf === key || leaf.startsWith(`${key}.`);
        const unitOk = ix.nodes.every(
          (n) => onBranch(n.key) || after.unit.nodes[n.key] === before.unit.nodes[n.key],
        );
        return unitOk && JSON.stringify(after.tpi) === JSON.stringify(before.tpi);
      }),
      RUNS,
    );
  });
});
