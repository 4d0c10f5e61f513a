import { Button } from '../shared/Button';
import type { FormulaFinding } from '../../../workbook';
import { useT, type Translator } from '../../i18n';
import { RunMessages } from '../shared/RunMessages';
import type { ActionRun } from '../shared/useActionRunner';
import { useSharedStyles } from '../shared/styles';
import { useTinjauStyles } from './styles';

function what(f: FormulaFinding, { t, num }: Translator): string {
  switch (f.kind) {
    case 'overwritten': {
      const n = f.found === null || f.found.trim() === '' ? NaN : Number(f.found);
      return t('auditOverwritten', { found: Number.isFinite(n) ? num(n) : (f.found ?? '') });
    }
    case 'edited':
      return t('auditEdited', { found: f.found ?? '' });
    case 'missing':
      return t('auditMissing');
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

interface FormulaAuditProps {
  readonly findings: readonly FormulaFinding[];
  readonly restore: ActionRun;
  readonly onRestore: () => void;
}

/** Every computed cell whose formula was overwritten, edited or emptied, and a one-click restore. */
export function FormulaAudit(props: FormulaAuditProps): JSX.Element {
  const tr = useT();
  const { t } = tr;
  const s = useSharedStyles();
  const ts = useTinjauStyles();
  const n = props.findings.length;
  return (
    <section className={s.section} aria-labelledby="tinjau-audit">
      <h2 id="tinjau-audit" className={s.heading}>
        {t('auditTitle')} ({n})
      </h2>
      {n === 0 ? (
        <p className={s.hint}>{t('auditNone')}</p>
      ) : (
        <>
          <ul className={s.list}>
            {props.findings.map((f) => (
              <li key={`${f.sheet}!${f.address}`} className={ts.item}>
                <span className={ts.code}>
                  {f.sheet}!{f.address}
                </span>
                <span>{what(f, tr)}</span>
                <span>{t('auditExpected')}</span>
                <code className={ts.formula}>{f.expected}</code>
              </li>
            ))}
          </ul>
          <div className={s.row}>
            <Button appearance="primary" disabled={props.restore.running} onClick={props.onRestore}>
              {t('restore', { count: n })}
            </Button>
          </div>
          <p className={s.hint}>{t('restoreHint')}</p>
        </>
      )}
      <RunMessages run={props.restore} />
    </section>
  );
}
