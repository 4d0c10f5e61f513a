import type { PathToPredicate } from '../../../lke';
import { useT } from '../../i18n';
import { answerText } from '../shared/answerText';
import { useSharedStyles } from '../shared/styles';
import { useTinjauStyles } from './styles';

/** How many steps are listed before "and n more". */
export const STEPS_SHOWN = 8;

/** What would have to change to reach one predicate: the greedy steps, largest gain first. */
export function PathList(props: { readonly path: PathToPredicate; readonly sideLabel: string }): JSX.Element {
  const { t, lang, num } = useT();
  const s = useSharedStyles();
  const ts = useTinjauStyles();
  const p = props.path;
  const id = `tinjau-path-${p.predicate}`;
  const show = (a: (typeof p.steps)[number]['from']): string =>
    a.map((x) => answerText(x, lang) ?? t('emptyAnswer')).join(', ');
  const shown = p.steps.slice(0, STEPS_SHOWN);
  return (
    <section className={s.section} aria-labelledby={id}>
      <h2 id={id} className={s.heading}>
        {t('pathTitle', { predicate: p.predicate, side: props.sideLabel })}
      </h2>
      {p.steps.length === 0 && p.reachable && <p className={s.hint}>{t('pathReached')}</p>}
      {shown.length > 0 && (
        <ol className={ts.steps}>
          {shown.map((step) => (
            <li key={step.code}>
              <span className={ts.code}>
                {t('pathStep', {
                  code: step.code,
                  from: show(step.from),
                  to: show(step.to),
                  gain: num(step.gain),
                })}
              </span>
              <span className={ts.text}>{step.label}</span>
            </li>
          ))}
        </ol>
      )}
      {p.steps.length > STEPS_SHOWN && (
        <p className={s.hint}>{t('pathMore', { count: p.steps.length - STEPS_SHOWN })}</p>
      )}
      {!p.reachable && <p className={s.hint}>{t('pathUnreachable')}</p>}
      {p.blockedBy.length > 0 && <p className={s.hint}>{t('pathBlocked')}</p>}
      {p.missing.length > 0 && <p className={s.hint}>{t('pathMissing', { count: p.missing.length })}</p>}
    </section>
  );
}
