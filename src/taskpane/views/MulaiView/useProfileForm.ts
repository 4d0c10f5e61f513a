import { useEffect, useState } from 'react';
import { PROPOSAL_CHECKLIST, type HeldPredicate } from '../../../lke';
import type { ProfileReading } from '../../../workbook';
import { parseYear, textOrNull, type PaneActions } from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';

/** The profile form's fields as typed. */
export interface ProfileFields {
  readonly unitName: string;
  readonly unitId: string;
  readonly instansi: string;
  readonly year: string;
  readonly held: HeldPredicate;
  readonly checklist: Readonly<Record<string, boolean>>;
}

/**
 * The form's fields from what sheet Profil holds.
 *
 * @example
 * fieldsOf(EMPTY_PROFILE) // → { unitName: '', unitId: '', instansi: '', year: '', held: 'none', checklist: { 'opini-bpk': false, … } }
 */
export function fieldsOf(p: ProfileReading): ProfileFields {
  return {
    unitName: p.unitName ?? '',
    unitId: p.unitId === null ? '' : String(p.unitId),
    instansi: p.instansi ?? '',
    year: p.year === null ? '' : String(p.year),
    held: p.profile.heldPredicate,
    checklist: Object.fromEntries(
      PROPOSAL_CHECKLIST.map((c) => [c.id, p.profile.checklist?.[c.id] === true]),
    ),
  };
}

/**
 * The profile to write from the form, or null when the year is not a year.
 *
 * @example
 * profileOf({ …, unitName: ' KPPN Bandung ', year: '2026' })?.unitName // → 'KPPN Bandung'
 * profileOf({ …, year: '26' }) // → null
 */
export function profileOf(f: ProfileFields): ProfileReading | null {
  const year = parseYear(f.year);
  if (year === 'invalid') return null;
  return {
    unitName: textOrNull(f.unitName),
    unitId: textOrNull(f.unitId),
    instansi: textOrNull(f.instansi),
    year,
    profile: { heldPredicate: f.held, checklist: { ...f.checklist } },
  };
}

/** The profile form's state: the fields, a setter per field, the year check and the save. */
export interface ProfileFormState {
  readonly fields: ProfileFields;
  readonly set: <K extends keyof ProfileFields>(key: K, value: ProfileFields[K]) => void;
  readonly tick: (id: string, on: boolean) => void;
  readonly yearInvalid: boolean;
  readonly save: ActionRun;
  readonly onSave: () => void;
}

/**
 * The unit profile and Tabel 5 ticks as a form over the model's profile (reset when sheet Profil changes).
 *
 * @example
 * const f = useProfileForm(model.profile, actions);
 * f.set('unitName', 'KPPN Bandung'); f.onSave();
 */
export function useProfileForm(profile: ProfileReading, actions: PaneActions): ProfileFormState {
  const [fields, setFields] = useState(() => fieldsOf(profile));
  const [tried, setTried] = useState(false);
  // Every refresh brings a new profile object; only a change of what sheet Profil says resets the form, so an
  // edit elsewhere in the workbook does not wipe what the user is typing here.
  const sheet = JSON.stringify(fieldsOf(profile));
  useEffect(() => setFields(JSON.parse(sheet) as ProfileFields), [sheet]);
  const save = useActionRunner();
  const yearInvalid = tried && parseYear(fields.year) === 'invalid';
  return {
    fields,
    set: (key, value) => setFields((f) => ({ ...f, [key]: value })),
    tick: (id, on) => setFields((f) => ({ ...f, checklist: { ...f.checklist, [id]: on } })),
    yearInvalid,
    save,
    onSave: () => {
      setTried(true);
      const p = profileOf(fields);
      if (p !== null) void save.run(() => actions.saveProfile(p), 'profileSaved');
    },
  };
}
