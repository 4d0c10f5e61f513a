import { Button, ToggleButton } from '../shared/Button';
import { COLUMNS, PREDICATES, PROPOSAL_CHECKLIST } from '../../../lke';
import { useT } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { NeedTemplate } from '../shared/NeedTemplate';
import { RunMessages } from '../shared/RunMessages';
import { useActionRunner } from '../shared/useActionRunner';
import { useSharedStyles } from '../shared/styles';
import { AreaBars } from './AreaBars';
import { CriteriaTable } from './CriteriaTable';
import { FiguresTable } from './FiguresTable';
import { Headline } from './Headline';
import { IntegrityBar } from './IntegrityBar';
import { ProgressTable } from './ProgressTable';
import { useStatus } from './useStatus';
import { useStatusStyles } from './styles';

/** Status: the verdict first, then both columns' figures, the criteria, the areas and the progress. */
export function StatusView(props: { readonly model: PaneModel; readonly actions: PaneActions }): JSX.Element {
  const { model, actions } = props;
  const s = useSharedStyles();
  if (model.data === null)
    return (
      <div className={s.view}>
        <NeedTemplate />
      </div>
    );
  return <StatusBody data={model.data} actions={actions} />;
}

function StatusBody(props: {
  readonly data: NonNullable<PaneModel['data']>;
  readonly actions: PaneActions;
}): JSX.Element {
  const { data, actions } = props;
  const { t } = useT();
  const s = useSharedStyles();
  const st = useStatusStyles();
  const state = useStatus(data);
  const refresh = useActionRunner();
  const ev = data.evaluation;
  const sideLabel = t(state.side === 'tpi' ? 'sideTpi' : 'sideUnit');
  return (
    <div className={s.view}>
      <Headline state={state} checklistTotal={PROPOSAL_CHECKLIST.length} />
      <IntegrityBar mismatches={data.mismatches} />
      <FiguresTable checks={data.checks} />
      <div role="group" aria-labelledby="status-side" className={st.radios}>
        <span id="status-side" className={s.subheading}>
          {t('criteriaSide')}
        </span>
        {COLUMNS.map((c) => (
          <ToggleButton
            key={c}
            size="small"
            appearance={state.side === c ? 'primary' : 'secondary'}
            checked={state.side === c}
            onClick={() => state.setSide(c)}
          >
            {t(c === 'tpi' ? 'sideTpi' : 'sideUnit')}
          </ToggleButton>
        ))}
      </div>
      {PREDICATES.map((p) => (
        <CriteriaTable key={p} verdict={ev.verdicts[state.side][p]} />
      ))}
      <AreaBars
        areas={ev.scores[state.side].areas}
        info={data.catalogue.areas}
        thresholds={data.thresholds}
        sideLabel={sideLabel}
      />
      <ProgressTable parts={data.progress} />
      <div className={s.row}>
        <Button disabled={refresh.running} onClick={() => void refresh.run(() => actions.refresh())}>
          {t('refresh')}
        </Button>
      </div>
      <RunMessages run={refresh} />
    </div>
  );
}
