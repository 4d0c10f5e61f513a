import { useT } from '../../i18n';
import type { IssueRow, PaneActions, PaneData, PaneModel } from '../../model';
import { SelectField } from '../shared/controls';
import { NeedTemplate } from '../shared/NeedTemplate';
import { RunMessages } from '../shared/RunMessages';
import { useActionRunner } from '../shared/useActionRunner';
import { useSharedStyles } from '../shared/styles';
import { IssueItem } from './IssueItem';
import { useValidasi, type ColumnFilter, type SeverityFilter } from './useValidasi';
import { useValidasiStyles } from './styles';

/** Validasi: every problem of the engine's validation, grouped by area, each taking you to its cell. */
export function ValidasiView(props: {
  readonly model: PaneModel;
  readonly actions: PaneActions;
}): JSX.Element {
  const s = useSharedStyles();
  if (props.model.data === null)
    return (
      <div className={s.view}>
        <NeedTemplate />
      </div>
    );
  return <ValidasiBody data={props.model.data} actions={props.actions} />;
}

function ValidasiBody(props: { readonly data: PaneData; readonly actions: PaneActions }): JSX.Element {
  const { t, pick } = useT();
  const s = useSharedStyles();
  const vs = useValidasiStyles();
  const v = useValidasi(props.data);
  const select = useActionRunner();
  const onSelect = (i: IssueRow): void =>
    void select.run(() => props.actions.selectCell(i.cell.sheet, i.cell.address));
  const scores = props.data.evaluation.scores;
  return (
    <div className={s.view}>
      <section className={s.section} aria-labelledby="validasi-title">
        <h2 id="validasi-title" className={s.heading}>
          {t('validasiTitle')}
        </h2>
        <div className={vs.filters}>
          <SelectField<ColumnFilter>
            label={t('filterColumn')}
            value={v.column}
            options={[
              ['all', t('sideAll')],
              ['unit', t('sideUnit')],
              ['tpi', t('sideTpi')],
            ]}
            onChange={v.setColumn}
          />
          <SelectField<SeverityFilter>
            label={t('filterSeverity')}
            value={v.severity}
            options={[
              ['all', t('sideAll')],
              ['error', t('sevError')],
              ['warning', t('sevWarning')],
              ['info', t('sevInfo')],
            ]}
            onChange={v.setSeverity}
          />
        </div>
        <p className={s.hint} role="status">
          {v.count === 0 ? t('noIssues') : t('issueCount', { count: v.count })}{' '}
          {t('missingNote', { unit: scores.unit.missing.length, tpi: scores.tpi.missing.length })}
        </p>
      </section>
      <RunMessages run={select} />
      {v.groups.map((g) => (
        <section key={String(g.group)} className={s.section} aria-labelledby={`validasi-${g.group}`}>
          <h3 id={`validasi-${g.group}`} className={s.subheading}>
            {pick(g.label)} ({g.issues.length})
          </h3>
          <ul className={s.list}>
            {g.issues.map((i) => (
              <li key={`${i.soal_id}-${i.column}-${i.field}-${i.code}`}>
                <IssueItem issue={i} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
