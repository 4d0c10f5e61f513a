import { mergeClasses } from '@fluentui/react-components';
import { COLUMNS } from '../../../lke';
import { useT } from '../../i18n';
import type { PartProgress } from '../../model';
import { useSharedStyles } from '../shared/styles';

/** Entries filled in per area and Hasil, unit and TPI side by side, with the total. */
export function ProgressTable(props: { readonly parts: readonly PartProgress[] }): JSX.Element {
  const { t, pick } = useT();
  const s = useSharedStyles();
  const sum = (f: (p: PartProgress) => number): number => props.parts.reduce((n, p) => n + f(p), 0);
  const rows = [
    ...props.parts.map((p) => ({ key: String(p.group), label: pick(p.label), total: p.total, done: p.done })),
    {
      key: 'all',
      label: t('progressAll'),
      total: sum((p) => p.total),
      done: { unit: sum((p) => p.done.unit), tpi: sum((p) => p.done.tpi) },
    },
  ];
  return (
    <section className={s.section} aria-labelledby="status-progress">
      <h3 id="status-progress" className={s.subheading}>
        {t('progressTitle')}
      </h3>
      <table className={s.table} aria-labelledby="status-progress">
        <thead>
          <tr>
            <th scope="col" className={s.th}>
              {t('progressArea')}
            </th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={mergeClasses(s.th, s.num)}>
                {t(c === 'tpi' ? 'sideTpi' : 'sideUnit')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={s.td}>
                {r.label}
              </th>
              {COLUMNS.map((c) => (
                <td key={c} className={mergeClasses(s.td, s.num, r.done[c] < r.total && s.warn)}>
                  {t('progressCount', { done: r.done[c], total: r.total })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
