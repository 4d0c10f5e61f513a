/** The views' plain-data model: built purely from what the adapter reads, plus the actions the views call. */
export type * from './types';
export type { PaneActions } from './actions';
export { buildPaneModelWith } from './build';
export { buildPaneModel } from './buildDefault';
export { figureChecks, figureName, FIGURE_IDS, sheetWord, engineWord } from './figures';
export { issueRows } from './issues';
export { partProgress } from './progress';
export { questionGroups, groupOrder } from './groups';
export { templateState } from './template';
export { EMPTY_PROFILE, parseYear, textOrNull } from './profile';
export { differenceRows, pathsTo, restorable, type DifferenceRow } from './review';
export { answersFileText, answersFileName, previewImport } from './portal';
export {
  selectedQuestion,
  firstUnanswered,
  httpLinks,
  type CursorCell,
  type SelectedQuestion,
  type FeedsRatio,
  type CountRole,
} from './selected';
