import type { Catalogue, Thresholds } from '../lke';
import type { CellValue } from './plan';
import type { SheetDraft } from './draft';
import { rekapRows, type RekapRows } from './rekapRows';
import { SHEETS } from './columns';

/**
 * The TPI's recommendation per area: an input cell beside each row of sheet Rekap's area table (column K),
 * unlocked, never read by a formula; the LHE (src/report) prints it under "Rekomendasi".
 */
export const RECOMMENDATION_COLUMN = 'K';

/** The title of the recommendations column (row of the area table's header). */
export const RECOMMENDATION_TITLE = 'Rekomendasi TPI (diisi TPI, masuk ke LHE)';

/** The input cell of one area's recommendation (`Rekap!K6` for area 1), or null for an unknown area. */
export function recommendationCell(
  rows: RekapRows,
  areaId: number,
): { sheet: string; address: string } | null {
  const row = rows.area.get(areaId);
  return row === undefined ? null : { sheet: SHEETS.rekap, address: `${RECOMMENDATION_COLUMN}${row}` };
}

/**
 * Adds the recommendation cells to sheet Rekap: header, unlocked input cells (wrapped, input colour), width.
 *
 * @example
 * recommendationCells(draft, LKE_2021, rekapRows(LKE_2021, THRESHOLDS_2021));
 * draft.unlocked // → […, 'K6:K11']
 */
export function recommendationCells(d: SheetDraft, catalogue: Catalogue, rows: RekapRows): void {
  const col = RECOMMENDATION_COLUMN;
  const first = rows.areaHeader + 1;
  const last = rows.areaHeader + catalogue.areas.length;
  d.put(`${col}${rows.areaHeader}`, RECOMMENDATION_TITLE);
  d.styles.push({ range: `${col}${rows.areaHeader}`, fill: '#1F3864', fontColor: '#FFFFFF', bold: true });
  d.styles.push({ range: `${col}${first}:${col}${last}`, fill: '#FFFDE7', vertical: 'top' });
  d.unlocked.push(`${col}${first}:${col}${last}`);
  d.wrap.push(`${col}${rows.areaHeader}:${col}${last}`);
  d.widths({ [col]: 44 });
}

/**
 * Reads the recommendations back (`cell(address)` gives a raw value of sheet Rekap): area id → text, empty
 * cells left out.
 *
 * @example
 * readRecommendations(LKE_2021, rows, (a) => (a === 'K6' ? ' Lengkapi SK tim ' : null)) // → Map { 1 → 'Lengkapi SK tim' }
 */
export function readRecommendations(
  catalogue: Catalogue,
  rows: RekapRows,
  cell: (address: string) => CellValue | undefined,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const a of catalogue.areas) {
    const at = recommendationCell(rows, a.id);
    const v = at ? cell(at.address) : null;
    const text = v === null || v === undefined ? '' : String(v).trim();
    if (text !== '') out.set(a.id, text);
  }
  return out;
}

/**
 * The recommendations of a workbook of this catalogue, from sheet Rekap's cells (`cell(address)` gives a raw
 * value of sheet Rekap), and where each one is typed.
 *
 * @example
 * const r = workbookRecommendations(LKE_2021, THRESHOLDS_2021, rekapCell);
 * r.texts.get(1)   // → 'Lengkapi SK tim'
 * r.cellOf(1)      // → 'Rekap!K6'
 */
export function workbookRecommendations(
  catalogue: Catalogue,
  thresholds: Thresholds,
  cell: (address: string) => CellValue | undefined,
): { texts: Map<number, string>; cellOf: (areaId: number) => string | null } {
  const rows = rekapRows(catalogue, thresholds);
  return {
    texts: readRecommendations(catalogue, rows, cell),
    cellOf: (areaId) => {
      const at = recommendationCell(rows, areaId);
      return at ? `${at.sheet}!${at.address}` : null;
    },
  };
}
