import { mergeClasses } from '@fluentui/react-components';
import type { Predicate, RequirementRow, Verdicts } from '../../../lke';
import { useT, type MessageKey } from '../../i18n';
import { useSharedStyles } from '../shared/styles';

const MARK: Readonly<Record<'true' | 'false' | 'null', readonly [string, MessageKey]>> = {
  true: ['✓', 'reqMet'],
  false: ['✗', 'reqUnmet'],
  null: ['–', 'reqEmpty'],
};

/** Tabel 5 checked from the facts on sheet Profil: each requirement for WBK and WBBM, and the afirmasi route. */
export function RequirementsTable(props: { readonly verdicts: Verdicts }): JSX.Element {
  const { t, pick } = useT();
  const s = useSharedStyles();
  const wbk = props.verdicts.WBK.requirements;
  const cell = (p: Predicate, r: RequirementRow): JSX.Element => {
    const [mark, word] = MARK[String(r.passed) as 'true' | 'false' | 'null'];
    return (
      <td
        key={p}
        className={mergeClasses(
          s.td,
          s.num,
          r.passed === true ? s.pass : r.passed === false ? s.fail : undefined,
        )}
        title={pick(r.required)}
      >
        <span aria-hidden="true">{mark}</span>
        <span className={s.visuallyHidden}>{t(word)}</span>
      </td>
    );
  };
  const met = (p: Predicate): number =>
    props.verdicts[p].requirements.filter((r) => r.passed === true).length;
  return (
    <section className={s.section} aria-labelledby="status-requirements">
      <h3 id="status-requirements" className={s.subheading}>
        {t('reqTitle', { wbk: met('WBK'), wbbm: met('WBBM'), total: wbk.length })}
      </h3>
      {props.verdicts.WBK.afirmasi && <p className={s.hint}>{t('reqAfirmasi')}</p>}
      <table className={s.table} aria-labelledby="status-requirements">
        <thead>
          <tr>
            <th scope="col" className={s.th}>
              {t('reqColumn')}
            </th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>
              WBK
            </th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>
              WBBM
            </th>
          </tr>
        </thead>
        <tbody>
          {wbk.map((r, i) => {
            const wbbm = props.verdicts.WBBM.requirements[i] ?? r;
            return (
              <tr key={r.id}>
                <th scope="row" className={s.td}>
                  {pick(r.label)}
                </th>
                {cell('WBK', r)}
                {cell('WBBM', wbbm)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
