import { useT, type Translator } from '../../i18n';
import type { FigureCheck } from '../../model';
import { AuditLink } from '../shared/AuditLink';
import { Notice } from '../shared/Notice';
import { useSharedStyles } from '../shared/styles';
import { FIGURE_KEY, WORD_KEY } from './labels';

function item(c: FigureCheck, tr: Translator): string {
  const { t, num } = tr;
  const side = t(c.column === 'tpi' ? 'sideTpi' : 'sideUnit');
  if (c.kind === 'verdict')
    return t('integrityItem', {
      figure: t('verdictRow', { predicate: c.id }),
      side,
      sheet: t(WORD_KEY[c.sheet]),
      engine: t(WORD_KEY[c.engine]),
    });
  const sheet =
    typeof c.sheet === 'number' ? num(c.sheet) : c.sheet === null ? t('unknownValue') : String(c.sheet);
  return t('integrityItem', { figure: t(FIGURE_KEY[c.id]), side, sheet, engine: num(c.engine) });
}

/** The cross-check of the named cells against the engine: a warning listing every mismatch, never hidden. */
export function IntegrityBar(props: { readonly mismatches: readonly FigureCheck[] }): JSX.Element {
  const tr = useT();
  const s = useSharedStyles();
  if (props.mismatches.length === 0) return <p className={s.hint}>{tr.t('integrityOk')}</p>;
  return (
    <Notice intent="warning" title={tr.t('integrityTitle')} actions={<AuditLink />}>
      <ul className={s.list}>
        {props.mismatches.map((c) => (
          <li key={`${c.kind}-${c.id}-${c.column}`}>{item(c, tr)}</li>
        ))}
      </ul>
      {tr.t('integrityHint')}
    </Notice>
  );
}
