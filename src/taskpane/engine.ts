/**
 * Everything the pane needs beyond its first render: the catalogue (question texts), the planner, the office-js
 * adapter and the engine's cross-check. Loaded as a separate chunk after the pane is on screen.
 */
export { LKE_2021, THRESHOLDS_2021 } from '../lke';
export { planWorkbook, SHEETS } from '../workbook';
export { applyPlan } from '../excel/apply';
export { readWorkbook } from '../excel/read';
export { watchChanges } from '../excel/events';
export { summarise } from './summary';
