import type { PrintSetup, SheetPlan } from './plan';
import type { JawabanLayout } from './layout';
import type { RekapRows } from './rekapRows';
import { SHEETS } from './columns';
import { PROFIL } from './profil';
import { PROPOSAL_CHECKLIST } from '../lke';

/**
 * How the LKE prints: sheet Jawaban over the columns a reader needs (code, question, weight, values and
 * shares, the unit's answer / note / evidence, the TPI's answer and note), landscape A4, one page wide, row 1
 * repeated; the helper columns (soal id, criteria, answer type, statuses, readings) hidden, still computing;
 * Rekap on one A4 page; Profil on one page. Page numbers and the unit's name in every footer.
 */
export const JAWABAN_PRINT_COLUMNS = { first: 'A', last: 'Q' } as const;

/** Helper columns of sheet Jawaban: hidden so they do not print (their formulas keep computing). */
export const JAWABAN_HIDDEN_COLUMNS: readonly string[] = ['B', 'D', 'E', 'O', 'P', 'R', 'S'];

/** Narrow margins (inches): a wider print is a larger print. */
const MARGINS = { left: 0.25, right: 0.25, top: 0.5, bottom: 0.5 } as const;

/** A text for an Excel header/footer: `&` is a code there, written `&&`. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * The footer of every printed page: the unit's name (or the file name when the plan does not know it yet),
 * page n of m, the sheet.
 *
 * @example
 * footer('KPPN Bandung & Cimahi') // → { left: 'KPPN Bandung && Cimahi', center: 'Halaman &P', right: '&A' }
 */
export function footer(unitName: string | null | undefined): NonNullable<PrintSetup['footer']> {
  const name = unitName?.trim();
  return { left: name ? footerText(name) : '&F', center: 'Halaman &P', right: '&A' };
}

/**
 * The print setup of each visible sheet, by sheet name.
 *
 * @example
 * printSetups(jawabanLayout(LKE_2021), rekapRows(LKE_2021, THRESHOLDS_2021), 'KPPN Bandung').get('Jawaban')
 * // → { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: '1:1', area: 'A1:Q202', … }
 */
export function printSetups(
  layout: JawabanLayout,
  rekap: RekapRows,
  unitName?: string | null,
): Map<string, PrintSetup> {
  const common = { orientation: 'landscape', margins: MARGINS, footer: footer(unitName) } as const;
  const profilLast = PROFIL.checklistFirstRow + PROPOSAL_CHECKLIST.length - 1;
  return new Map<string, PrintSetup>([
    [
      SHEETS.jawaban,
      {
        ...common,
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: `${layout.headerRow}:${layout.headerRow}`,
        area: `${JAWABAN_PRINT_COLUMNS.first}1:${JAWABAN_PRINT_COLUMNS.last}${layout.lastRow}`,
        hiddenColumns: JAWABAN_HIDDEN_COLUMNS,
      },
    ],
    [
      SHEETS.rekap,
      {
        ...common,
        fitToWidth: 1,
        fitToHeight: 1,
        titleRows: null,
        area: `A1:K${rekap.criteria.WBBM.verdict}`,
      },
    ],
    [SHEETS.profil, { ...common, fitToWidth: 1, fitToHeight: 1, titleRows: null, area: `A1:F${profilLast}` }],
  ]);
}

/**
 * The sheets with their print setup put in (sheets without one are returned as they are).
 *
 * @example
 * withPrint(sheets, printSetups(layout, rows, null))[0].print?.area // → 'A1:Q202'
 */
export function withPrint(
  sheets: readonly SheetPlan[],
  setups: ReadonlyMap<string, PrintSetup>,
): SheetPlan[] {
  return sheets.map((s) => {
    const print = setups.get(s.name);
    return print ? { ...s, print } : s;
  });
}
