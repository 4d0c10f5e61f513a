import type { SheetPlan } from '../workbook/plan';
import type { WriteOp } from './ops';

const POINTS_PER_INCH = 72;

/**
 * The print step of a sheet (ExcelApi 1.9 `Worksheet.pageLayout`): A4, orientation, fit to pages, print area,
 * title rows, margins, footer, and the helper columns hidden (still computing). Guarded: a host without
 * `pageLayout` skips it, and a sheet without a print setup gives no step.
 *
 * @example
 * printOps(plan.sheets[0]) // → [{ bytes: …, run: (ws) => { ws.pageLayout.orientation = 'Landscape'; … } }]
 */
export function printOps(sheet: SheetPlan): WriteOp[] {
  const p = sheet.print;
  if (!p) return [];
  return [
    {
      bytes: 600,
      run: (ws) => {
        for (const c of p.hiddenColumns ?? []) ws.getRange(`${c}:${c}`).columnHidden = true;
        const layout = ws.pageLayout;
        if (!layout) return;
        layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        // 0 pages tall means "as many as needed": leave verticalFitToPages out rather than send 0, which the
        // API documents no meaning for.
        const tall = p.fitToHeight ?? 0;
        layout.zoom = {
          horizontalFitToPages: p.fitToWidth,
          ...(tall > 0 ? { verticalFitToPages: tall } : {}),
        };
        if (p.area) layout.setPrintArea(p.area);
        if (p.titleRows) layout.setPrintTitleRows(p.titleRows);
        if (p.margins) {
          layout.leftMargin = p.margins.left * POINTS_PER_INCH;
          layout.rightMargin = p.margins.right * POINTS_PER_INCH;
          layout.topMargin = p.margins.top * POINTS_PER_INCH;
          layout.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
        }
        if (p.footer) {
          const f = layout.headersFooters.defaultForAllPages;
          f.leftFooter = p.footer.left;
          f.centerFooter = p.footer.center;
          f.rightFooter = p.footer.right;
        }
      },
    },
  ];
}
