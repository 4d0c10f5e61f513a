import {
  DetailedCellError,
  ExportedCellChange,
  HyperFormula,
  type ExportedChange,
  type RawCellContent,
} from 'hyperformula';
import { classify, hostValue, type CellType } from '../../workbook/source';
import { contains, parseA1, quoteSheet, toA1, type Rect } from './a1';
import { PreviewApiError } from './errors';
import { SheetModel } from './sheet';
import { useExcelRound } from './excelRound';
import { parseWritten } from './parse';
import type { ChangeArgs } from './events';

export type { ChangeArgs } from './events';

/** Counters of what the adapter asked of the host: round trips and queued API calls. */
export interface Counters {
  syncs: number;
  calls: number;
}

/** One value as the Excel API returns it. */
export type ApiValue = string | number | boolean;

/** A workbook-scoped name. */
export interface NameModel {
  readonly name: string;
  /** True once the cell it referred to is gone (Excel shows `=#REF!` in the Name Manager). */
  broken?: boolean;
  readonly sheet: SheetModel;
  readonly rect: Rect;
  readonly comment: string;
}

/** office-js `Range.valueTypes` names of the one cell classification. */
const VALUE_TYPE: Readonly<Record<CellType, string>> = {
  empty: 'Empty',
  string: 'String',
  number: 'Double',
  boolean: 'Boolean',
  error: 'Error',
};

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

function toApi(v: unknown): ApiValue {
  if (v === null || v === undefined) return '';
  if (v instanceof DetailedCellError) return v.value;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new PreviewApiError('InvalidOperation', 'unexpected cell content');
}

/**
 * The preview workbook: cells and formulas in HyperFormula, everything else Excel keeps beside them
 * (formats, validation, conditional formats, protection, visibility, names) in plain models.
 */
export class PreviewBook {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, NameModel>();
  readonly counters: Counters = { syncs: 0, calls: 0 };
  /** The active sheet's name (`Worksheet.activate()` or a tab click); null: the first visible sheet. */
  activeSheet: string | null = null;
  /**
   * Injected failures: asked before each queued API call runs at sync (its label, e.g. `freezePanes.freezeRows`,
   * and its number since the book was made); true makes that call fail with `GeneralException`, as Excel's
   * calls sometimes do (freeze panes, office-js 2196). Tests use it to prove no failure leaves a half-done state.
   */
  fault: ((call: string, n: number) => boolean) | null = null;
  /** API calls run at sync so far (what `fault` counts). */
  callsRun = 0;
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  /** Sheets whose formulas produced new values since the last onCalculated. */
  private readonly recalculated = new Set<SheetModel>();

  constructor() {
    useExcelRound();
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  }

  /** Subscribe to any change (for the grid to re-render); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tell the grid something changed. */
  notify(): void {
    for (const l of this.listeners) l();
  }

  sheet(name: string): SheetModel | null {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.checkSheetName(n);
    const hfName = this.hf.addSheet(n);
    const id = this.hf.getSheetId(hfName);
    if (id === undefined) throw new PreviewApiError('InvalidOperation', `cannot add sheet ${n}`);
    const sheet = new SheetModel(`{${String(this.nextId++).padStart(8, '0')}}`, id, n);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    if (sheet.name.toLowerCase() !== name.toLowerCase()) this.checkSheetName(name);
    this.hf.renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  private checkSheetName(name: string): void {
    if (name === '' || name.length > 31 || INVALID_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
      throw new PreviewApiError('InvalidArgument', `invalid sheet name "${name}"`);
    }
    if (this.sheet(name)) throw new PreviewApiError('ItemAlreadyExists', `a sheet named "${name}" exists`);
  }

  /** The values of a rectangle as the API returns them. */
  values(sheet: SheetModel, r: Rect): ApiValue[][] {
    return this.grid(r, (row, col) => toApi(this.hf.getCellValue({ sheet: sheet.hfId, row, col })));
  }

  /** The formulas of a rectangle (constants as values, empty as ''). */
  formulas(sheet: SheetModel, r: Rect): ApiValue[][] {
    return this.grid(r, (row, col) => toApi(this.hf.getCellSerialized({ sheet: sheet.hfId, row, col })));
  }

  /** The value types of a rectangle as `Range.valueTypes` gives them. */
  valueTypes(sheet: SheetModel, r: Rect): string[][] {
    return this.grid(r, (row, col) => {
      const v = this.hf.getCellValue({ sheet: sheet.hfId, row, col });
      const error = v instanceof DetailedCellError;
      return VALUE_TYPE[classify(error ? null : hostValue(v), error)];
    });
  }

  /** The used area from A1 (at least A1), as the preview's `getUsedRange` reports it. */
  usedRect(sheet: SheetModel): Rect {
    const d = this.hf.getSheetDimensions(sheet.hfId);
    return { row: 0, col: 0, rows: Math.max(1, d.height), cols: Math.max(1, d.width) };
  }

  /** The sheet the user sees: the active one, else the first visible one. */
  active(): SheetModel | null {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    const named = this.activeSheet === null ? null : this.sheet(this.activeSheet);
    return named && named.visibility === 'Visible' ? named : (visible[0] ?? null);
  }

  /** Activates a sheet (a tab click, or `Worksheet.activate()`). */
  activate(sheet: SheetModel): void {
    if (sheet.visibility !== 'Visible')
      throw new PreviewApiError(
        'InvalidOperation',
        `sheet "${sheet.name}" is hidden and cannot be activated`,
      );
    this.activeSheet = sheet.name;
    this.notify();
  }

  /** Selects a cell of the active sheet (a click, or `Range.select()`); Excel refuses other sheets. */
  select(sheet: SheetModel, row: number, col: number): void {
    if (this.active() !== sheet)
      throw new PreviewApiError('InvalidOperation', `sheet "${sheet.name}" is not the active sheet`);
    sheet.selected = { row, col };
    sheet.events.raise('onSelectionChanged', {
      type: 'WorksheetSelectionChanged',
      worksheetId: sheet.id,
      address: toA1({ row, col, rows: 1, cols: 1 }),
    });
    this.notify();
  }

  /** One cell's value. */
  value(sheet: SheetModel, row: number, col: number): ApiValue {
    return toApi(this.hf.getCellValue({ sheet: sheet.hfId, row, col }));
  }

  /** One cell's formula, or its constant. */
  formula(sheet: SheetModel, row: number, col: number): ApiValue {
    return toApi(this.hf.getCellSerialized({ sheet: sheet.hfId, row, col }));
  }

  private grid<T>(r: Rect, at: (row: number, col: number) => T): T[][] {
    if (r.rows * r.cols > 5_000_000)
      throw new PreviewApiError('RequestPayloadSizeLimitExceeded', 'range too large');
    const out: T[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < r.cols; j++) line.push(at(r.row + i, r.col + j));
      out.push(line);
    }
    return out;
  }

  /**
   * Writes constants or formulas into a rectangle, like `Range.values` / `Range.formulas`: strings are parsed as
   * Excel parses typed input ({@link parseWritten}: `=`, `-`, `+`, `@` start formulas, number- and date-like text
   * becomes numbers, an apostrophe keeps text); the array must have the rectangle's shape; locked cells of a
   * protected sheet refuse; a string Excel cannot parse fails the whole sync.
   */
  write(sheet: SheetModel, r: Rect, cells: readonly (readonly ApiValue[])[]): void {
    if (cells.length !== r.rows || cells.some((line) => line.length !== r.cols)) {
      throw new PreviewApiError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${toA1(r)}).`,
      );
    }
    this.guardProtected(sheet, r);
    const valid = (f: string): boolean => this.hf.validateFormula(f);
    const raw: RawCellContent[][] = cells.map((line) =>
      line.map((v) => (typeof v === 'string' ? parseWritten(v, valid) : v)),
    );
    try {
      this.noteCalculated(this.hf.setCellContents({ sheet: sheet.hfId, row: r.row, col: r.col }, raw));
    } catch (e) {
      throw new PreviewApiError('InvalidArgument', e instanceof Error ? e.message : String(e));
    }
  }

  /** Refuses a write into locked cells of a protected sheet, as Excel does. */
  guardProtected(sheet: SheetModel, r: Rect): void {
    if (!sheet.protection.protected) return;
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        if (sheet.isLocked(r.row + i, r.col + j)) {
          throw new PreviewApiError(
            'AccessDenied',
            'The cell or chart you are trying to change is protected.',
          );
        }
      }
  }

  /** Adds a workbook-scoped name (`ItemAlreadyExists` when taken, like Excel). */
  addName(name: string, sheet: SheetModel, r: Rect, comment: string): NameModel {
    const key = name.toUpperCase();
    if (this.names.has(key)) throw new PreviewApiError('ItemAlreadyExists', `the name ${name} exists`);
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || parseA1(name) !== null) {
      throw new PreviewApiError('InvalidArgument', `invalid name ${name}`);
    }
    const ok = this.hf.isItPossibleToAddNamedExpression(name, `=${quoteSheet(sheet.name)}!${toA1(r, true)}`);
    if (!ok) throw new PreviewApiError('InvalidArgument', `invalid name ${name}`);
    this.hf.addNamedExpression(name, `=${quoteSheet(sheet.name)}!${toA1(r, true)}`);
    const model: NameModel = { name, sheet, rect: r, comment };
    this.names.set(key, model);
    return model;
  }

  deleteName(name: string): void {
    const key = name.toUpperCase();
    const model = this.names.get(key);
    if (!model) throw new PreviewApiError('ItemNotFound', `no name ${name}`);
    this.hf.removeNamedExpression(model.name);
    this.names.delete(key);
  }

  /**
   * Breaks a name as deleting its row or column does in Excel: it then refers to `#REF!` (tests and demos).
   *
   * @example
   * book.breakName('ZI_TOTAL_UNIT'); // names.getItem('ZI_TOTAL_UNIT').getRange() now fails
   */
  breakName(name: string): void {
    const model = this.names.get(name.toUpperCase());
    if (!model) throw new PreviewApiError('ItemNotFound', `no name ${name}`);
    model.broken = true;
    this.hf.changeNamedExpression(model.name, '=#REF!');
  }

  /** Names that refer to a cell (for the grid's tooltip). */
  namesAt(sheet: SheetModel, row: number, col: number): string[] {
    return [...this.names.values()]
      .filter((n) => !n.broken && n.sheet === sheet && contains(n.rect, row, col))
      .map((n) => n.name);
  }

  /**
   * Sends a change event to the sheet's `onChanged` handlers, then `onCalculated` to every sheet whose formulas
   * changed value (after the current task, like Excel).
   */
  fireChanged(sheet: SheetModel, r: Rect): void {
    const args: ChangeArgs = {
      type: 'WorksheetChanged',
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheet.id,
      address: toA1(r),
    };
    sheet.events.raise('onChanged', args);
    this.fireCalculated();
  }

  /** Remembers the sheets whose formula cells got new values (HyperFormula's change list of a write). */
  noteCalculated(changes: readonly ExportedChange[]): void {
    for (const c of changes) {
      if (!(c instanceof ExportedCellChange) || !this.hf.doesCellHaveFormula(c.address)) continue;
      const sheet = this.sheets.find((s) => s.hfId === c.address.sheet);
      if (sheet) this.recalculated.add(sheet);
    }
  }

  /** Sends `onCalculated` to the sheets that recalculated since the last call. */
  fireCalculated(): void {
    for (const sheet of this.recalculated)
      sheet.events.raise('onCalculated', { type: 'WorksheetCalculated', worksheetId: sheet.id });
    this.recalculated.clear();
  }

  /**
   * A person picking a value from a cell's drop-down list, as several Excel builds report it (office-js 420,
   * 3888, 4066): the value lands, the formulas recalculate and raise `onCalculated`, and no `onChanged` comes.
   * Refuses a value the list does not offer, and a locked cell of a protected sheet.
   *
   * @example
   * book.pick(jawaban, 5, 10, 'Ya') // K6 = 'Ya'; Jawaban and Rekap raise onCalculated only
   */
  pick(sheet: SheetModel, row: number, col: number, value: string): void {
    const list = sheet.validationAt(row, col)?.rule?.list;
    const options = typeof list?.source === 'string' ? list.source.split(',') : [];
    if (!options.includes(value))
      throw new PreviewApiError('InvalidArgument', `"${value}" is not in the cell's drop-down list`);
    this.guardProtected(sheet, { row, col, rows: 1, cols: 1 });
    this.noteCalculated(this.hf.setCellContents({ sheet: sheet.hfId, row, col }, [[value]]));
    this.fireCalculated();
    this.notify();
  }

  /** Every event handler registered on the book's sheets (the add-in must not leak them). */
  handlerCount(): number {
    return this.sheets.reduce((n, s) => n + s.events.count(), 0);
  }
}
