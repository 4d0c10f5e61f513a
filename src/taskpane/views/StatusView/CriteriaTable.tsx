import { mergeClasses } from '@fluentui/react-components';
import type { Criterion, Verdict } from '../../../lke';
import { useT } from '../../i18n';
import { useSharedStyles } from '../shared/styles';
import { WORD_KEY } from './labels';
import { engineWord } from '../../model';

/** The criteria that are a yes/no fact (the predicate already held), not a figure against a threshold. */
const yesNo = (c: Criterion): boolean => c.id === 'predikat-wbk';

/** One predicate's criteria as a compact table: value, threshold, margin with a pass/fail mark. */
export function CriteriaTable(props: { readonly verdict: Verdict }): JSX.Element {
  const { t, num, signed, pick } = useT();
  const s = useSharedStyles();
  const v = props.verdict;
  const id = `criteria-${v.predicate}`;
  return (
    <section className={s.section} aria-labelledby={id}>
      <h3 id={id} className={s.subheading}>
        {t('criteriaTitle', { predicate: v.predicate })}: {t(WORD_KEY[engineWord(v.eligible)])}
      </h3>
      <table className={s.table} aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col" className={s.th}>
              {t('colCriterion')}
            </th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>
              {t('colValue')}
            </th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>
              {t('colThreshold')}
            </th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>
              {t('colMargin')}
            </th>
          </tr>
        </thead>
        <tbody>
          {v.criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row" className={s.td}>
                {pick(c.label)}
              </th>
              <td className={mergeClasses(s.td, s.num)}>
                {yesNo(c) ? t(c.value >= 1 ? 'yes' : 'no') : num(c.value)}
              </td>
              <td className={mergeClasses(s.td, s.num)}>{yesNo(c) ? t('yes') : num(c.threshold)}</td>
              <td className={mergeClasses(s.td, s.num, c.passed ? s.pass : s.fail)}>
                {yesNo(c) ? '' : signed(c.margin)} <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span>
                <span className={s.visuallyHidden}>{t(c.passed ? 'passed' : 'failed')}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
