import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApplyProgress, ApplyResult } from '../excel/apply';
import type { WorkbookReading } from '../excel/read';
import type { Catalogue, Thresholds } from '../lke';
import type { FormulaFinding } from '../workbook';
import type { MessageKey } from './i18n';
import type { MigrationResult } from './model/types';
import type { SelectedCell, WatchHints, WorkbookOps } from './workbookOps';
import { afterPaint } from './afterPaint';

/** A message of the shell, as a catalogue key: worded when shown, so it follows the language switch. */
export interface ShellMessage {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface WorkbookState {
  readonly busy: boolean;
  readonly progress: ApplyProgress | null;
  readonly reading: WorkbookReading | null;
  /** The formula audit of the last reading. */
  readonly findings: readonly FormulaFinding[];
  /** A circulated "LKE ZI" sheet found in the workbook. */
  readonly circulatedSheet: string | null;
  readonly migration: MigrationResult | null;
  /** The catalogue and thresholds from the engine chunk: null until it has loaded. */
  readonly catalogue: Catalogue | null;
  readonly thresholds: Thresholds | null;
  readonly message: ShellMessage | null;
  /** Sheets named like ours that are not ours, waiting for the user's answer. */
  readonly foreign: readonly string[] | null;
  /** The cell last selected in the workbook (null until the host reports one). */
  readonly selection: SelectedCell | null;
}

export interface WorkbookActions {
  inject(): Promise<void>;
  refresh(): Promise<void>;
  confirmForeign(): Promise<void>;
  cancelForeign(): void;
}

/** The shell's actions plus what the pane's other actions build on. */
export interface ShellActions extends WorkbookActions {
  migrateCirculated(): Promise<void>;
}

function errorMessage(e: unknown): ShellMessage {
  const message = e instanceof Error ? e.message : String(e);
  return { intent: 'error', key: 'errorGeneric', params: { message } };
}

/** The message an apply ends with, or null when it stopped to ask about foreign sheets. */
function appliedMessage(r: ApplyResult): ShellMessage | null {
  switch (r.kind) {
    case 'foreign-sheets':
      return null;
    case 'foreign-names':
      return { intent: 'error', key: 'foreignNames', params: { names: r.names.join(', ') } };
    case 'unsupported-version':
      return { intent: 'error', key: 'unsupportedVersion', params: { version: r.found.templateVersion } };
    case 'password-protected':
      return { intent: 'error', key: 'sheetPassword', params: { sheets: r.sheets.join(', ') } };
    case 'applied':
      return r.cosmetic === 'failed'
        ? { intent: 'warning', key: 'appliedLooksFailed' }
        : { intent: 'success', key: 'applied' };
    default: {
      const never: never = r;
      return never;
    }
  }
}

const INITIAL: WorkbookState = {
  busy: false,
  progress: null,
  reading: null,
  findings: [],
  circulatedSheet: null,
  migration: null,
  catalogue: null,
  thresholds: null,
  message: null,
  foreign: null,
  selection: null,
};

/**
 * The pane's state and shell actions over the workbook: inject or upgrade the template (asking before renaming a
 * foreign sheet), move a circulated sheet's answers in, refresh the reading (also on a debounced change hint).
 * Components call these actions; none of them calls Excel.
 *
 * @example
 * const [state, actions] = useWorkbook(ops);
 * <Button onClick={() => void actions.refresh()} />
 */
export function useWorkbook(ops: WorkbookOps): [WorkbookState, ShellActions] {
  const [state, setState] = useState<WorkbookState>(INITIAL);
  const patch = useCallback((p: Partial<WorkbookState>) => setState((s) => ({ ...s, ...p })), []);
  const foreignFor = useRef<'inject' | 'migrate'>('inject');

  const refresh = useCallback(async (): Promise<void> => {
    try {
      patch(await ops.read());
    } catch (e) {
      patch({ message: errorMessage(e) });
    }
  }, [ops, patch]);

  /** Runs an apply-like operation with the busy flag and progress, then reads the workbook again. */
  const busy = useCallback(
    async (work: (onProgress: (p: ApplyProgress) => void) => Promise<void>): Promise<void> => {
      patch({ busy: true, message: null, foreign: null, progress: null });
      try {
        await work((progress) => patch({ progress }));
        await refresh();
      } catch (e) {
        patch({ message: errorMessage(e) });
      } finally {
        patch({ busy: false, progress: null });
      }
    },
    [patch, refresh],
  );

  const inject = useCallback(
    (foreignSheets: 'ask' | 'rename') =>
      busy(async (onProgress) => {
        foreignFor.current = 'inject';
        const r = await ops.apply({ foreignSheets, onProgress });
        patch(r.kind === 'foreign-sheets' ? { foreign: r.sheets } : { message: appliedMessage(r) });
      }),
    [busy, ops, patch],
  );

  const migrate = useCallback(
    (foreignSheets: 'ask' | 'rename') =>
      busy(async (onProgress) => {
        const sheet = state.circulatedSheet;
        if (sheet === null) return;
        foreignFor.current = 'migrate';
        const r = await ops.migrateCirculated(sheet, { foreignSheets, onProgress });
        if ('questions' in r) {
          patch({
            migration: r,
            message: { intent: 'success', key: 'migrated', params: { questions: r.questions, sheet } },
          });
        } else patch(r.kind === 'foreign-sheets' ? { foreign: r.sheets } : { message: appliedMessage(r) });
      }),
    [busy, ops, patch, state.circulatedSheet],
  );

  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(
    // After the first paint: loading the engine chunk, building the plan and reading the workbook must not hold
    // up the pane's first render.
    () => afterPaint(() => void refreshRef.current()),
    [ops],
  );

  // The workbook's hints, registered once while the template is there (its sheets carry the handlers) and removed
  // from the workbook for real when it goes or the pane closes; the next registration waits for that removal, so
  // handlers never pile up, whatever else the reading does.
  const template = state.reading?.kind === 'read';
  const watching = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    if (!template) return;
    const hints: WatchHints = {
      changed: () => void refreshRef.current(),
      selected: (selection) => patch({ selection }),
    };
    const stop = watching.current.then(() => ops.watch(hints)).catch(() => null); // no hints: the manual refresh stays
    return () => {
      watching.current = stop.then((s) => s?.()).catch(() => undefined);
    };
  }, [ops, patch, template]);

  const actions = useMemo(
    (): ShellActions => ({
      inject: () => inject('ask'),
      refresh,
      confirmForeign: () => (foreignFor.current === 'migrate' ? migrate('rename') : inject('rename')),
      cancelForeign: () => patch({ foreign: null }),
      migrateCirculated: () => migrate('ask'),
    }),
    [inject, migrate, patch, refresh],
  );
  return [state, actions];
}
