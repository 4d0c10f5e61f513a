import { LKE_2021, THRESHOLDS_2021, type Catalogue, type Thresholds } from '../../lke';
import { buildPaneModelWith } from './build';
import type { PaneModel, PaneSource } from './types';

/**
 * {@link buildPaneModelWith} over the 2021 LKE by default (tests, the gallery). The pane itself passes the
 * catalogue the engine chunk loaded, so that the question texts stay out of its first-render bundle.
 *
 * @example
 * buildPaneModel({ reading: { kind: 'absent' } }).template // → { kind: 'none' }
 */
export function buildPaneModel(
  source: PaneSource,
  catalogue: Catalogue = LKE_2021,
  thresholds: Thresholds = THRESHOLDS_2021,
): PaneModel {
  return buildPaneModelWith(source, catalogue, thresholds);
}
