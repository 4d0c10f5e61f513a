import type { Improvement, PathToPredicate } from '../../../lke';
import { useT, type Translator } from '../../i18n';
import { answerText } from '../shared/answerText';
import { useSharedStyles } from '../shared/styles';
import { useTinjauStyles } from './styles';

/** What one condition needs, in the words of the question: the least that must hold, and what holds now. */
function needLines(step: Improvement, tr: Translator): string[] {
  const { t, num, lang } = tr;
  const shown = (a: Improvement['from'][number]): string => answerText(a, lang) ?? t('emptyAnswer');
  const pct = (v: number): string => t('percent', { value: num(v * 100, 0) });
  const n = step.need;
  switch (n.kind) {
    case 'survey':
      return [
        t('needSurvey', {
          code: step.code,
          text: step.label,
          least: num(n.least),
          now: typeof n.now === 'number' ? num(n.now) : shown(n.now),
        }),
      ];
    case 'option':
      return [
        t('needOption', { code: step.code, text: step.label, least: n.least, now: shown(n.now) }),
        `${n.least}: ${n.leastLabel}`,
      ];
    case 'share':
      return [
        t('needShare', { code: step.code, label: step.label, least: pct(n.least), now: pct(n.now) }),
        ...n.counts.map((c) =>
          t(c.bound === 'atMost' ? 'needAtMost' : 'needAtLeast', {
            text: c.text,
            code: c.code,
            value: answerText(c.value, lang) ?? '0',
            now: shown(c.now),
          }),
        ),
      ];
    default: {
      const never: never = n;
      return never;
    }
  }
}

/**
 * What would have to be true to reach one predicate, worded as facts, never as answers to type: the criteria
 * that fail (minimum and now), then every condition (the least survey index, option or count), largest first.
 */
export function PathList(props: { readonly path: PathToPredicate; readonly sideLabel: string }): JSX.Element {
  const tr = useT();
  const { t, num, pick } = tr;
  const s = useSharedStyles();
  const ts = useTinjauStyles();
  const p = props.path;
  const id = `tinjau-path-${p.predicate}`;
  const failing = p.failing.filter((c) => c.id !== 'predikat-wbk');
  return (
    <section className={s.section} aria-labelledby={id}>
      <h2 id={id} className={s.heading}>
        {t('pathHeading', { predicate: p.predicate, side: props.sideLabel })}
      </h2>
      {failing.length === 0 && p.blockedBy.length === 0 && <p className={s.hint}>{t('pathReached')}</p>}
      {failing.length > 0 && (
        <>
          <p className={s.hint}>{t('pathHonest')}</p>
          <h3 className={s.subheading}>{t('pathFailing')}</h3>
          <ul className={ts.steps}>
            {failing.map((c) => (
              <li key={c.id}>
                {t('pathCriterion', {
                  label: pick(c.label),
                  threshold: num(c.threshold),
                  value: num(c.value),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.steps.length > 0 && (
        <>
          <h3 className={s.subheading}>{t('pathNeeds', { count: p.steps.length })}</h3>
          <ol className={ts.steps}>
            {p.steps.map((step) => {
              const [head, ...rest] = needLines(step, tr);
              return (
                <li key={step.code} className={ts.step}>
                  <span className={ts.needHead}>{head}</span>
                  {rest.map((line) => (
                    <span key={line} className={ts.needMore}>
                      {line}
                    </span>
                  ))}
                  <span className={ts.needMore}>{t('needGain', { gain: num(step.gain) })}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {!p.reachable && <p className={s.hint}>{t('pathUnreachable')}</p>}
      {p.blockedBy.length > 0 && <p className={s.hint}>{t('pathBlocked')}</p>}
      {p.missing.length > 0 && <p className={s.hint}>{t('pathMissing', { count: p.missing.length })}</p>}
    </section>
  );
}
