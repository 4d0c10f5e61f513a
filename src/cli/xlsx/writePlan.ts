import type ExcelJS from 'exceljs';
import { exceljs } from './exceljs';
import {
  cellsOf,
  initialInputWrites,
  parseAddress,
  type SheetPlan,
  type ValidationRange,
  type WorkbookPlan,
  type ConditionalFormatRange,
  type StyleRange,
  type PrintSetup,
} from '../../workbook';
import { fileFormula } from './fileFormula';
import { str } from '../../workbook/formulas';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

function writeBlocks(ws: ExcelJS.Worksheet, s: SheetPlan): void {
  for (const b of s.blocks) {
    const { row, column } = parseAddress(b.address);
    b.cells.forEach((cells, i) => {
      cells.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(row + i, column + j);
        cell.value =
          typeof v === 'string' && v.startsWith('=') ? { formula: fileFormula(v), date1904: false } : v;
      });
    });
  }
}

function dataValidation(v: ValidationRange): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    errorTitle: v.error.title,
    error: v.error.message,
    showInputMessage: v.prompt !== null,
    ...(v.prompt ? { promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
  };
  const r = v.rule;
  switch (r.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${r.options.join(',')}"`] };
    case 'whole':
      return r.max === undefined
        ? { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [r.min] }
        : { ...common, type: 'whole', operator: 'between', formulae: [r.min, r.max] };
    case 'decimal':
      return { ...common, type: 'decimal', operator: 'between', formulae: [r.min, r.max] };
    default: {
      const never: never = r;
      return never;
    }
  }
}

function conditional(cf: ConditionalFormatRange, priority: number): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = {
    ...(cf.format.fill
      ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.format.fill) } } }
      : {}),
    font: {
      ...(cf.format.fontColor ? { color: { argb: argb(cf.format.fontColor) } } : {}),
      ...(cf.format.bold ? { bold: true } : {}),
    },
  };
  const rule: ExcelJS.ConditionalFormattingRule =
    cf.rule.kind === 'equals'
      ? {
          type: 'cellIs',
          operator: 'equal',
          formulae: [typeof cf.rule.value === 'number' ? String(cf.rule.value) : str(cf.rule.value)],
          style,
          priority,
        }
      : { type: 'containsText', operator: 'containsText', text: cf.rule.text, style, priority };
  return { ref: cf.range, rules: [rule] };
}

function applyStyle(ws: ExcelJS.Worksheet, st: StyleRange): void {
  for (const a of cellsOf(st.range)) {
    const cell = ws.getCell(a);
    if (st.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(st.fill) } };
    if (st.bold !== undefined || st.italic !== undefined || st.fontColor) {
      cell.font = {
        name: 'Calibri',
        size: 11,
        ...cell.font,
        ...(st.bold !== undefined ? { bold: st.bold } : {}),
        ...(st.italic !== undefined ? { italic: st.italic } : {}),
        ...(st.fontColor ? { color: { argb: argb(st.fontColor) } } : {}),
      };
    }
    if (st.indent !== undefined || st.horizontal || st.vertical) {
      cell.alignment = {
        ...cell.alignment,
        ...(st.indent !== undefined ? { indent: st.indent } : {}),
        ...(st.horizontal ? { horizontal: st.horizontal } : {}),
        ...(st.vertical ? { vertical: st.vertical === 'center' ? 'middle' : st.vertical } : {}),
      };
    }
  }
}

/** Page setup (A4, orientation, fit, print area, title rows, margins) and the footer of a sheet. */
function writePrint(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: 9,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight ?? 0,
    ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
    ...(p.area ? { printArea: p.area } : {}),
    ...(p.margins ? { margins: { ...p.margins, header: 0.2, footer: 0.2 } } : {}),
    // Leave the first page number to the application (exceljs would write 1 on every sheet).
    firstPageNumber: undefined,
  };
  if (p.footer) ws.headerFooter.oddFooter = `&L${p.footer.left}&C${p.footer.center}&R${p.footer.right}`;
}

async function writeSheet(wb: ExcelJS.Workbook, s: SheetPlan): Promise<void> {
  const ws = wb.addWorksheet(s.name, {
    state: s.visibility,
    ...(s.tabColor ? { properties: { tabColor: { argb: argb(s.tabColor) } } } : {}),
    ...(s.freeze ? { views: [{ state: 'frozen', xSplit: s.freeze.columns, ySplit: s.freeze.rows }] } : {}),
  });
  if (s.print) writePrint(ws, s.print);
  for (const w of s.columnWidths) ws.getColumn(w.column).width = w.width;
  for (const c of s.print?.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  for (const h of s.rowHeights) ws.getRow(h.row).height = h.height;
  writeBlocks(ws, s);
  for (const f of s.numberFormats) for (const a of cellsOf(f.range)) ws.getCell(a).numFmt = f.format;
  for (const st of s.styles) applyStyle(ws, st);
  for (const range of s.wrap)
    for (const a of cellsOf(range)) ws.getCell(a).alignment = { ...ws.getCell(a).alignment, wrapText: true };
  for (const range of s.unlocked)
    for (const a of cellsOf(range)) ws.getCell(a).protection = { locked: false };
  // exceljs 4.4 has `dataValidations.add(range, …)` (one rule per range) but leaves it out of its typings.
  const validations = (
    ws as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }
  ).dataValidations;
  for (const v of s.validations) validations.add(v.range, dataValidation(v));
  s.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditional(cf, i + 1)));
  if (s.protection.protected) {
    await ws.protect('', {
      selectLockedCells: s.protection.allowSelectLocked,
      selectUnlockedCells: true,
      formatColumns: s.protection.allowFormatColumns,
      formatRows: s.protection.allowFormatRows,
      insertHyperlinks: s.protection.allowInsertHyperlinks,
    });
  }
}

/**
 * Builds an exceljs workbook from a plan: cells and formulas (no cached results, so every application
 * recalculates on open), formats, validations, conditional formats, widths, frozen panes, unlocked inputs,
 * protection without password, names, the veryHidden metadata sheet.
 *
 * @example
 * const wb = await workbookFromPlan(planWorkbook(LKE_2021, THRESHOLDS_2021));
 * await wb.xlsx.writeBuffer() // → the .xlsx bytes
 */
export async function workbookFromPlan(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new (exceljs().Workbook)();
  wb.creator = 'lke-zi';
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of plan.sheets) await writeSheet(wb, s);
  // The starting values of input cells: the same list the add-in's set-up writes.
  for (const w of initialInputWrites(plan)) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) ws.getCell(w.address).value = w.value;
  }
  for (const n of plan.names) wb.definedNames.add(`'${n.sheet}'!${n.address}`, n.name);
  return wb;
}

/** The .xlsx bytes of a plan. */
export async function xlsxFromPlan(plan: WorkbookPlan): Promise<Buffer> {
  const wb = await workbookFromPlan(plan);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
