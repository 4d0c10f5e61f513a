import type { PaneActions, PaneModel } from '../../model';
import { useSharedStyles } from '../shared/styles';
import { ProfileForm } from './ProfileForm';
import { WorkbookSection } from './WorkbookSection';
import { MigrationResult } from './MigrationResult';

/** Mulai: what the workbook holds, setting up or upgrading the template, and the unit profile. */
export function MulaiView(props: { readonly model: PaneModel; readonly actions: PaneActions }): JSX.Element {
  const s = useSharedStyles();
  const hasTemplate = props.model.template.kind === 'current' || props.model.template.kind === 'outdated';
  return (
    <div className={s.view}>
      <WorkbookSection model={props.model} actions={props.actions} />
      {props.model.migration && <MigrationResult result={props.model.migration} />}
      {hasTemplate && <ProfileForm model={props.model} actions={props.actions} />}
    </div>
  );
}
