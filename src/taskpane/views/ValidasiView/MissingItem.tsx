import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import { SeverityBadge } from '../shared/SeverityBadge';
import type { MissingRow } from './useValidasi';
import { useValidasiStyles } from './styles';

/** A question not answered yet: its cell, LKE code and column, then its text; a click selects the answer cell. */
export function MissingItem(props: {
  readonly row: MissingRow;
  readonly onSelect: (sheet: string, address: string) => void;
}): JSX.Element {
  const { t } = useT();
  const s = useValidasiStyles();
  const r = props.row;
  return (
    <Button
      appearance="subtle"
      className={s.item}
      onClick={() => props.onSelect(r.cell.sheet, r.cell.address)}
    >
      <span className={s.itemBody}>
        <span className={s.itemHead}>
          <SeverityBadge severity="missing" />
          <span className={s.cell}>
            {r.cell.sheet}!{r.cell.address}
          </span>
          <span>
            {t('missingItem', {
              code: r.question.code,
              side: t(r.column === 'tpi' ? 'sideTpi' : 'sideUnit'),
            })}
          </span>
        </span>
        <span className={s.text}>{r.question.text}</span>
      </span>
    </Button>
  );
}
