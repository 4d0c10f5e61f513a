import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import type { IssueRow } from '../../model';
import { SeverityBadge } from '../shared/SeverityBadge';
import { useValidasiStyles } from './styles';

/** One problem: the severity, the cell (e.g. Jawaban!K7), the LKE code and column, the message; a click selects it. */
export function IssueItem(props: {
  readonly issue: IssueRow;
  readonly onSelect: (i: IssueRow) => void;
}): JSX.Element {
  const { t, lang } = useT();
  const s = useValidasiStyles();
  const i = props.issue;
  const cell = `${i.cell.sheet}!${i.cell.address}`;
  return (
    <Button appearance="subtle" className={s.item} onClick={() => props.onSelect(i)}>
      <span className={s.itemBody}>
        <span className={s.itemHead}>
          <SeverityBadge severity={i.severity} />
          <span className={s.cell}>{cell}</span>
          <span>
            {t('missingItem', { code: i.soalCode, side: t(i.column === 'tpi' ? 'sideTpi' : 'sideUnit') })}
          </span>
        </span>
        <span className={s.message}>{lang === 'en' ? i.message_en : i.message_id}</span>
      </span>
    </Button>
  );
}
