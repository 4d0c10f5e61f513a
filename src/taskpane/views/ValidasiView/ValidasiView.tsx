import { useT } from '../../i18n';
import type { IssueRow, PaneActions, PaneData, PaneModel } from '../../model';
import { SelectField } from '../shared/controls';
import { NeedTemplate } from '../shared/NeedTemplate';
import { RunMessages } from '../shared/RunMessages';
import { useActionRunner } from '../shared/useActionRunner';
import { useSharedStyles } from '../shared/styles';
import { IssueItem } from './IssueItem';
import { MissingItem } from './MissingItem';
import { Fold } from './Fold';
import { useValidasi, type ColumnFilter, type SeverityFilter } from './useValidasi';
import { useValidasiStyles } from './styles';

/** A list of unanswered questions longer than this starts folded. */
const MISSING_OPEN = 20;

/**
 * Validasi, in the order that matters: the counts (they add up with what is listed), the errors, the questions
 * still unanswered, the warnings as one foldable line per area, the infos last and folded. Each item selects
 * its cell.
 */
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
  const go = (sheet: string, address: string): void =>
    void select.run(() => props.actions.selectCell(sheet, address));
  const onSelect = (i: IssueRow): void => go(i.cell.sheet, i.cell.address);
  const { lists, counts } = v;
  const issueList = (rows: readonly IssueRow[]): JSX.Element => (
    <ul className={s.list}>
      {rows.map((i) => (
        <li key={`${i.soalId}-${i.column}-${i.field}-${i.code}`}>
          <IssueItem issue={i} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
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
          <SelectField<SeverityFilter | 'missing'>
            label={t('filterSeverity')}
            value={v.severity}
            options={[
              ['all', t('sideAll')],
              ['error', t('sevError')],
              ['missing', t('sevMissing')],
              ['warning', t('sevWarning')],
              ['info', t('sevInfo')],
            ]}
            onChange={v.setSeverity}
          />
        </div>
        <p className={s.hint} role="status" data-testid="validasi-counts">
          {t('countsLine', counts)}
        </p>
      </section>
      <RunMessages run={select} />
      {(v.severity === 'all' || v.severity === 'error') && (
        <section className={s.section} aria-labelledby="validasi-errors">
          <h3 id="validasi-errors" className={s.subheading}>
            {t('sectionErrors', { count: counts.errors })}
          </h3>
          {counts.errors === 0 ? <p className={s.hint}>{t('errorsNone')}</p> : issueList(lists.errors)}
        </section>
      )}
      {counts.missing > 0 && (
        <Fold
          id="validasi-missing"
          title={t('sectionMissing', { count: counts.missing })}
          open={counts.missing <= MISSING_OPEN}
        >
          <ul className={s.list}>
            {lists.missing.map((r) => (
              <li key={`${r.column}-${r.question.soalId}`}>
                <MissingItem row={r} onSelect={go} />
              </li>
            ))}
          </ul>
        </Fold>
      )}
      {counts.warnings > 0 && (
        <section className={s.section} aria-labelledby="validasi-warnings">
          <h3 id="validasi-warnings" className={s.subheading}>
            {t('sectionWarnings', { count: counts.warnings })}
          </h3>
          {lists.warnings.map((g) => (
            <Fold
              key={`${g.group}-${g.code}`}
              id={`validasi-warn-${g.group}-${g.code}`}
              title={t(g.code === 'evidence-missing' ? 'warnEvidence' : 'warnOther', {
                area: pick(g.label),
                count: g.issues.length,
              })}
              open={false}
              small
            >
              {issueList(g.issues)}
            </Fold>
          ))}
        </section>
      )}
      {counts.infos > 0 && (
        <Fold id="validasi-infos" title={t('sectionInfos', { count: counts.infos })} open={false}>
          {issueList(lists.infos)}
        </Fold>
      )}
    </div>
  );
}
