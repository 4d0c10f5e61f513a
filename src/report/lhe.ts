import type { ReportDocument } from './blocks';
import { conclusion, criteriaTables, figuresTable } from './lheFigures';
import { audit, findings, recommendations, requirements, signature } from './lheFindings';
import { advice } from './lheAdvice';
import type { LheInput } from './lheInput';

/** The mark on every page until the TPI edits and signs the document. */
export const DRAFT_MARK = 'DRAF';

function identity(input: LheInput): ReportDocument['blocks'] {
  const u = input.unit;
  return [
    { kind: 'paragraph', text: DRAFT_MARK, bold: true, align: 'center' },
    { kind: 'title', text: 'LAPORAN HASIL EVALUASI (LHE)' },
    {
      kind: 'title',
      text: `PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM TAHUN ${u.year ?? '[TAHUN]'}`,
    },
    {
      kind: 'table',
      header: ['Unit kerja yang dievaluasi', u.name ?? '[nama unit kerja]'],
      widths: [3, 7],
      rows: [
        ['ID unit PortalRB', u.id === null ? '–' : String(u.id)],
        ['Instansi', u.instansi ?? '[instansi]'],
        ['Tahun penilaian', u.year === null ? '[tahun]' : String(u.year)],
        ['Dasar', `${input.catalogue.title}; ${input.catalogue.regulation}`],
        ['Evaluator', 'Tim Penilai Internal (TPI)'],
      ],
    },
  ];
}

/**
 * The LHE draft of one unit (Laporan Hasil Evaluasi of the TPI), as blocks: identity and year, the headline
 * for the TPI and the unit, the figures per component and area with the 60 % / 75 % lines, every criterion,
 * Tabel 5 and the afirmasi route, findings per area with the TPI's notes, the formula audit, the steps to
 * WBK/WBBM as conditions, the TPI's recommendations per area, and the signature placeholders. Pure: the same
 * document for the command line and the pane.
 *
 * @example
 * const doc = lheDocument({ catalogue: LKE_2021, thresholds: THRESHOLDS_2021, evaluation, … });
 * plainText(doc).includes('Nilai total') // → true
 * await docxBytes(doc)                   // → the .docx
 */
export function lheDocument(input: LheInput): ReportDocument {
  return {
    title: `LHE Zona Integritas ${input.unit.name ?? ''}`.trim(),
    mark: DRAFT_MARK,
    blocks: [
      ...identity(input),
      ...conclusion(input),
      ...figuresTable(input),
      ...criteriaTables(input),
      ...requirements(input),
      ...findings(input),
      ...audit(input),
      ...advice(input),
      ...recommendations(input),
      ...signature(input),
    ],
  };
}
