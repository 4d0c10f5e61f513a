import { Button, ToggleButton } from '../shared/Button';
import { COLUMNS, PREDICATES } from '../../../lke';
import { useT } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { NeedTemplate } from '../shared/NeedTemplate';
import { usePaneNav } from '../shared/nav';
import { RunMessages } from '../shared/RunMessages';
import { useActionRunner } from '../shared/useActionRunner';
import { useSharedStyles } from '../shared/styles';
import { AreaBars } from './AreaBars';
import { CriteriaTable } from './CriteriaTable';
import { FiguresTable } from './FiguresTable';
import { Headline } from './Headline';
import { IntegrityBar } from './IntegrityBar';
import { ProgressTable } from './ProgressTable';
import { RequirementsTable } from './RequirementsTable';
import { useStatus } from './useStatus';
import { useStatusStyles } from './styles';

/** Status: the verdict first, then both columns' figures, the criteria, the areas and the progress. */
export function StatusView(props: {
  readonly model: PaneModel;
  readonly actions: PaneActions;
  /** Opens Validasi (the headline links there while the verdict is withheld); default: the pane's navigation. */
  readonly onShowValidasi?: () => void;
}): JSX.Element {
  const { model, actions } = props;
  const nav = usePaneNav();
  const s = useSharedStyles();
  if (model.data === null)
    return (
      <div className={s.view}>
        <NeedTemplate />
      </div>
    );
  return (
    <StatusBody
      data={model.data}
      actions={actions}
      onShowValidasi={props.onShowValidasi ?? (() => nav.go('validasi'))}
    />
  );
}

function StatusBody(props: {
  readonly data: NonNullable<PaneModel['data']>;
  readonly actions: PaneActions;
  readonly onShowValidasi: (() => void) | undefined;
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
      <Headline state={state} onShowValidasi={props.onShowValidasi} />
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
      <RequirementsTable verdicts={ev.verdicts[state.side]} />
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
