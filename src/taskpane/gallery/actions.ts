import { LKE_2021 } from '../../lke';
import { answersFileText, previewImport, type PaneActions, type PaneModel } from '../model';

/** One call the gallery's actions received (the browser test reads them from `window.__paneCalls`). */
export interface GalleryCall {
  readonly action: keyof PaneActions;
  readonly args: readonly unknown[];
}

/**
 * Actions that do nothing to a workbook: they record each call in `calls` and answer like the shell would
 * (export and import preview through the model's pure helpers).
 *
 * @example
 * const calls: GalleryCall[] = [];
 * await galleryActions(model, calls).selectCell('Jawaban', 'K6');
 * calls // → [{ action: 'selectCell', args: ['Jawaban', 'K6'] }]
 */
export function galleryActions(model: PaneModel, calls: GalleryCall[]): PaneActions {
  const log =
    (action: keyof PaneActions) =>
    (...args: unknown[]): Promise<void> => {
      calls.push({ action, args });
      return Promise.resolve();
    };
  return {
    inject: log('inject'),
    upgrade: log('upgrade'),
    confirmForeign: log('confirmForeign'),
    cancelForeign: () => void log('cancelForeign')(),
    migrateCirculated: log('migrateCirculated'),
    refresh: log('refresh'),
    selectCell: log('selectCell'),
    restoreFormulas: log('restoreFormulas'),
    saveProfile: log('saveProfile'),
    applyImport: log('applyImport'),
    previewImport: (json) => {
      calls.push({ action: 'previewImport', args: [json] });
      return Promise.resolve(previewImport(LKE_2021, model.data?.entries ?? new Map(), json));
    },
    reportInput: () => {
      calls.push({ action: 'reportInput', args: [] });
      const d = model.data;
      if (!d) return Promise.reject(new Error('no LKE template'));
      const p = model.profile;
      return Promise.resolve({
        catalogue: d.catalogue,
        thresholds: d.thresholds,
        entries: d.entries,
        profile: p.profile,
        evaluation: d.evaluation,
        unit: { name: p.unitName, id: p.unitId, instansi: p.instansi, year: p.year },
        audit: d.findings,
        recommendations: new Map<number, string>(),
      });
    },
    exportAnswers: () => {
      calls.push({ action: 'exportAnswers', args: [] });
      return Promise.resolve(answersFileText(LKE_2021, model.data?.entries ?? new Map(), model.profile));
    },
  };
}
