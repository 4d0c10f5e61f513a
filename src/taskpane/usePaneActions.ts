import { useMemo } from 'react';
import { previewImport, type ImportPreview, type PaneActions } from './model';
import type { ShellActions, WorkbookState } from './useWorkbook';
import type { WorkbookOps } from './workbookOps';

/**
 * The views' actions over the workbook operations: the shell's (inject, refresh, foreign sheets, migration) and
 * the ones each view runs itself (select a cell, restore formulas, save the profile, import, export), which
 * reject with the error for the view to show and read the workbook again after a write.
 *
 * @example
 * const actions = usePaneActions(ops, state, shell);
 * await actions.selectCell('Jawaban', 'K6');
 */
export function usePaneActions(ops: WorkbookOps, state: WorkbookState, shell: ShellActions): PaneActions {
  const entries = state.reading?.kind === 'read' ? state.reading.entries : null;
  const catalogue = state.catalogue;
  return useMemo((): PaneActions => {
    const thenRefresh = async (write: () => Promise<unknown>): Promise<void> => {
      await write();
      await shell.refresh();
    };
    return {
      ...shell,
      upgrade: () => shell.inject(),
      selectCell: (sheet, address) => ops.selectCell(sheet, address),
      restoreFormulas: (findings) => thenRefresh(() => ops.restoreFormulas(findings)),
      saveProfile: (profile) => thenRefresh(() => ops.saveProfile(profile)),
      previewImport: (json) =>
        catalogue === null
          ? Promise.reject(new Error('the workbook has not been read yet'))
          : Promise.resolve(previewImport(catalogue, entries ?? new Map(), json)),
      // Only the cells the preview listed (input cells by construction), with the values it showed.
      applyImport: (preview: ImportPreview) =>
        thenRefresh(() => ops.writeInputs(preview.changes.map((c) => ({ ...c.cell, value: c.to })))),
      exportAnswers: () => ops.exportAnswers(),
      reportInput: () => ops.reportInput(),
    };
  }, [ops, shell, entries, catalogue]);
}
