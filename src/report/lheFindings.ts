import { differences, indexOf, type Answer, type Question } from '../lke';
import type { Block } from './blocks';
import { idAnswer, idMargin } from './format';
import type { LheInput } from './lheInput';

/** D. Tabel 5: each requirement, what each predicate needs, whether the unit meets it; the afirmasi route. */
export function requirements(input: LheInput): Block[] {
  const checklist = input.evaluation.verdicts.tpi.WBK.checklist;
  const met = checklist.filter((c) => c.ticked).length;
  return [
    { kind: 'heading', level: 1, text: 'D. Persyaratan pengusulan (Tabel 5) dan jalur afirmasi' },
    {
      kind: 'table',
      header: ['Persyaratan', 'Tingkat', 'Menuju WBK', 'Menuju WBBM', 'Dipenuhi'],
      widths: [32, 11, 18, 18, 11],
      rows: checklist.map((c) => [c.label.id, c.level, c.wbk, c.wbbm, c.ticked ? 'Ya' : 'Belum']),
    },
    {
      kind: 'paragraph',
      text: `Terpenuhi ${met} dari ${checklist.length} persyaratan (sebagaimana dicatat di lembar Profil).`,
    },
    {
      kind: 'paragraph',
      text: 'Jalur afirmasi: tidak diusulkan melalui jalur afirmasi (belum tercatat di lembar Profil).',
    },
  ];
}

/** The area a question belongs to (1..6), or null for Hasil. */
function areaOf(input: LheInput, q: Question): number | null {
  return indexOf(input.catalogue).leafOf.get(q.soalId)?.area ?? null;
}

/**
 * E. Findings: every question where the TPI's answer differs from the unit's or the TPI wrote a note
 * (column Q), grouped by area, with the effect on the TPI total.
 */
export function findings(input: LheInput): Block[] {
  const ix = indexOf(input.catalogue);
  const diffs = new Map(differences(input.catalogue, input.entries).map((d) => [d.soalId, d]));
  const rows = ix.questions.flatMap((q) => {
    const e = input.entries.get(q.soalId);
    const note = e?.tpiNote?.trim() ?? '';
    const d = diffs.get(q.soalId);
    if (!d && note === '') return [];
    const show = (a: Answer | undefined): string => idAnswer(a ?? null);
    return [
      {
        area: areaOf(input, q),
        cells: [
          q.code,
          q.text,
          show(e?.unit),
          show(e?.tpi),
          d ? idMargin(d.effect) : '–',
          note === '' ? '–' : note,
        ],
      },
    ];
  });
  const out: Block[] = [
    { kind: 'heading', level: 1, text: 'E. Temuan: perbedaan penilaian TPI dan unit, catatan TPI' },
    {
      kind: 'paragraph',
      text: `${diffs.size} soal dinilai berbeda oleh TPI; ${rows.length} soal berisi perbedaan atau catatan TPI. Kolom "Pengaruh" adalah perubahan nilai total TPI karena jawaban TPI berbeda dari jawaban unit.`,
    },
  ];
  const groups: { id: number | null; name: string }[] = [
    ...input.catalogue.areas.map((a) => ({ id: a.id, name: `Area ${a.id}. ${a.name}` })),
    { id: null, name: 'Komponen hasil' },
  ];
  for (const g of groups) {
    const mine = rows.filter((r) => r.area === g.id);
    if (mine.length === 0) continue;
    out.push({ kind: 'heading', level: 2, text: g.name });
    out.push({
      kind: 'table',
      header: ['Kode', 'Pertanyaan', 'Unit', 'TPI', 'Pengaruh', 'Catatan TPI'],
      widths: [12, 34, 8, 8, 12, 26],
      rows: mine.map((r) => r.cells),
    });
  }
  if (rows.length === 0)
    out.push({ kind: 'paragraph', text: 'Tidak ada perbedaan penilaian dan catatan TPI.' });
  return out;
}

const KIND = { overwritten: 'ditimpa nilai', edited: 'diubah', missing: 'dihapus' } as const;

/** F. The formula audit: every computed cell of the workbook whose formula is not as planned. */
export function audit(input: LheInput): Block[] {
  const head: Block = { kind: 'heading', level: 1, text: 'F. Hasil audit rumus lembar kerja' };
  if (input.audit.length === 0)
    return [
      head,
      { kind: 'paragraph', text: 'Semua rumus lembar kerja sesuai templat (tidak ada rumus yang diubah).' },
    ];
  return [
    head,
    {
      kind: 'paragraph',
      text: `${input.audit.length} sel rumus tidak sesuai templat. Nilai dalam laporan ini dihitung ulang dari isian, bukan dari sel-sel tersebut.`,
    },
    {
      kind: 'table',
      header: ['Sel', 'Keadaan', 'Isi sekarang', 'Rumus templat'],
      widths: [14, 14, 30, 42],
      rows: input.audit
        .slice(0, 40)
        .map((f) => [`${f.sheet}!${f.address}`, KIND[f.kind], f.found ?? '(kosong)', f.expected]),
    },
    ...(input.audit.length > 40
      ? [{ kind: 'paragraph' as const, text: `… dan ${input.audit.length - 40} sel lagi.` }]
      : []),
  ];
}

/** H. The TPI's recommendations, one per area, as typed on sheet Rekap. */
export function recommendations(input: LheInput): Block[] {
  return [
    { kind: 'heading', level: 1, text: 'H. Rekomendasi per area' },
    ...input.catalogue.areas.map((a): Block => {
      const text = input.recommendations.get(a.id);
      const cell = input.recommendationCell?.(a.id);
      return {
        kind: 'paragraph',
        text: `${a.id}. ${a.name}: ${text ?? `(belum diisi TPI${cell ? `; isi di sel ${cell}` : ''})`}`,
      };
    }),
  ];
}

/** The closing: place, date and signature placeholders for the head of the TPI. */
export function signature(input: LheInput): Block[] {
  return [
    { kind: 'paragraph', text: '' },
    {
      kind: 'paragraph',
      align: 'right',
      text: `[tempat], [tanggal] ${input.unit.year ?? '[tahun]'}\nKetua Tim Penilai Internal\n\n\n\n[nama lengkap]\nNIP [nomor induk pegawai]`,
    },
  ];
}
