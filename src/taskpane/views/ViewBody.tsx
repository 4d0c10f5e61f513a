import { useMemo } from 'react';
import { selectedQuestion, type CursorCell, type PaneActions, type PaneModel } from '../model';
import { EksporView } from './EksporView/EksporView';
import { MulaiView } from './MulaiView/MulaiView';
import { StatusView } from './StatusView/StatusView';
import { TinjauView } from './TinjauView/TinjauView';
import { ValidasiView } from './ValidasiView/ValidasiView';
import { QuestionPanel } from './QuestionPanel/QuestionPanel';
import { NextSteps } from './NextSteps';
import type { ViewId } from './usePaneViews';
import { usePaneStyles } from './styles';

export interface ViewBodyProps {
  readonly view: ViewId;
  readonly model: PaneModel;
  readonly actions: PaneActions;
}

/** The selected view, with the first-run card above Status and Mulai (the "views" chunk, after the first render). */
export function ViewBody(props: ViewBodyProps): JSX.Element {
  const s = usePaneStyles();
  const { view, model, actions } = props;
  return (
    <>
      {model.data !== null && (view === 'status' || view === 'mulai') && (
        <div className={s.guide}>
          <NextSteps data={model.data} actions={actions} compact={view === 'mulai'} />
        </div>
      )}
      {view === 'mulai' && <MulaiView model={model} actions={actions} />}
      {view === 'status' && <StatusView model={model} actions={actions} />}
      {view === 'validasi' && <ValidasiView model={model} actions={actions} />}
      {view === 'tinjau' && <TinjauView model={model} actions={actions} />}
      {view === 'ekspor' && <EksporView model={model} actions={actions} />}
    </>
  );
}

/** "Soal ini" for the cell the workbook reports selected, when it is on a question's row of sheet Jawaban. */
export function QuestionSlot(props: {
  readonly model: PaneModel;
  readonly selection: CursorCell | null;
}): JSX.Element | null {
  const selected = useMemo(
    () => selectedQuestion(props.model.data, props.selection),
    [props.model.data, props.selection],
  );
  // One panel across questions: folded once, it stays folded as the cursor moves.
  return selected && <QuestionPanel selected={selected} />;
}
