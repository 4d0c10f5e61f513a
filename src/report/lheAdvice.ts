import { excelRound, pathTo, PREDICATES, type Answer } from '../lke';
import type { Block } from './blocks';
import { idAnswer, idNumber } from './format';
import type { LheInput } from './lheInput';
import { verdictFor } from './verdict';

/** How many of the largest steps the LHE lists per predicate. */
const STEPS_SHOWN = 8;

const answers = (a: readonly Answer[]): string => a.map((x) => idAnswer(x)).join(' / ');

/**
 * G. What must be true for the TPI's figures to reach Menuju WBK / WBBM, worded as conditions (never as an
 * instruction to change an answer): each failing criterion with its threshold and current value, then the
 * questions where the most points lie.
 */
export function advice(input: LheInput): Block[] {
  const ev = input.evaluation;
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'G. Langkah menuju Menuju WBK / Menuju WBBM' }];
  for (const p of PREDICATES) {
    const v = verdictFor(ev, 'tpi', p);
    out.push({ kind: 'heading', level: 2, text: `Menuju ${p}` });
    if (v.kind === 'blocked') {
      out.push({
        kind: 'paragraph',
        text: `${v.id}. Kesimpulan baru dapat ditarik setelah semua isian TPI lengkap dan benar.`,
      });
      continue;
    }
    const failing = ev.verdicts.tpi[p].criteria.filter((c) => !c.passed);
    if (failing.length === 0) {
      out.push({ kind: 'paragraph', text: 'Semua kriteria nilai sudah terpenuhi pada penilaian TPI.' });
      continue;
    }
    out.push({
      kind: 'bullets',
      items: failing.map(
        (c) => `${c.label.id} minimal ${idNumber(c.threshold)}; kini ${idNumber(excelRound(c.value, 2))}.`,
      ),
    });
    const path = pathTo(input.catalogue, input.thresholds, input.entries, 'tpi', input.profile, p);
    if (path.steps.length > 0) {
      out.push({
        kind: 'paragraph',
        text: 'Nilai terbesar yang masih terbuka (syarat yang harus terbukti dengan bukti dukung, bukan perubahan jawaban):',
      });
      out.push({
        kind: 'bullets',
        items: path.steps
          .slice(0, STEPS_SHOWN)
          .map(
            (s) =>
              `${s.code} ${s.label}: bernilai penuh bila buktinya mendukung ${answers(s.to)} (kini ${answers(s.from)}); menambah ${idNumber(s.gain)} poin.`,
          ),
      });
      if (path.steps.length > STEPS_SHOWN)
        out.push({
          kind: 'paragraph',
          text: `Dan ${path.steps.length - STEPS_SHOWN} soal lain dengan nilai lebih kecil (lihat panel Tinjau).`,
        });
    }
    if (path.blockedBy.includes('predikat-wbk'))
      out.push({ kind: 'paragraph', text: 'Menuju WBBM mensyaratkan unit sudah berpredikat Menuju WBK.' });
  }
  return out;
}
