/** The workbook plan: catalogue → sheets, formulas, formats, validations, names, protection. Pure. */
export type * from './plan';
export { PLAN_VERSION } from './plan';
export { planWorkbook, type PlanOptions } from './build';
export { jawabanLayout, type JawabanLayout, type JawabanRow } from './layout';
export { INPUT_COLUMNS, SHEETS, SIDE, JAWABAN_TITLES } from './columns';
export { inputCell, readEntries, gridCell, cellAnswer, cellText, entryCells } from './inputs';
export {
  inputWrites,
  initialInputWrites,
  hasValue,
  type ImportMode,
  type CellWrite,
  type InputChange,
  type InputPlan,
  type InputState,
  type InputTarget,
  type ProfileField,
} from './inputWrites';
export {
  readProfile,
  profileCells,
  PROFIL,
  HELD_OPTIONS,
  REQ_STATUS,
  REQ_COLS,
  factCell,
  requirementCell,
  requirementsMetCell,
  heldFormula,
  type ProfileReading,
  type ProfileSeed,
} from './profil';
export {
  FACT_CELLS,
  AGENCY_TEXT,
  SERVICE_TEXT,
  readFact,
  factTextOf,
  type FactCell,
  type FactEntry,
} from './profilFacts';
export {
  detectTemplate,
  matchTemplate,
  templateIdentity,
  catalogueFingerprint,
  META_KEYS,
  type TemplateMatch,
} from './meta';
export { auditFormulas, normalizeFormula, type FormulaFinding, type FoundCell } from './audit';
export { STATUS, RATIO_STATUS, PASS, VERDICT, UNREADABLE } from './formulas';
export {
  bareAddress,
  cellAt,
  cellsOf,
  columnLetter,
  columnNumber,
  parseAddress,
  parseRange,
  quoteSheet,
  type A1Range,
} from './a1';
export { WorkbookPlanError } from './errors';
export { planStats, type PlanStats } from './stats';
export { workbookRecommendations, RECOMMENDATION_COLUMN, RECOMMENDATION_TITLE } from './recommendations';
export { printSetups, footer as printFooter, JAWABAN_HIDDEN_COLUMNS } from './print';
export {
  figureName,
  figureCell,
  areaCell,
  sourceRef,
  verdictCell,
  completeCell,
  type NamedThing,
} from './where';
export { rekapRows, SUMMARY_ORDER, type RekapRows } from './rekapRows';
export {
  EMPTY,
  classify,
  hostValue,
  sourceCell,
  sourceFromCells,
  type CellSource,
  type CellType,
  type SheetSource,
  type SourceCell,
} from './source';
export { readTemplateSource, type CellFault, type TemplateRead } from './readTemplate';
export { questionRows, type QuestionRows, type RowRefusal } from './readRows';
export { missingSheetText, rowRefusalText, type Said } from './readMessages';
