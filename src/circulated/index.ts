/**
 * Reading units' existing LKE workbooks (the circulated Lampiran III layout, sheet "LKE ZI"): pure, over a
 * small cell-grid interface, so the command line (exceljs) and the pane (office-js) share it.
 */
export * from './grid';
export { CIRCULATED_SHEET, detectLayout, isCirculatedSheetName, type CirculatedLayout } from './layout';
export {
  readCirculated,
  type CirculatedReading,
  type CirculatedTotals,
  type ShownValue,
  type UnmatchedRow,
} from './read';
export { compareCirculated, TOLERANCE, type CirculatedComparison, type FigureComparison } from './compare';
export { migrateCirculated, type CirculatedMigration } from './migrate';
export { findCauses, type Cause, type CauseKind, type NodeFigure } from './causes';
export { MESSAGES as CIRCULATED_MESSAGES, type Bilingual } from './messages';
export { answerFromCell, BLM_DIISI } from './answerValue';
export { gridFromRange, type RangeData } from './rangeGrid';
