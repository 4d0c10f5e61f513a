// Workbooks for the report tests: our template filled from an answers file, with the TPI's recommendations
// typed into sheet Rekap (as a TPI would, in the unlocked cells of column K).
import ExcelJS from 'exceljs';
import {
  evaluate,
  LKE_2021,
  parsePortalAnswers,
  THRESHOLDS_2021,
  type PortalAnswersFile,
} from '../../src/lke';
import { RECOMMENDATION_COLUMN, SHEETS } from '../../src/workbook';
import { rekapRows } from '../../src/workbook/rekapRows';
import { filled } from '../cli/workbookFixtures';

/** The recommendation typed for each area (area id → text). */
export const RECOMMENDATIONS: ReadonlyMap<number, string> = new Map([
  [1, 'Tetapkan SK tim kerja ZI yang baru dan jadwal monitoring triwulanan.'],
  [3, 'Susun rencana pengembangan kompetensi pegawai berbasis analisis kebutuhan.'],
  [6, 'Tambahkan kanal pengaduan daring dan umumkan standar pelayanan di ruang tunggu.'],
]);

/** A filled workbook with the recommendations typed into sheet Rekap. */
export async function workbookWithRecommendations(
  answers: PortalAnswersFile,
  recommendations: ReadonlyMap<number, string> = RECOMMENDATIONS,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await filled(answers)) as unknown as ArrayBuffer);
  const rows = rekapRows(LKE_2021, THRESHOLDS_2021);
  const ws = wb.getWorksheet(SHEETS.rekap);
  for (const [area, text] of recommendations)
    if (ws) ws.getCell(`${RECOMMENDATION_COLUMN}${rows.area.get(area) ?? 0}`).value = text;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The engine's evaluation of an answers file (what the report must show). */
export function evaluationOf(answers: PortalAnswersFile) {
  const { entries } = parsePortalAnswers(LKE_2021, answers);
  return evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' });
}
