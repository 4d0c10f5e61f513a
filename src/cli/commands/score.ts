import {
  evaluate,
  excelRound,
  FIGURE_IDS,
  headline,
  indexOf,
  PREDICATES,
  LKE_2021,
  THRESHOLDS_2021,
  type Column,
  type ColumnScore,
  type Evaluation,
  type HeldPredicate,
  type Issue,
  type Verdicts,
} from '../../lke';
import { flagChoice, parseArgs } from '../args';
import { EXIT, type ExitCode, type Io } from '../io';
import { loadLke, type LoadedLke } from '../sources';
import { id2, pad } from '../format';
import { InputError } from '../../lke/errors';
import { inputCell } from '../../workbook';
import { issueJson } from '../issueJson';

export const SCORE_USAGE =
  'lke-zi score FILE(.json|.xlsx) [--json] [--column unit|tpi] [--held none|WBK|WBBM]';

/** The `score --json` object for one column. */
export function scoreJson(
  ev: Evaluation,
  column: Column,
  loaded: LoadedLke,
  file: string,
): Record<string, unknown> {
  const s: ColumnScore = ev.scores[column];
  const v: Verdicts = ev.verdicts[column];
  const ix = indexOf(LKE_2021);
  const cellOf = (soalId: number): string | null => {
    const q = ix.question.get(soalId);
    if (!q) return null;
    const c = inputCell(q, column);
    return `${c.sheet}!${c.address}`;
  };
  const eligibility = Object.fromEntries(
    PREDICATES.map((p) => {
      const verdict = v[p];
      const h = headline(verdict);
      return [
        p,
        {
          eligible: verdict.eligible,
          score_passed: verdict.scorePassed,
          blocked_by: verdict.blockedBy.map((b) => ({
            kind: b.kind,
            soal_id: b.soalId,
            column: b.column,
            cell: cellOf(b.soalId),
            code: b.code,
          })),
          headline: { kind: h.kind, id: h.id, en: h.en },
          criteria: verdict.criteria.map((c) => ({
            id: c.id,
            label: c.label,
            value: c.value,
            threshold: c.threshold,
            passed: c.passed,
            margin: c.margin,
          })),
          requirements: verdict.requirements.map((r) => ({
            id: r.id,
            label: r.label,
            value: r.value,
            required: r.required,
            passed: r.passed,
          })),
          afirmasi: verdict.afirmasi,
        },
      ];
    }),
  );
  return {
    file,
    column,
    complete: s.complete,
    missing: s.missing,
    ...Object.fromEntries(FIGURE_IDS.map((id) => [id, s[id]])),
    areas: s.areas.map((a) => ({
      id: a.id,
      name: a.name,
      value: a.value,
      weight: a.weight,
      pemenuhan: a.pemenuhan,
      reform: a.reform,
    })),
    eligibility,
    issues: ev.issues.map(issueJson),
    ...loaded.extras,
  };
}

/** `Menuju WBK: <the headline>` (the same sentence as the pane and sheet Rekap). */
function verdictLine(v: Verdicts[keyof Verdicts]): string {
  return `Menuju ${v.predicate}: ${headline(v).id}`;
}

/** Tabel 5 rows of a verdict: ✓ met, ✗ not met, – not filled in. */
function requirementLines(v: Verdicts[keyof Verdicts]): string[] {
  const mark = (p: boolean | null): string => (p === null ? '–' : p ? '✓' : '✗');
  return v.requirements.map((r) => `  ${mark(r.passed)} ${pad(r.label.id, 56)} ${r.required.id}`);
}

/** The readable Indonesian summary of one column. */
export function scoreText(ev: Evaluation, column: Column, loaded: LoadedLke, file: string): string {
  const s = ev.scores[column];
  const lines: string[] = [];
  const who = loaded.meta.unitName ? ` — ${loaded.meta.unitName}` : '';
  lines.push(`LKE Zona Integritas${who} (${file})`);
  lines.push(
    `Kolom: ${column === 'tpi' ? 'TPI' : 'unit (penilaian mandiri)'} · ${s.complete ? 'lengkap' : `belum lengkap: ${s.missing.length} isian`}`,
  );
  lines.push('');
  lines.push(`Nilai total        ${pad(id2(s.total), 7, true)} / 100`);
  lines.push(
    `  Pengungkit       ${pad(id2(s.pengungkit), 7, true)} / 60   (Pemenuhan ${id2(s.pemenuhan)}, Reform ${id2(s.reform)})`,
  );
  lines.push(
    `  Hasil            ${pad(id2(s.hasil), 7, true)} / 40   (IPAK ${id2(s.ipak)}, kinerja ${id2(s.kinerja)}, IPKP ${id2(s.pelayanan)})`,
  );
  lines.push('');
  lines.push('Area                                      Nilai  Bobot      %');
  for (const a of s.areas) {
    const pct = a.weight > 0 ? `${id2((a.value / a.weight) * 100)}%` : '-';
    lines.push(
      `  ${a.id}. ${pad(a.name, 38)} ${pad(id2(a.value), 6, true)} ${pad(String(a.weight), 6, true)} ${pad(pct, 8, true)}`,
    );
  }
  for (const v of Object.values(ev.verdicts[column])) {
    lines.push('');
    lines.push(verdictLine(v));
    if (v.eligible === null)
      lines.push(
        `  (syarat nilai ${v.scorePassed ? 'semua lulus' : 'belum semua lulus'}; kesimpulan ditahan)`,
      );
    for (const c of v.criteria) {
      const sign = c.margin >= 0 ? '+' : '−';
      lines.push(
        `  ${c.passed ? '✓' : '✗'} ${pad(c.label.id, 56)} ${pad(id2(excelRound(c.value, 2)), 6, true)} ≥ ${pad(id2(c.threshold), 6, true)} (${sign}${id2(Math.abs(c.margin))})`,
      );
    }
    lines.push(`  Syarat pengusulan (Tabel 5)${v.afirmasi ? ', jalur afirmasi' : ''}:`);
    lines.push(...requirementLines(v));
  }
  const counts = (sev: Issue['severity']): number => ev.issues.filter((i) => i.severity === sev).length;
  lines.push('');
  lines.push(
    `Masalah isian: ${counts('error')} kesalahan, ${counts('warning')} peringatan, ${counts('info')} info`,
  );
  for (const i of ev.issues.filter((x) => x.severity === 'error')) {
    lines.push(`  soal ${i.soalId} (${i.column === 'tpi' ? 'TPI' : 'unit'}): ${i.message_id}`);
  }
  if (s.missing.length > 0) lines.push(`Belum diisi / tidak valid (soal): ${s.missing.join(', ')}`);
  lines.push(...loaded.notes);
  return lines.join('\n') + '\n';
}

/** `lke-zi score FILE [--json] [--column unit|tpi] [--held none|WBK|WBBM]` */
export async function scoreCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { booleans: ['json'], values: ['column', 'held'] });
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1)
    throw new InputError(`pemakaian: ${SCORE_USAGE}`, `usage: ${SCORE_USAGE}`);
  const requested = flagChoice<Column>(args, 'column', ['unit', 'tpi']);
  const held = flagChoice<HeldPredicate>(args, 'held', ['none', 'WBK', 'WBBM']);
  const bytes = await readInput(io, file);
  const loaded = await loadLke(bytes, file);
  const profile = {
    ...(loaded.profile ?? { heldPredicate: 'none' as const }),
    ...(held ? { heldPredicate: held } : {}),
  };
  const ev = evaluate(LKE_2021, THRESHOLDS_2021, loaded.entries, profile);
  const column = requested ?? ev.headline;
  if (args.flags.get('json') === true)
    io.out(JSON.stringify(scoreJson(ev, column, loaded, file), null, 2) + '\n');
  else io.out(scoreText(ev, column, loaded, file));
  return exitFor(ev, column);
}

/**
 * Exit 1 exactly when an entry error withholds the verdict of the column shown (what `blocked_by` lists as
 * `kind: "error"`); answers not filled in, evidence-link problems and warnings exit 0.
 *
 * @example
 * exitFor(evWith91Over90, 'tpi') // → 1
 */
export function exitFor(ev: Evaluation, column: Column): ExitCode {
  return ev.verdicts[column].WBK.blockedBy.some((b) => b.kind === 'error') ? EXIT.entryErrors : EXIT.ok;
}

/** Reads a file named on the command line, with an Indonesian reason when it cannot. */
export async function readInput(io: Io, file: string): Promise<Buffer> {
  try {
    return await io.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: string }).code ?? 'error';
    throw new InputError(`tidak dapat membaca ${file} (${code})`, `cannot read ${file} (${code})`);
  }
}
