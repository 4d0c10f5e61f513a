import { mergeClasses } from '@fluentui/react-components';
import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import { groupOrder, type DifferenceRow } from '../../model';
import type { Catalogue } from '../../../lke';
import { answerText } from '../shared/answerText';
import { CheckField, SelectField } from '../shared/controls';
import { useSharedStyles } from '../shared/styles';
import type { AreaFilter, TinjauState } from './useTinjau';
import { useTinjauStyles } from './styles';

interface DifferencesListProps {
  readonly catalogue: Catalogue;
  readonly state: Pick<
    TinjauState,
    'differences' | 'shown' | 'area' | 'setArea' | 'verdictOnly' | 'setVerdictOnly' | 'onSelect'
  >;
}

/**
 * Answers where the TPI differs from the unit, filterable by area and by "changes the verdict": both values and
 * the effect on the TPI total; a click goes to the TPI cell.
 */
export function DifferencesList(props: DifferencesListProps): JSX.Element {
  const { t, lang, signed, pick } = useT();
  const s = useSharedStyles();
  const ts = useTinjauStyles();
  const st = props.state;
  const show = (a: DifferenceRow['unit']): string => answerText(a, lang) ?? t('emptyAnswer');
  const areas = groupOrder(props.catalogue);
  const value = (a: AreaFilter): string => String(a);
  return (
    <section className={s.section} aria-labelledby="tinjau-diff">
      <h2 id="tinjau-diff" className={s.heading}>
        {t('diffTitle')} ({st.differences.length})
      </h2>
      {st.differences.length === 0 ? (
        <p className={s.hint}>{t('diffNone')}</p>
      ) : (
        <>
          <SelectField<string>
            label={t('filterArea')}
            value={value(st.area)}
            options={[
              ['all', t('sideAll')],
              ...areas.map((g): [string, string] => [String(g.group), pick(g.label)]),
            ]}
            onChange={(v) => st.setArea(v === 'all' ? 'all' : v === 'hasil' ? 'hasil' : Number(v))}
          />
          <CheckField checked={st.verdictOnly} onChange={st.setVerdictOnly}>
            {t('filterVerdict')}
          </CheckField>
          <p className={s.hint} role="status">
            {t('diffShown', { shown: st.shown.length, count: st.differences.length })}
          </p>
          <ul className={s.list}>
            {st.shown.map((d) => (
              <li key={d.soalId}>
                <Button appearance="subtle" className={ts.button} onClick={() => st.onSelect(d)}>
                  <span className={ts.item}>
                    <span className={ts.head}>
                      <span className={ts.code}>
                        {d.code} · {d.cell.sheet}!{d.cell.address}
                      </span>
                      <span className={mergeClasses(s.num, d.effect < 0 ? s.fail : s.pass)}>
                        <span className={s.visuallyHidden}>{t('diffEffect')} </span>
                        {signed(d.effect)}
                      </span>
                    </span>
                    <span className={ts.text}>{d.text}</span>
                    <span>{t('diffValues', { unit: show(d.unit), tpi: show(d.tpi) })}</span>
                    {d.changesVerdict && <span className={ts.flag}>{t('diffChangesVerdict')}</span>}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
