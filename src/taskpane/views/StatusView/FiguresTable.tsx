import { mergeClasses } from '@fluentui/react-components';
import { COLUMNS, type Column } from '../../../lke';
import { useT, type Translator } from '../../i18n';
import type { FigureCheck } from '../../model';
import { useSharedStyles } from '../shared/styles';
import { checkOf, FIGURE_KEY, FIGURE_ROWS, WORD_KEY } from './labels';

function shown(c: FigureCheck | undefined, tr: Translator): string {
  if (!c) return tr.t('unknownValue');
  if (c.kind === 'verdict') return tr.t(WORD_KEY[c.sheet]);
  if (typeof c.sheet === 'number') return tr.num(c.sheet);
  return c.sheet === null || c.sheet === '' ? tr.t('unknownValue') : String(c.sheet);
}

/** Unit and TPI side by side: total, Pengungkit, Hasil and both verdicts, as the workbook's named cells say. */
export function FiguresTable(props: { readonly checks: readonly FigureCheck[] }): JSX.Element {
  const tr = useT();
  const { t } = tr;
  const s = useSharedStyles();
  const side: Record<Column, string> = { unit: t('sideUnit'), tpi: t('sideTpi') };
  return (
    <section className={s.section} aria-labelledby="status-figures">
      <h3 id="status-figures" className={s.subheading}>
        {t('figuresTitle')}
      </h3>
      <table className={s.table} aria-labelledby="status-figures">
        <thead>
          <tr>
            <th scope="col" className={s.th}>
              {t('figure')}
            </th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={mergeClasses(s.th, s.num)}>
                {side[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map((id) => (
            <tr key={id} data-row={id}>
              <th scope="row" className={s.td}>
                {id === 'WBK' || id === 'WBBM' ? t('verdictRow', { predicate: id }) : t(FIGURE_KEY[id])}
              </th>
              {COLUMNS.map((c) => {
                const check = checkOf(props.checks, id, c);
                return (
                  <td
                    key={c}
                    data-column={c}
                    // A verdict word ("Belum dapat dinilai") may wrap; only figures keep to one line.
                    className={mergeClasses(
                      s.td,
                      check?.kind === 'verdict' ? s.numText : s.num,
                      check?.agrees === false && s.warn,
                    )}
                  >
                    {shown(check, tr)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
