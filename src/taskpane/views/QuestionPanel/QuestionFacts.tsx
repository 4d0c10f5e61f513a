import { COLUMNS, type Column, type Reading } from '../../../lke';
import { useT, type MessageKey, type Translator } from '../../i18n';
import type { CountRole, FeedsRatio, SelectedQuestion } from '../../model';
import { SeverityBadge } from '../shared/SeverityBadge';
import { useQuestionStyles } from './styles';

const ROLE_KEY: Readonly<Record<CountRole, MessageKey>> = {
  plus: 'rolePlus',
  minus: 'roleMinus',
  denominator: 'roleDenominator',
  also: 'roleAlso',
};

function readWord(rd: Reading, t: Translator['t']): string {
  switch (rd.status) {
    case 'ok':
      return rd.normalised === null ? t('readOk') : t('readNormalised', { value: rd.normalised });
    case 'empty':
      return t('readEmpty');
    case 'invalid':
      return t('readInvalid');
    default: {
      const never: never = rd;
      return never;
    }
  }
}

/** The rule of a % item in words, from its inputs' texts and its zero-denominator rule. */
function ruleText(f: FeedsRatio, t: Translator['t']): string[] {
  const names = (qs: FeedsRatio['plus']): string => qs.map((q) => q.text).join(t('ruleAnd'));
  const den = names(f.denominator);
  const share =
    f.minus.length > 0
      ? t('ruleShareMinus', { plus: names(f.plus), minus: names(f.minus), den })
      : t('ruleShare', { plus: names(f.plus), den });
  const zero =
    f.ratio.whenDenominatorZero === 'zero'
      ? t('ruleZero')
      : f.ratio.whenDenominatorZero === 'one'
        ? t('ruleOne')
        : t('ruleOneIfNoMinus', { minus: names(f.minus) });
  return [share, zero];
}

/** Both answers as read, the problems, the evidence (a link only for a valid http(s) URL), what a count feeds. */
export function QuestionFacts(props: {
  readonly selected: SelectedQuestion;
  readonly answered: (c: Column) => string | null;
}): JSX.Element {
  const tr = useT();
  const { t, lang, num } = tr;
  const s = useQuestionStyles();
  const sq = props.selected;
  const raw = (c: Column): string => {
    const a = sq.entry?.[c];
    return a === null || a === undefined || a === '' ? t('emptyAnswer') : String(a);
  };
  const share = (v: number | null): string =>
    v === null ? t('shareUnknown') : t('percent', { value: num(v * 100, 0) });
  return (
    <>
      <p className={s.label}>{t('soalAnswers')}</p>
      <ul className={s.options}>
        {COLUMNS.map((c) => (
          <li key={c}>
            {sq.readings[c].status === 'empty'
              ? t('soalAnswer', { side: t(c === 'tpi' ? 'sideTpi' : 'sideUnit'), answer: t('readEmpty') })
              : `${t('soalAnswer', {
                  side: t(c === 'tpi' ? 'sideTpi' : 'sideUnit'),
                  answer: props.answered(c) ?? raw(c),
                })} (${readWord(sq.readings[c], t)})`}
          </li>
        ))}
      </ul>
      <p className={s.label}>{t('soalProblems')}</p>
      {sq.issues.length === 0 ? (
        <p className={s.fact}>{t('soalNoProblem')}</p>
      ) : (
        <ul className={s.options}>
          {sq.issues.map((i) => (
            <li key={`${i.column}-${i.field}-${i.code}`}>
              <SeverityBadge severity={i.severity} /> {lang === 'en' ? i.message_en : i.message_id}
            </li>
          ))}
        </ul>
      )}
      <p className={s.label}>{t('soalEvidence')}</p>
      {sq.evidence === null ? (
        <p className={s.fact}>{t('soalEvidenceNone')}</p>
      ) : sq.evidence.links.length === 0 ? (
        <p className={s.fact}>{t('soalEvidenceText', { text: sq.evidence.text })}</p>
      ) : (
        <ul className={s.options}>
          {sq.evidence.links.map((href) => (
            <li key={href}>
              <a className={s.link} href={href} target="_blank" rel="noopener noreferrer">
                {href}
              </a>
            </li>
          ))}
          <li className={s.fact}>{t('soalEvidenceOpens')}</li>
        </ul>
      )}
      {sq.feeds !== null && (
        <>
          <p className={s.label}>
            {t('soalFeeds', { code: sq.feeds.ratio.code, label: sq.feeds.ratio.label })}
          </p>
          <p className={s.fact}>{t('soalRole', { role: t(ROLE_KEY[sq.feeds.role]) })}</p>
          {ruleText(sq.feeds, t).map((line) => (
            <p key={line} className={s.fact}>
              {line}
            </p>
          ))}
          <p className={s.fact}>
            {t('soalShareNow', { unit: share(sq.feeds.share.unit), tpi: share(sq.feeds.share.tpi) })}
          </p>
        </>
      )}
    </>
  );
}
