import type { ViewBodyProps } from './ViewBody';
import type { CursorCell, PaneModel } from '../model';
import { afterPaint } from '../afterPaint';

type Views = typeof import('./ViewBody');

let loaded: Views | null = null;
let loading: Promise<Views> | null = null;
let painted: Promise<Views> | null = null;

/**
 * Loads the views chunk (every view, "Soal ini", the first-run card, and the engine code they use) once; the pane
 * frame (title, language, tabs) renders without it. Tests await it before rendering, so views render at once.
 *
 * @example
 * await preloadViews();
 */
export function preloadViews(): Promise<Views> {
  loading ??= import(/* webpackChunkName: "views" */ './ViewBody').then((m) => (loaded = m));
  return loading;
}

/** The views chunk, asked for once the frame has painted: its code never runs before the first paint. */
function viewsAfterPaint(): Promise<Views> {
  painted ??= new Promise<void>((ok) => void afterPaint(ok)).then(preloadViews);
  return painted;
}

/** The selected view once the chunk is here; until then it suspends (the frame shows its fallback). */
export function LazyViewBody(props: ViewBodyProps): JSX.Element {
  // Suspense's protocol: a component that is not ready throws the promise it waits for (as React.lazy does).
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (loaded === null) throw viewsAfterPaint();
  return <loaded.ViewBody {...props} />;
}

/** "Soal ini" once the chunk is here (nothing before: there is no question to show without a reading anyway). */
export function LazyQuestionSlot(props: {
  readonly model: PaneModel;
  readonly selection: CursorCell | null;
}): JSX.Element | null {
  // Suspense's protocol: a component that is not ready throws the promise it waits for (as React.lazy does).
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (loaded === null) throw viewsAfterPaint();
  return <loaded.QuestionSlot {...props} />;
}
