import { mergeClasses } from '@fluentui/react-components';
import { Button } from '../shared/Button';
import type { Severity } from '../../../lke';
import { useT, type MessageKey } from '../../i18n';
import type { IssueRow } from '../../model';
import { useValidasiStyles } from './styles';

const SEVERITY_KEY: Readonly<Record<Severity, MessageKey>> = {
  error: 'sevError',
  warning: 'sevWarning',
  info: 'sevInfo',
};

/** One problem: the cell (e.g. Jawaban!K7), the severity, the soal, the message; clicking selects the cell. */
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
          <span className={s.cell}>{cell}</span>
          <span className={mergeClasses(s.badge, s[i.severity])}>{t(SEVERITY_KEY[i.severity])}</span>
          <span>
            {t('issueMeta', { soal: i.soalCode, side: t(i.column === 'tpi' ? 'sideTpi' : 'sideUnit') })}
          </span>
        </span>
        <span className={s.message}>{lang === 'en' ? i.message_en : i.message_id}</span>
      </span>
    </Button>
  );
}
