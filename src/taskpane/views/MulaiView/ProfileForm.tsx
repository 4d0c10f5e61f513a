import { mergeClasses } from '@fluentui/react-components';
import { Button } from '../shared/Button';
import type { HeldPredicate } from '../../../lke';
import { FACT_CELLS } from '../../../workbook';
import { useT, type MessageKey } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { SelectField, TextField } from '../shared/controls';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import { useProfileForm, type ProfileFields } from './useProfileForm';

type TextKey = keyof ProfileFields & ('unitName' | 'unitId' | 'instansi');
const TEXT_FIELDS: readonly (readonly [TextKey, MessageKey])[] = [
  ['unitName', 'unitName'],
  ['unitId', 'unitId'],
  ['instansi', 'instansi'],
];
const HELD: readonly (readonly [HeldPredicate, MessageKey])[] = [
  ['none', 'heldNone'],
  ['WBK', 'heldWBK'],
  ['WBBM', 'heldWBBM'],
];

/** The unit profile (name, id, instansi, year, predicate held) and the Tabel 5 facts, saved to Profil. */
export function ProfileForm(props: {
  readonly model: PaneModel;
  readonly actions: PaneActions;
}): JSX.Element {
  const { t, pick } = useT();
  const s = useSharedStyles();
  const f = useProfileForm(props.model.profile, props.actions);
  return (
    <section className={s.section} aria-labelledby="mulai-profile">
      <h2 id="mulai-profile" className={s.heading}>
        {t('profileTitle')}
      </h2>
      {TEXT_FIELDS.map(([key, label]) => (
        <TextField key={key} label={t(label)} value={f.fields[key]} onChange={(v) => f.set(key, v)} />
      ))}
      <TextField
        label={t('year')}
        inputMode="numeric"
        value={f.fields.year}
        error={f.yearInvalid ? t('yearInvalid') : null}
        onChange={(v) => f.set('year', v)}
      />
      <SelectField
        label={t('held')}
        value={f.fields.held}
        options={HELD.map(([value, label]) => [value, t(label)] as const)}
        onChange={(v) => f.set('held', v)}
      />
      <fieldset className={mergeClasses(s.section, s.fieldset)}>
        <legend className={s.subheading}>{t('factsTitle')}</legend>
        <p className={s.hint}>{t('factsHint')}</p>
        {FACT_CELLS.map((c) =>
          c.entry.kind === 'choice' ? (
            <SelectField
              key={c.fact}
              label={pick(c.label)}
              value={f.fields.facts[c.fact]}
              options={[
                ['', t('factEmpty')] as const,
                ...c.entry.options.map(([text]) => [text, text] as const),
              ]}
              onChange={(v) => f.setFact(c.fact, v)}
            />
          ) : (
            <TextField
              key={c.fact}
              label={c.entry.percent ? `${pick(c.label)} · ${t('factPercentHint')}` : pick(c.label)}
              inputMode="text"
              value={f.fields.facts[c.fact]}
              error={f.factsInvalid.includes(c.fact) ? t('factInvalid') : null}
              onChange={(v) => f.setFact(c.fact, v)}
            />
          ),
        )}
      </fieldset>
      <div className={s.row}>
        <Button appearance="primary" disabled={f.save.running} onClick={f.onSave}>
          {t('saveProfile')}
        </Button>
      </div>
      <RunMessages run={f.save} />
    </section>
  );
}
