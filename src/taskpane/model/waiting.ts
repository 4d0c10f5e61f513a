import { EMPTY_PROFILE } from './profile';
import type { PaneModel, PaneSource } from './types';

/**
 * The model before the engine chunk has loaded: the shell's progress and notice, the template not known yet, no
 * data. Carries nothing of the engine, so the pane's first render does not wait for it.
 *
 * @example
 * waitingModel({ reading: null }).template // → { kind: 'unknown' }
 */
export function waitingModel(source: PaneSource): PaneModel {
  return {
    busy: source.busy ?? false,
    progress: source.progress ?? null,
    notice: source.message ?? null,
    foreign: source.foreign ?? null,
    template: { kind: 'unknown' },
    circulatedSheet: source.circulatedSheet ?? null,
    migration: source.migration ?? null,
    profile: EMPTY_PROFILE,
    data: null,
  };
}
