import type { InputField } from '../../../workbook';
import { useT, type MessageKey } from '../../i18n';
import type { ImportChange, ImportPreview } from '../../model';
import { answerText } from '../shared/answerText';
import { SeverityBadge } from '../shared/SeverityBadge';
import { useSharedStyles } from '../shared/styles';

const FIELD_KEY: Readonly<Record<InputField, MessageKey>> = {
  unit: 'fieldUnit',
  tpi: 'fieldTpi',
  unitNote: 'fieldUnitNote',
  unitEvidence: 'fieldUnitEvidence',
  tpiNote: 'fieldTpiNote',
};

/** How many changes are listed before "and n more". */
export const CHANGES_SHOWN = 20;

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The changes with a problem first (errors, then warnings), each kind in the file's order. */
export function problemsFirst(changes: readonly ImportChange[]): ImportChange[] {
  const rank = (c: ImportChange): number => (c.issue === null ? 3 : RANK[c.issue.severity]);
  return changes
    .map((c, i) => [c, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([c]) => c);
}

/** What importing the chosen file would change, cell by cell, each value checked as Validasi would check it. */
export function ImportPreviewList(props: { readonly preview: ImportPreview }): JSX.Element {
  const { t, lang } = useT();
  const s = useSharedStyles();
  const { meta, changes } = props.preview;
  const show = (a: (typeof changes)[number]['from']): string => answerText(a, lang) ?? t('emptyAnswer');
  const problems = changes.filter((c) => c.issue !== null).length;
  return (
    <section className={s.section} aria-labelledby="ekspor-preview">
      <h3 id="ekspor-preview" className={s.subheading}>
        {changes.length === 0 ? t('importNone') : t('importCount', { count: changes.length })}
      </h3>
      <p className={s.hint}>
        {t('importMeta', {
          unit: String(meta.unitName ?? meta.unitId ?? t('unknownValue')),
          year: meta.year ?? t('unknownValue'),
        })}
      </p>
      {problems > 0 && (
        <p className={s.warn} role="status">
          {t('importProblems', { count: problems })}
        </p>
      )}
      <ul className={s.list}>
        {problemsFirst(changes)
          .slice(0, CHANGES_SHOWN)
          .map((c) => (
            <li
              key={`${c.soalId}-${c.field}`}
              className={s.change}
              data-problem={c.issue?.severity ?? 'none'}
            >
              <span className={s.mono}>
                {c.cell.sheet}!{c.cell.address}
              </span>{' '}
              {t('importChange', { field: t(FIELD_KEY[c.field]), from: show(c.from), to: show(c.to) })}
              {c.issue !== null && (
                <>
                  {' '}
                  <SeverityBadge severity={c.issue.severity} />{' '}
                  <span>{lang === 'en' ? c.issue.message_en : c.issue.message_id}</span>
                </>
              )}
            </li>
          ))}
      </ul>
      {changes.length > CHANGES_SHOWN && (
        <p className={s.hint}>{t('importMore', { count: changes.length - CHANGES_SHOWN })}</p>
      )}
    </section>
  );
}
