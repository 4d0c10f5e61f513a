import { useT, type MessageKey } from '../../i18n';
import type { MigrationResult as Result, UnmatchedEntry } from '../../model';
import { useSharedStyles } from '../shared/styles';

const REASON: Readonly<Record<UnmatchedEntry['reason'], MessageKey>> = {
  'no-question': 'reasonNoQuestion',
  'typed-percentage': 'reasonTypedPercentage',
  'note-without-question': 'reasonNoteWithoutQuestion',
};

/** After a migration: the old file's total beside the rule book's, and every row that could not be placed. */
export function MigrationResult(props: { readonly result: Result }): JSX.Element {
  const { t, num } = useT();
  const s = useSharedStyles();
  const r = props.result;
  const rule = num(r.ruleBookTotal);
  return (
    <section className={s.section} aria-labelledby="mulai-migration">
      <h3 id="mulai-migration" className={s.subheading}>
        {t('migrationTitle')}
      </h3>
      <p className={s.hint} data-testid="migration-totals">
        {r.circulatedTotal === null
          ? t('migrationTotalsError', { error: r.circulatedError ?? '—', rule })
          : t('migrationTotals', { old: num(r.circulatedTotal), rule })}
      </p>
      {r.unmatched.length === 0 ? (
        <p className={s.hint}>{t('migrationAllMatched')}</p>
      ) : (
        <>
          <p className={s.hint}>{t('migrationUnmatched', { count: r.unmatched.length })}</p>
          <ul className={s.list} data-testid="migration-unmatched">
            {r.unmatched.map((u) => (
              <li key={u.row}>
                {t('unmatchedRow', { row: u.row, text: u.text })} ({t(REASON[u.reason])})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
