import type { InputField } from '../../../workbook';
import { useT, type MessageKey } from '../../i18n';
import type { ImportPreview } from '../../model';
import { answerText } from '../shared/answerText';
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

/** What importing the chosen file would change, cell by cell. */
export function ImportPreviewList(props: { readonly preview: ImportPreview }): JSX.Element {
  const { t, lang } = useT();
  const s = useSharedStyles();
  const { meta, changes } = props.preview;
  const show = (a: (typeof changes)[number]['from']): string => answerText(a, lang) ?? t('emptyAnswer');
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
      <ul className={s.list}>
        {changes.slice(0, CHANGES_SHOWN).map((c) => (
          <li key={`${c.soalId}-${c.field}`} className={s.change}>
            <span className={s.mono}>
              {c.cell.sheet}!{c.cell.address}
            </span>{' '}
            {t('importChange', { field: t(FIELD_KEY[c.field]), from: show(c.from), to: show(c.to) })}
          </li>
        ))}
      </ul>
      {changes.length > CHANGES_SHOWN && (
        <p className={s.hint}>{t('importMore', { count: changes.length - CHANGES_SHOWN })}</p>
      )}
    </section>
  );
}
