import { Button } from '../shared/Button';
import { Notice, Progress } from '../shared/Notice';
import { useT } from '../../i18n';
import type { PaneActions, PaneModel, TemplateState } from '../../model';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import { useMulai } from './useMulai';

function stateText(
  s: TemplateState,
  t: ReturnType<typeof useT>['t'],
): { intent: 'info' | 'success' | 'warning'; text: string } {
  switch (s.kind) {
    case 'unknown':
      return { intent: 'info', text: t('stateUnknown') };
    case 'none':
      return { intent: 'info', text: t('stateNone') };
    case 'current':
      return { intent: 'success', text: t('stateCurrent', { version: s.version }) };
    case 'outdated':
      return { intent: 'warning', text: t('stateOutdated', { version: s.version, expected: s.expected }) };
    case 'damaged':
      return { intent: 'warning', text: t('stateDamaged', { version: s.version }) };
    case 'foreign':
      return { intent: 'warning', text: t('stateForeign') };
    default: {
      const never: never = s;
      return never;
    }
  }
}

/** The workbook's state, the set-up/upgrade/migration buttons, the foreign-sheet question and the progress. */
export function WorkbookSection(props: {
  readonly model: PaneModel;
  readonly actions: PaneActions;
}): JSX.Element {
  const { model, actions } = props;
  const { t } = useT();
  const s = useSharedStyles();
  const m = useMulai(model, actions);
  const st = stateText(model.template, t);
  const kind = model.template.kind;
  return (
    <section className={s.section} aria-labelledby="mulai-workbook">
      <h2 id="mulai-workbook" className={s.heading}>
        {t('mulaiTitle')}
      </h2>
      <Notice intent={st.intent}>{st.text}</Notice>
      {model.circulatedSheet !== null && (
        <Notice intent="info">{t('stateCirculated', { sheet: model.circulatedSheet })}</Notice>
      )}
      <div className={s.row}>
        {(kind === 'none' || kind === 'foreign') && (
          <Button appearance="primary" disabled={m.busy} onClick={m.inject}>
            {t('inject')}
          </Button>
        )}
        {(kind === 'current' || kind === 'damaged') && (
          <Button
            appearance={kind === 'damaged' ? 'primary' : 'secondary'}
            disabled={m.busy}
            onClick={m.inject}
          >
            {t('reapply')}
          </Button>
        )}
        {kind === 'outdated' && (
          <Button appearance="primary" disabled={m.busy} onClick={m.upgrade}>
            {t('upgrade')}
          </Button>
        )}
        {model.circulatedSheet !== null && (
          <Button disabled={m.busy} onClick={m.migrate}>
            {t('migrate')}
          </Button>
        )}
      </div>
      {model.foreign !== null && model.foreign.length > 0 && (
        <Notice
          intent="warning"
          actions={
            <>
              <Button disabled={m.busy} onClick={m.confirmForeign}>
                {t('foreignConfirm')}
              </Button>
              <Button disabled={m.busy} onClick={() => actions.cancelForeign()}>
                {t('cancel')}
              </Button>
            </>
          }
        >
          {t('foreignAsk', { sheets: model.foreign.join(', ') })}
        </Notice>
      )}
      {m.progress && (
        <div className={s.section}>
          <Progress value={m.progress.value} label={t('progressLabel')} describedBy="mulai-progress-step" />
          <span id="mulai-progress-step" className={s.hint} aria-live="polite">
            {m.progress.label}
          </span>
        </div>
      )}
      {model.notice && (
        <Notice intent={model.notice.intent} live>
          {model.notice.text}
        </Notice>
      )}
      <RunMessages run={m.runner} />
    </section>
  );
}
