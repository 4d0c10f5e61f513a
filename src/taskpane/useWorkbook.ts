import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplyProgress } from '../excel/apply';
import type { WorkbookReading } from '../excel/read';
import type { ColumnSummary } from './summary';
import { t } from './strings';
import type { WorkbookOps } from './workbookOps';

export interface PaneMessage {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly text: string;
}

export interface WorkbookState {
  readonly busy: boolean;
  readonly progress: ApplyProgress | null;
  readonly reading: WorkbookReading | null;
  readonly summary: readonly ColumnSummary[] | null;
  readonly message: PaneMessage | null;
  /** Sheets named like ours that are not ours, waiting for the user's answer. */
  readonly foreign: readonly string[] | null;
}

export interface WorkbookActions {
  inject(): Promise<void>;
  refresh(): Promise<void>;
  confirmForeign(): Promise<void>;
  cancelForeign(): void;
}

function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return t('errorGeneric', { message });
}

/**
 * The pane's state and actions over the workbook: inject or upgrade the template (asking before renaming a foreign
 * sheet), refresh the reading (also on a debounced change hint), and the Status summary cross-checked with the
 * engine. Components call these actions; none of them calls Excel.
 *
 * @example
 * const [state, actions] = useWorkbook(ops);
 * <Button onClick={() => void actions.refresh()} />
 */
export function useWorkbook(ops: WorkbookOps): [WorkbookState, WorkbookActions] {
  const [state, setState] = useState<WorkbookState>({
    busy: false,
    progress: null,
    reading: null,
    summary: null,
    message: null,
    foreign: null,
  });
  const patch = useCallback((p: Partial<WorkbookState>) => setState((s) => ({ ...s, ...p })), []);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      const { reading, summary } = await ops.read();
      patch({ reading, summary });
    } catch (e) {
      patch({ message: { intent: 'error', text: errorText(e) } });
    }
  }, [ops, patch]);

  const run = useCallback(
    async (foreignSheets: 'ask' | 'rename'): Promise<void> => {
      patch({ busy: true, message: null, foreign: null, progress: null });
      try {
        const r = await ops.apply({ foreignSheets, onProgress: (progress) => patch({ progress }) });
        if (r.kind === 'foreign-sheets') patch({ foreign: r.sheets });
        else if (r.kind === 'foreign-names') {
          patch({ message: { intent: 'error', text: t('foreignNames', { names: r.names.join(', ') }) } });
        } else if (r.kind === 'unsupported-version') {
          patch({
            message: { intent: 'error', text: t('unsupportedVersion', { version: r.found.templateVersion }) },
          });
        } else patch({ message: { intent: 'success', text: t('applied', { syncs: r.syncs }) } });
        await refresh();
      } catch (e) {
        patch({ message: { intent: 'error', text: errorText(e) } });
      } finally {
        patch({ busy: false, progress: null });
      }
    },
    [ops, patch, refresh],
  );

  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(() => {
    let stop: (() => void) | null = null;
    let alive = true;
    // After the first paint: building the plan and reading the workbook must not hold up the pane's first render.
    const first = setTimeout(() => void refreshRef.current(), 0);
    ops
      .watch(() => void refreshRef.current())
      .then((s) => (alive ? (stop = s) : s()))
      .catch(() => undefined); // no template yet: the manual refresh and the next inject still work
    return () => {
      alive = false;
      clearTimeout(first);
      stop?.();
    };
  }, [ops, state.reading?.kind]);

  return [
    state,
    {
      inject: () => run('ask'),
      refresh,
      confirmForeign: () => run('rename'),
      cancelForeign: () => patch({ foreign: null }),
    },
  ];
}
