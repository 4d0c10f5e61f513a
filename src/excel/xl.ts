/**
 * The Excel JavaScript API surface this add-in uses, and nothing more: a structural subset of `Excel.*`
 * from @types/office-js. `Excel.RequestContext` is assignable to {@link XlContext} (checked at the bottom of
 * this file), so the production pane passes the real context; the preview host (src/preview) implements the
 * same interfaces over HyperFormula. Adding a call here means adding it to the preview host too.
 *
 * Requirement sets used (ExcelApi): 1.1 ranges/values/formulas/numberFormat/format and reading names, 1.2
 * protection and format.protection, 1.4 adding names and *OrNullObject, 1.6 conditional formats and
 * suspendApiCalculationUntilNextSync, 1.7 freezePanes, tabColor, Worksheet.onChanged and onSelectionChanged, 1.8
 * data validation and Worksheet.onCalculated, 1.9 format.indentLevel. Navigation (activate, select), getUsedRange and valueTypes are 1.1. The manifest requires ExcelApi 1.9 (Office 2021 has up to 1.12).
 */

/** A value a cell holds as the API returns it: empty cells read as `''`, errors as `'#DIV/0!'` etc. */
export type XlCellValue = string | number | boolean;

/** What is common to every proxy object: `load` queues a read, the values arrive on `sync()`. */
export interface XlLoadable<T> {
  load(propertyNames: string): T;
}

/** `Excel.RequestContext`, reduced. */
export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

export interface XlApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly names: XlNamedItemCollection;
}

export interface XlWorksheetCollection {
  add(name?: string): XlWorksheet;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
}

export type XlVisibility = Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';

export interface XlWorksheet extends XlLoadable<XlWorksheet> {
  /** Readable after `sync()` for objects from `…OrNullObject`. */
  readonly isNullObject: boolean;
  name: string;
  visibility: XlVisibility;
  /** ExcelApi 1.7: `#RRGGBB`, or `''` for none. */
  tabColor: string;
  readonly protection: XlWorksheetProtection;
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.7: a hint only (no event for a drop-down pick in some builds, office-js 420/3888/4066). */
  readonly onChanged: XlEventSource<Excel.WorksheetChangedEventArgs>;
  /** ExcelApi 1.8: raised when the sheet recalculates (also after a drop-down pick that onChanged misses). */
  readonly onCalculated: XlEventSource<Excel.WorksheetCalculatedEventArgs>;
  /** ExcelApi 1.7. */
  readonly onSelectionChanged: XlEventSource<Excel.WorksheetSelectionChangedEventArgs>;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.1 (`valuesOnly` 1.2): the smallest range holding every used cell (A1 when the sheet is empty). */
  getUsedRange(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.1: makes the sheet the active one. */
  activate(): void;
  /** ExcelApi 1.9: how the sheet prints (optional here: a host without it skips the print step). */
  readonly pageLayout?: XlPageLayout;
}

/** `Excel.PageLayout` (ExcelApi 1.9), reduced; margins in points. */
export interface XlPageLayout {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  zoom: Excel.PageLayoutZoomOptions;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  readonly headersFooters: {
    readonly defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string };
  };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlFreezePanes {
  /** ExcelApi 1.7. */
  freezeRows(count?: number): void;
  /** ExcelApi 1.7: columns only. */
  freezeColumns(count?: number): void;
  /** ExcelApi 1.7: freezes the rows above and the columns left of the range's bottom-right edge. */
  freezeAt(frozenRange: string): void;
}

export interface XlWorksheetProtection extends XlLoadable<XlWorksheetProtection> {
  readonly protected: boolean;
  protect(options?: Excel.WorksheetProtectionOptions): void;
  unprotect(): void;
}

export interface XlRange extends XlLoadable<XlRange> {
  /** Readable after `sync()` for ranges from `…OrNullObject`. */
  readonly isNullObject: boolean;
  readonly address: string;
  values: XlCellValue[][];
  /** Always en-US formulas (never `formulasLocal`): `,` separators and `.` decimals in every locale. */
  formulas: XlCellValue[][];
  numberFormat: XlCellValue[][];
  /** ExcelApi 1.1: `'Error'` for a cell showing an error, `'Empty'`, `'String'`, `'Double'`, `'Boolean'`. */
  readonly valueTypes: readonly (readonly (Excel.RangeValueType | `${Excel.RangeValueType}`)[])[];
  readonly format: XlRangeFormat;
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** ExcelApi 1.1: selects the range (its sheet must be active). */
  select(): void;
  /** ExcelApi 1.2: hides the range's columns (their formulas keep computing). Optional: the print step only. */
  columnHidden?: boolean;
  /** ExcelApi 1.9: per-cell properties, e.g. `{ hyperlink: true }` for the link behind each cell. */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): XlClientResult<Excel.CellProperties[][]>;
}

/** `OfficeExtension.ClientResult`: the value arrives on `sync()`. */
export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlRangeFormat {
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  /** ExcelApi 1.9. */
  indentLevel: number;
  horizontalAlignment:
    | Excel.HorizontalAlignment
    | 'General'
    | 'Left'
    | 'Center'
    | 'Right'
    | 'Fill'
    | 'Justify'
    | 'CenterAcrossSelection'
    | 'Distributed';
  verticalAlignment: Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
  readonly font: XlFont;
  readonly fill: XlFill;
  /** ExcelApi 1.2. */
  readonly protection: XlFormatProtection;
}

export interface XlFont {
  bold: boolean;
  italic: boolean;
  color: string;
}

export interface XlFill {
  color: string;
}

export interface XlFormatProtection {
  locked: boolean;
}

export interface XlDataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
  clear(): void;
}

export interface XlConditionalFormatCollection {
  add(type: 'CellValue' | 'ContainsText'): XlConditionalFormat;
  clearAll(): void;
}

export interface XlConditionalFormat {
  readonly cellValue: XlCellValueConditionalFormat;
  readonly textComparison: XlTextConditionalFormat;
}

/** The format a conditional format applies. */
export interface XlConditionalRangeFormat {
  readonly fill: XlFill;
  readonly font: XlFont;
}

export interface XlCellValueConditionalFormat {
  rule: Excel.ConditionalCellValueRule;
  readonly format: XlConditionalRangeFormat;
}

export interface XlTextConditionalFormat {
  rule: Excel.ConditionalTextComparisonRule;
  readonly format: XlConditionalRangeFormat;
}

export interface XlNamedItemCollection {
  /** ExcelApi 1.4. `reference` is a range or an en-US formula such as `=Ringkasan!$C$5`. */
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItem(name: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlNamedItem extends XlLoadable<XlNamedItem> {
  readonly isNullObject: boolean;
  readonly name: string;
  /** ExcelApi 1.1: the range the name refers to; throws for a name broken to `#REF!`. */
  getRange(): XlRange;
  /** ExcelApi 1.4: the range, or a null object when the name no longer refers to one (`#REF!`). */
  getRangeOrNullObject(): XlRange;
  delete(): void;
}

/**
 * The context an event handler was added through (`OfficeExtension.ClientRequestContext`): the handler lives
 * until it is removed through this same context ((Excel.run given `result.context`)), whatever the add-in's own
 * flags say.
 */
export interface XlEventContext {
  sync(): Promise<unknown>;
}

/** `OfficeExtension.EventHandlerResult`: what `add` gives back, to remove the handler later. */
export interface XlEventHandlerResult {
  readonly context: XlEventContext;
  /** Queues the removal on `context` (it takes effect on that context's next sync). */
  remove(): void;
}

export interface XlEventSource<A> {
  add(handler: (args: A) => Promise<void>): XlEventHandlerResult;
}

// Compile-time proof that the real API is assignable to this subset.
export type RealContextFits = Excel.RequestContext extends XlContext ? true : never;
const realContextFits: RealContextFits = true;
void realContextFits;
