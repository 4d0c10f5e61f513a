// `lke-zi template` protects its sheets with the same allowances as the add-in (one home: the plan's
// SheetProtection): hyperlinks (Ctrl+K) stay possible in the unlocked input cells.
import ExcelJS from 'exceljs';
import { LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { planWorkbook } from '../../src/workbook';
import { xlsxFromPlan } from '../../src/cli/xlsx/writePlan';
import { protectOptions } from '../../src/excel/protection';

describe('sheet protection in the file lke-zi writes', () => {
  it('allows inserting hyperlinks wherever the add-in does', async () => {
    const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxFromPlan(plan)) as unknown as ArrayBuffer);
    const protectedSheets = plan.sheets.filter((s) => s.protection.protected);
    expect(protectedSheets.length).toBeGreaterThan(2);
    for (const s of protectedSheets) {
      const p = (wb.getWorksheet(s.name) as unknown as { sheetProtection: Record<string, unknown> })
        .sheetProtection;
      const excel = protectOptions(s);
      expect([s.name, p.sheet, p.insertHyperlinks]).toEqual([s.name, true, excel.allowInsertHyperlinks]);
      expect(excel.allowInsertHyperlinks).toBe(true);
    }
  });
});
