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

/** Tinjau (TPI): where the TPI differs from the unit, the formula audit, and the path to WBK/WBBM. */
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
  return (
    <div className={s.view}>
      <DifferencesList rows={state.differences} onSelect={state.onSelect} />
      <RunMessages run={state.select} />
      <FormulaAudit findings={state.findings} restore={state.restore} onRestore={state.onRestore} />
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
