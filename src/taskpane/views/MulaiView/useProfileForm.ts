import { useEffect, useState } from 'react';
import { NO_FACTS, type FactKey, type HeldPredicate, type ProposalFacts } from '../../../lke';
import { FACT_CELLS, factTextOf, readFact, type FactEntry, type ProfileReading } from '../../../workbook';
import { parseYear, textOrNull, type PaneActions } from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';

/** The profile form's fields as typed; a Tabel 5 fact as its option text or typed number ('' when empty). */
export interface ProfileFields {
  readonly unitName: string;
  readonly unitId: string;
  readonly instansi: string;
  readonly year: string;
  readonly held: HeldPredicate;
  readonly facts: Readonly<Record<FactKey, string>>;
}

/** A fact as the form shows it: the option text, or the number (a % as 0..100). */
function factField(entry: FactEntry, v: ProposalFacts[FactKey]): string {
  const cell = factTextOf(entry, v);
  if (cell === null) return '';
  if (entry.kind === 'number' && typeof cell === 'number')
    return String(entry.percent ? Math.round(cell * 10000) / 100 : cell).replace('.', ',');
  return String(cell);
}

/**
 * A fact typed in the form, read as sheet Profil reads its cell (a % typed as 0..100); `'invalid'` when a
 * number does not parse or is out of range.
 *
 * @example
 * parseFact(percentEntry, '100')  // → 1
 * parseFact(spipEntry, '3,5')     // → 'invalid'
 * parseFact(agencyEntry, '')      // → null
 */
export function parseFact(entry: FactEntry, text: string): ProposalFacts[FactKey] | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (entry.kind === 'choice') return readFact(entry, s) as ProposalFacts[FactKey];
  if (!/^\d+([.,]\d+)?$/.test(s)) return 'invalid';
  const n = Number(s.replace(',', '.')) / (entry.percent ? 100 : 1);
  const v = readFact(entry, n);
  return v === null ? 'invalid' : (v as ProposalFacts[FactKey]);
}

/**
 * The form's fields from what sheet Profil holds.
 *
 * @example
 * fieldsOf(EMPTY_PROFILE) // → { unitName: '', unitId: '', instansi: '', year: '', held: 'none', facts: { agencyKind: '', … } }
 */
export function fieldsOf(p: ProfileReading): ProfileFields {
  const facts = p.profile.facts ?? NO_FACTS;
  return {
    unitName: p.unitName ?? '',
    unitId: p.unitId === null ? '' : String(p.unitId),
    instansi: p.instansi ?? '',
    year: p.year === null ? '' : String(p.year),
    held: p.profile.heldPredicate,
    facts: Object.fromEntries(FACT_CELLS.map((f) => [f.fact, factField(f.entry, facts[f.fact])])) as Record<
      FactKey,
      string
    >,
  };
}

/** The facts typed that are not valid numbers. */
export function invalidFacts(f: ProfileFields): FactKey[] {
  return FACT_CELLS.filter((c) => parseFact(c.entry, f.facts[c.fact]) === 'invalid').map((c) => c.fact);
}

/**
 * The profile to write from the form, or null when the year is not a year or a number fact does not parse.
 *
 * @example
 * profileOf({ …, unitName: ' KPPN Bandung ', year: '2026' })?.unitName // → 'KPPN Bandung'
 * profileOf({ …, year: '26' }) // → null
 */
export function profileOf(f: ProfileFields): ProfileReading | null {
  const year = parseYear(f.year);
  if (year === 'invalid' || invalidFacts(f).length > 0) return null;
  const facts = Object.fromEntries(
    FACT_CELLS.map((c) => [c.fact, parseFact(c.entry, f.facts[c.fact])]),
  ) as unknown as ProposalFacts;
  return {
    unitName: textOrNull(f.unitName),
    unitId: textOrNull(f.unitId),
    instansi: textOrNull(f.instansi),
    year,
    profile: { heldPredicate: f.held, facts },
  };
}

/** The profile form's state: the fields, a setter per field, the checks and the save. */
export interface ProfileFormState {
  readonly fields: ProfileFields;
  readonly set: <K extends keyof ProfileFields>(key: K, value: ProfileFields[K]) => void;
  readonly setFact: (fact: FactKey, value: string) => void;
  readonly yearInvalid: boolean;
  readonly factsInvalid: readonly FactKey[];
  readonly save: ActionRun;
  readonly onSave: () => void;
}

/**
 * The unit profile and the Tabel 5 facts as a form over the model's profile (reset when sheet Profil changes).
 *
 * @example
 * const f = useProfileForm(model.profile, actions);
 * f.setFact('opiniBpk', 'WTP'); f.onSave();
 */
export function useProfileForm(profile: ProfileReading, actions: PaneActions): ProfileFormState {
  const [fields, setFields] = useState(() => fieldsOf(profile));
  const [tried, setTried] = useState(false);
  // Every refresh brings a new profile object; only a change of what sheet Profil says resets the form, so an
  // edit elsewhere in the workbook does not wipe what the user is typing here.
  const sheet = JSON.stringify(fieldsOf(profile));
  useEffect(() => setFields(JSON.parse(sheet) as ProfileFields), [sheet]);
  const save = useActionRunner();
  return {
    fields,
    set: (key, value) => setFields((f) => ({ ...f, [key]: value })),
    setFact: (fact, value) => setFields((f) => ({ ...f, facts: { ...f.facts, [fact]: value } })),
    yearInvalid: tried && parseYear(fields.year) === 'invalid',
    factsInvalid: tried ? invalidFacts(fields) : [],
    save,
    onSave: () => {
      setTried(true);
      const p = profileOf(fields);
      if (p !== null) void save.run(() => actions.saveProfile(p), 'profileSaved');
    },
  };
}
