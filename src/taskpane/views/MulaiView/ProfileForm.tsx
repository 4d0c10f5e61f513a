import { mergeClasses } from '@fluentui/react-components';
import { Button } from '../shared/Button';
import { PROPOSAL_CHECKLIST, type HeldPredicate } from '../../../lke';
import { useT, type MessageKey } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { CheckField, SelectField, TextField } from '../shared/controls';
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

/** The unit profile (name, id, instansi, year, predicate held) and the Tabel 5 checklist, saved to Profil. */
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
        <legend className={s.subheading}>{t('checklistTitle')}</legend>
        <p className={s.hint}>{t('checklistHint')}</p>
        {PROPOSAL_CHECKLIST.map((c) => (
          <CheckField
            key={c.id}
            checked={f.fields.checklist[c.id] === true}
            onChange={(on) => f.tick(c.id, on)}
          >
            {pick(c.label)}
            <br />
            <span className={s.hint}>{t('checklistRequirement', { wbk: c.wbk, wbbm: c.wbbm })}</span>
          </CheckField>
        ))}
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
