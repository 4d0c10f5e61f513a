// Shared by the adapter tests: a preview workbook, the real plan, and entries typed into it.
import { indexOf, LKE_2021, THRESHOLDS_2021, type Answer, type Entry, type Question } from '../../src/lke';
import { entryCells, planWorkbook, type WorkbookPlan } from '../../src/workbook';
import { PreviewBook, previewRun } from '../../src/preview/host';
import type { ExcelRun } from '../../src/excel/run';

export const plan: WorkbookPlan = planWorkbook(LKE_2021, THRESHOLDS_2021);
export const questions = indexOf(LKE_2021).questions;

export function fresh(): { book: PreviewBook; run: ExcelRun } {
  const book = new PreviewBook();
  return { book, run: previewRun(book) };
}

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random answer a person might type: mostly valid, sometimes empty, sometimes wrong. */
export function randomAnswer(q: Question, r: () => number, validOnly = false): Answer {
  const roll = r();
  if (!validOnly && roll < 0.08) return null;
  if (!validOnly && roll < 0.12)
    return q.answerType === 'JUMLAH' || q.answerType === 'NILAI_0_4' ? 'banyak' : 'Z';
  switch (q.answerType) {
    case 'JUMLAH':
      return Math.floor(r() * 12);
    case 'NILAI_0_4':
      return Math.round(r() * 400) / 100;
    default: {
      const o = q.options[Math.floor(r() * q.options.length)];
      return o ? (r() < 0.2 ? ` ${o.key.toLowerCase()} ` : o.key) : null;
    }
  }
}

/** Random entries in both columns, with notes and evidence links on some. */
export function randomEntries(seed: number, validOnly = false): Map<number, Entry> {
  const r = rng(seed);
  return new Map(
    questions.map((q) => [
      q.soalId,
      {
        unit: randomAnswer(q, r, validOnly),
        tpi: randomAnswer(q, r, validOnly),
        unitNote: r() < 0.3 ? `catatan unit ${q.soalId}` : null,
        unitEvidence: r() < 0.3 ? `https://drive.example.go.id/bukti/${q.soalId}` : null,
        tpiNote: r() < 0.2 ? `catatan TPI ${q.soalId}` : null,
      },
    ]),
  );
}

/** Types entries into sheet Jawaban through the API (as a person or a paste would: no validation). */
export async function typeEntries(run: ExcelRun, entries: ReadonlyMap<number, Entry>): Promise<void> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Jawaban');
    for (const q of questions) {
      for (const c of entryCells(q, entries.get(q.soalId))) ws.getRange(c.address).values = [[c.value ?? '']];
    }
    await ctx.sync();
  });
}
