/** The engine chunk's exports (catalogue, planner, adapter, the model builder). */
export type Engine = typeof import('./engine');

/**
 * Loads the engine chunk (catalogue, planner, adapter, model builder) on first use, after the pane's first render;
 * every caller shares the one chunk.
 *
 * @example
 * const { buildPaneModelWith } = await loadEngine();
 */
export const loadEngine = (): Promise<Engine> => import(/* webpackChunkName: "engine" */ './engine');
