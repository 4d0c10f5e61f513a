import { mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import type { Column } from '../../../lke';
import { useT } from '../../i18n';
import type { SelectedQuestion } from '../../model';
import { answerText } from '../shared/answerText';
import { Button } from '../shared/Button';
import { QuestionFacts } from './QuestionFacts';
import { useQuestionStyles } from './styles';

/** The options worth listing: their labels say more than their keys (not the Ya/Tidak of a yes/no question). */
const labelled = (sq: SelectedQuestion): boolean =>
  sq.question.options.some((o) => o.label.trim() !== '' && o.label !== o.key);

/**
 * "Soal ini": the question whose row holds the cursor, from the last reading (no extra round trip): its LKE code
 * and row, its text, what each option means (the criteria), both answers as read, its problems, the evidence link
 * and, for a count, the % item it feeds and its rule. It can be folded away; nothing from a cell is HTML.
 */
export function QuestionPanel(props: { readonly selected: SelectedQuestion }): JSX.Element {
  const { t, lang } = useT();
  const s = useQuestionStyles();
  const [open, setOpen] = useState(true);
  const sq = props.selected;
  const q = sq.question;
  const answered = (c: Column): string | null =>
    sq.readings[c].status === 'ok' ? answerText(sq.entry?.[c] ?? null, lang) : null;
  const mark = (key: string): string =>
    (['unit', 'tpi'] as const)
      .filter((c) => {
        const a = sq.entry?.[c];
        return typeof a === 'string' && a.trim().toUpperCase() === key.toUpperCase();
      })
      .map((c) => t(c === 'tpi' ? 'sideTpi' : 'sideUnit'))
      .join(', ');
  return (
    <section className={s.card} aria-labelledby="soal-ini-title" data-testid="soal-ini">
      <div className={s.head}>
        <h2 id="soal-ini-title" className={s.title}>
          {t('soalTitle')}
        </h2>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-controls="soal-ini-body"
        >
          {t(open ? 'soalHide' : 'soalShow')}
        </Button>
      </div>
      <span className={s.code}>{t('soalWhere', { code: q.code, row: q.row })}</span>
      {open && (
        <div id="soal-ini-body" className={s.facts}>
          <p className={s.text}>{q.text}</p>
          {labelled(sq) ? (
            <>
              <p className={s.label}>{t('soalCriteria')}</p>
              <ul className={s.options}>
                {q.options.map((o) => {
                  const who = mark(o.key);
                  return (
                    <li key={o.key} className={mergeClasses(s.option, who !== '' && s.chosen)}>
                      <span className={s.key}>{o.key}</span>
                      <span>
                        {o.label}
                        {who !== '' && ` (${who})`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            q.criteria.trim() !== '' && (
              <>
                <p className={s.label}>{t('soalCriteriaText')}</p>
                <p className={s.criteria}>{q.criteria.trim()}</p>
              </>
            )
          )}
          <QuestionFacts selected={sq} answered={answered} />
        </div>
      )}
    </section>
  );
}
