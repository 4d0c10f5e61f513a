/**
 * Everything the pane needs beyond its first render: the catalogue (question texts), the planner, the office-js
 * adapter and the circulated-workbook reader. Loaded as a separate chunk after the pane is on screen.
 */
export { LKE_2021, THRESHOLDS_2021, indexOf, evaluate } from '../lke';
export {
  planWorkbook,
  SHEETS,
  entryCells,
  PROFIL,
  HELD_OPTIONS,
  gridCell,
  workbookRecommendations,
} from '../workbook';
export { applyPlan } from '../excel/apply';
export { readWorkbook } from '../excel/read';
export { selectCell, writeInputs, restoreFormulas, readUsedRange } from '../excel/write';
export { watchWorkbook } from '../excel/events';
export { gridFromRange, migrateCirculated } from '../circulated';
export { restorable, answersFileText, buildPaneModelWith, previewImport } from './model';
export { entryWrites, profileWrites } from './writes';
