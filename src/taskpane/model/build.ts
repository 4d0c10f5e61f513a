import { evaluate, type Catalogue, type Thresholds } from '../../lke';
import { templateIdentity } from '../../workbook';
import { figureChecks } from './figures';
import { issueRows } from './issues';
import { partProgress } from './progress';
import { EMPTY_PROFILE } from './profile';
import { templateState } from './template';
import type { PaneData, PaneModel, PaneSource } from './types';

/**
 * The views' one state object, built purely from what the adapter read: the template state, the profile,
 * and (once our template is read) the engine's evaluation of the entries, every named figure checked
 * against it, the problems with their cells, the progress per area and the formula audit.
 *
 * The catalogue and thresholds come from the engine chunk: until it has loaded (null), the model says only
 * "checking the workbook", so the pane's first render does not wait for the question texts.
 *
 * @example
 * const model = buildPaneModelWith({ reading, findings }, LKE_2021, THRESHOLDS_2021);
 * model.data?.evaluation.verdicts[model.data.evaluation.headline].WBK.eligible // → true | false | null
 * model.data?.mismatches.length // → 0 when the sheet's formulas agree with the engine
 */
export function buildPaneModelWith(
  source: PaneSource,
  catalogue: Catalogue | null,
  thresholds: Thresholds | null,
): PaneModel {
  const r = catalogue === null ? null : source.reading;
  const base = {
    busy: source.busy ?? false,
    progress: source.progress ?? null,
    notice: source.message ?? null,
    foreign: source.foreign ?? null,
    template:
      catalogue === null
        ? ({ kind: 'unknown' } as const)
        : templateState(r, templateIdentity(catalogue).templateVersion),
    circulatedSheet: source.circulatedSheet ?? null,
    migration: source.migration ?? null,
  };
  if (r === null || r.kind !== 'read' || catalogue === null || thresholds === null)
    return { ...base, profile: EMPTY_PROFILE, data: null };
  const evaluation = evaluate(catalogue, thresholds, r.entries, r.profile.profile);
  const checks = figureChecks(r.named, evaluation);
  const data: PaneData = {
    catalogue,
    thresholds,
    entries: r.entries,
    evaluation,
    checks,
    mismatches: checks.filter((c) => !c.agrees),
    progress: partProgress(catalogue, evaluation),
    issues: issueRows(catalogue, evaluation.issues),
    findings: source.findings ?? [],
    hasTpi: evaluation.headline === 'tpi',
  };
  return { ...base, profile: r.profile, data };
}
