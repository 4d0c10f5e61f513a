import type { ApplyProgress } from '../../../excel/apply';
import { useT, type Translator } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';

/** The bar and label of an inject in progress: probe and read are indeterminate, write counts requests. */
export interface ProgressView {
  readonly value: number | undefined;
  readonly label: string;
}

/**
 * The progress bar of an apply.
 *
 * @example
 * progressView({ step: 'write', done: 3, total: 12 }, translator('id')) // → { value: 0.25, label: 'Menulis templat (3 dari 12)' }
 * progressView({ step: 'probe', done: 0, total: 0 }, translator('en')).value // → undefined (indeterminate)
 */
export function progressView(p: ApplyProgress, tr: Pick<Translator, 't'>): ProgressView {
  switch (p.step) {
    case 'probe':
      return { value: undefined, label: tr.t('progressProbe') };
    case 'read':
      return { value: undefined, label: tr.t('progressRead') };
    case 'write':
      return {
        value: p.total > 0 ? Math.min(1, p.done / p.total) : undefined,
        label: tr.t('progressWrite', { done: p.done, total: p.total }),
      };
    default: {
      const never: never = p.step;
      return never;
    }
  }
}

/** The Mulai view's state: one runner for the workbook actions and the progress, if any. */
export interface MulaiState {
  readonly runner: ActionRun;
  readonly progress: ProgressView | null;
  readonly busy: boolean;
  readonly inject: () => void;
  readonly upgrade: () => void;
  readonly migrate: () => void;
  readonly confirmForeign: () => void;
}

/**
 * Mulai's actions (inject, upgrade, migrate, confirm the rename of foreign sheets), run one at a time.
 *
 * @example
 * const m = useMulai(model, actions);
 * <Button onClick={m.inject} disabled={m.busy} />
 */
export function useMulai(model: PaneModel, actions: PaneActions): MulaiState {
  const tr = useT();
  const runner = useActionRunner();
  const go = (f: () => Promise<void>) => () => void runner.run(f);
  return {
    runner,
    progress: model.progress ? progressView(model.progress, tr) : null,
    busy: model.busy || runner.running,
    inject: go(() => actions.inject()),
    upgrade: go(() => actions.upgrade()),
    migrate: go(() => actions.migrateCirculated()),
    confirmForeign: go(() => actions.confirmForeign()),
  };
}
