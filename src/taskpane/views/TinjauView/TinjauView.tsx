import { PREDICATES } from '../../../lke';
import { useT } from '../../i18n';
import type { PaneActions, PaneData, PaneModel } from '../../model';
import { NeedTemplate } from '../shared/NeedTemplate';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import { DifferencesList } from './DifferencesList';
import { FormulaAudit } from './FormulaAudit';
import { PathList } from './PathList';
import { useTinjau } from './useTinjau';

/**
 * Tinjau (TPI): the formula audit first whenever it has findings (a changed formula makes every figure below
 * doubtful), then where the TPI differs from the unit, then what the path to WBK/WBBM needs.
 */
export function TinjauView(props: { readonly model: PaneModel; readonly actions: PaneActions }): JSX.Element {
  const s = useSharedStyles();
  if (props.model.data === null)
    return (
      <div className={s.view}>
        <NeedTemplate />
      </div>
    );
  return <TinjauBody data={props.model.data} profile={props.model.profile} actions={props.actions} />;
}

function TinjauBody(props: {
  readonly data: PaneData;
  readonly profile: PaneModel['profile'];
  readonly actions: PaneActions;
}): JSX.Element {
  const { t } = useT();
  const s = useSharedStyles();
  const state = useTinjau(props.data, props.profile, props.actions);
  const sideLabel = t(state.column === 'tpi' ? 'sideTpi' : 'sideUnit');
  const paths = state.paths;
  const audit = (
    <FormulaAudit findings={state.findings} restore={state.restore} onRestore={state.onRestore} />
  );
  const auditFirst = state.findings.length > 0;
  return (
    <div className={s.view}>
      {auditFirst && audit}
      <DifferencesList catalogue={props.data.catalogue} state={state} />
      <RunMessages run={state.select} />
      {!auditFirst && audit}
      {paths === null ? (
        <p className={s.hint} role="status">
          {t('pathComputing')}
        </p>
      ) : (
        PREDICATES.map((p) => <PathList key={p} path={paths[p]} sideLabel={sideLabel} />)
      )}
    </div>
  );
}
