import { mergeClasses } from '@fluentui/react-components';
import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import type { DifferenceRow } from '../../model';
import { answerText } from '../shared/answerText';
import { useSharedStyles } from '../shared/styles';
import { useTinjauStyles } from './styles';

interface DifferencesListProps {
  readonly rows: readonly DifferenceRow[];
  /** Goes to the TPI answer cell of a difference. */
  readonly onSelect: (row: DifferenceRow) => void;
}

/** Answers where the TPI differs from the unit: both values and the effect on the TPI total; a click goes to the cell. */
export function DifferencesList(props: DifferencesListProps): JSX.Element {
  const { t, lang, signed } = useT();
  const s = useSharedStyles();
  const ts = useTinjauStyles();
  const show = (a: DifferenceRow['unit']): string => answerText(a, lang) ?? t('emptyAnswer');
  return (
    <section className={s.section} aria-labelledby="tinjau-diff">
      <h2 id="tinjau-diff" className={s.heading}>
        {t('diffTitle')} ({props.rows.length})
      </h2>
      {props.rows.length === 0 ? (
        <p className={s.hint}>{t('diffNone')}</p>
      ) : (
        <ul className={s.list}>
          {props.rows.map((d) => (
            <li key={d.soalId}>
              <Button appearance="subtle" className={ts.button} onClick={() => props.onSelect(d)}>
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
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
