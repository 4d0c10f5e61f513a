import { Button, Checkbox, Field, Input, mergeClasses, Select } from '@fluentui/react-components';
import { PROPOSAL_CHECKLIST, type HeldPredicate } from '../../../lke';
import { useT, type MessageKey } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import { useProfileForm, type ProfileFields } from './useProfileForm';

const TEXT_FIELDS: readonly (readonly [
  keyof ProfileFields & ('unitName' | 'unitId' | 'instansi'),
  MessageKey,
])[] = [
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
        <Field key={key} label={t(label)}>
          <Input value={f.fields[key]} onChange={(_, d) => f.set(key, d.value)} />
        </Field>
      ))}
      <Field
        label={t('year')}
        validationState={f.yearInvalid ? 'error' : 'none'}
        validationMessage={f.yearInvalid ? t('yearInvalid') : undefined}
      >
        <Input inputMode="numeric" value={f.fields.year} onChange={(_, d) => f.set('year', d.value)} />
      </Field>
      <Field label={t('held')}>
        <Select value={f.fields.held} onChange={(_, d) => f.set('held', d.value as HeldPredicate)}>
          {HELD.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={mergeClasses(s.section, s.fieldset)}>
        <legend className={s.subheading}>{t('checklistTitle')}</legend>
        <p className={s.hint}>{t('checklistHint')}</p>
        {PROPOSAL_CHECKLIST.map((c) => (
          <Checkbox
            key={c.id}
            checked={f.fields.checklist[c.id] === true}
            onChange={(_, d) => f.tick(c.id, d.checked === true)}
            label={
              <>
                {pick(c.label)}
                <br />
                <span className={s.hint}>{t('checklistRequirement', { wbk: c.wbk, wbbm: c.wbbm })}</span>
              </>
            }
          />
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
