import type { Issue } from '../../lke';
import type { ImportMode, InputChange, InputPlan, InputTarget } from '../../workbook';
import { shortValue } from '../format';
import { issueCell } from '../issueCell';
import { issueJson } from '../issueJson';

const FIELD_ID: Readonly<Record<InputTarget['field'], string>> = {
  unit: 'jawaban unit',
  unitNote: 'catatan unit',
  unitEvidence: 'bukti dukung unit',
  tpi: 'jawaban TPI',
  tpiNote: 'catatan TPI',
  unitName: 'nama unit',
  unitId: 'ID unit',
  year: 'tahun',
};

/** How many changed or kept cells the readable report lists before "and n more". */
export const LISTED = 20;

function where(c: InputChange): string {
  const what = c.target.kind === 'answer' ? `soal ${c.target.soalId} ` : '';
  return `${c.cell.sheet}!${c.cell.address} ${what}${FIELD_ID[c.target.field]}`;
}

function listed(lines: readonly string[], what: string): string[] {
  return [
    ...lines.slice(0, LISTED),
    ...(lines.length > LISTED ? [`    … dan ${lines.length - LISTED} ${what} lagi (lihat --json)`] : []),
  ];
}

/** The facts of one import, for the readable report and `--json`. */
export interface ImportOutcome {
  readonly from: string;
  readonly out: string;
  readonly mode: ImportMode;
  readonly plan: InputPlan;
  /** Every entry of the resulting workbook that is an error (severity `error`). */
  readonly errors: readonly Issue[];
}

/**
 * The readable Indonesian report of an import: what changed (old → new), what was left (the file gave no value),
 * and every entry that is now an error, with its cell.
 *
 * @example
 * importText(outcome)
 * // → 'Impor JAWABAN.json ke TERISI.xlsx (gabung): 2 sel diubah, 3 sel berisi dibiarkan, 0 sudah sama; 1 soal disebut berkas.\n  diubah: Jawaban!K6 soal 1 jawaban unit: "Ya" → "Tidak"\n …'
 */
export function importText(o: ImportOutcome): string {
  const p = o.plan;
  const mode = o.mode === 'replace' ? 'ganti' : 'gabung';
  const lines = [
    `Impor ${o.from} ke ${o.out} (${mode}): ${p.changes.length} sel diubah, ${p.kept.length} sel berisi dibiarkan (berkas tidak memberi nilai), ${p.unchanged} sudah sama; ${p.listed.length} soal disebut berkas.`,
    ...listed(
      p.changes.map((c) => `  diubah: ${where(c)}: ${shortValue(c.from)} → ${shortValue(c.to)}`),
      'perubahan',
    ),
    ...listed(
      p.kept.map((c) => `  dibiarkan: ${where(c)}: ${shortValue(c.from)}`),
      'sel dibiarkan',
    ),
  ];
  if (o.errors.length > 0) {
    lines.push(`Galat isian sesudah impor: ${o.errors.length} (keluar dengan kode 1):`);
    for (const i of o.errors)
      lines.push(
        `  soal ${i.soalId} (${i.column === 'tpi' ? 'TPI' : 'unit'}) ${issueCell(i)}: ${i.message_id}`,
      );
  }
  return lines.join('\n') + '\n';
}

/** The `import --json` object: the same facts, every change and kept cell listed. */
export function importJson(o: ImportOutcome): Record<string, unknown> {
  const cell = (c: InputChange) => ({
    cell: `${c.cell.sheet}!${c.cell.address}`,
    ...(c.target.kind === 'answer' ? { soal_id: c.target.soalId } : {}),
    field: c.target.field,
    from: c.from,
    to: c.to,
  });
  return {
    from: o.from,
    out: o.out,
    mode: o.mode,
    listed: o.plan.listed.length,
    changed: o.plan.changes.map(cell),
    kept: o.plan.kept.map(cell),
    unchanged: o.plan.unchanged,
    errors: o.errors.map((i) => ({ ...issueJson(i), cell: issueCell(i) })),
  };
}
