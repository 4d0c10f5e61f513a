import {
  indexOf,
  InputError,
  parsePortalAnswers,
  toPortalAnswers,
  validate,
  type Issue,
  type Catalogue,
  type Entries,
} from '../../lke';
import { cellAnswer, inputWrites, type ImportMode, type ProfileReading } from '../../workbook';
import { VIEW_MESSAGES } from '../i18n/catalogue';
import type { ImportChange, ImportPreview } from './types';
import { EMPTY_PROFILE } from './profile';

/**
 * The PortalRB answers file (jawaban-unit JSON, 2-space indented) of the entries, with the unit from Profil.
 *
 * @example
 * JSON.parse(answersFileText(LKE_2021, entries, profile)).answers[0].soal_id // → 1
 */
export function answersFileText(catalogue: Catalogue, entries: Entries, profile: ProfileReading): string {
  const file = toPortalAnswers(catalogue, entries, {
    unitId: profile.unitId,
    unitName: profile.unitName,
    year: profile.year,
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The download name of the answers file: `jawaban-unit-<unit id or name>-<year>.json`, file-name safe.
 *
 * @example
 * answersFileName({ unitId: 'KPPN-017', year: 2026, … }) // → 'jawaban-unit-kppn-017-2026.json'
 * answersFileName(EMPTY_PROFILE)                         // → 'jawaban-unit.json'
 */
export function answersFileName(profile: ProfileReading): string {
  const who = String(profile.unitId ?? profile.unitName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return (
    ['jawaban-unit', who, profile.year === null ? '' : String(profile.year)]
      .filter((s) => s !== '')
      .join('-') + '.json'
  );
}

/**
 * What importing a PortalRB answers file would change, by the one rule of `inputWrites` (the command line's
 * `import` uses it too): a field the file leaves empty keeps its cell (`replace`: the file is the whole truth
 * for the soal it lists); the unit's name, id and year go to Profil. `changes` lists the soal cells that change,
 * `writes` every cell to write (Jawaban and Profil). Throws `InputError` (id + en) when the text is not JSON or
 * not an answers file.
 *
 * @example
 * previewImport(LKE_2021, entries, '{"answers":[{"soal_id":1,"jawaban_unit":"Tidak","jawaban_tpi":null}]}').changes
 * // → [{ soalId: 1, field: 'unit', cell: { sheet: 'Jawaban', address: 'K6' }, from: 'Ya', to: 'Tidak', … }] (N6 kept)
 */
export function previewImport(
  catalogue: Catalogue,
  current: Entries,
  text: string,
  profile: ProfileReading = EMPTY_PROFILE,
  mode: ImportMode = 'merge',
): ImportPreview {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new InputError(VIEW_MESSAGES.importUnreadable.id, VIEW_MESSAGES.importUnreadable.en);
  }
  const incoming = parsePortalAnswers(catalogue, json);
  const now = {
    entries: current,
    meta: { unitId: profile.unitId, unitName: profile.unitName, year: profile.year },
  };
  const plan = inputWrites(catalogue, now, incoming, mode);
  const ix = indexOf(catalogue);
  // Each incoming value as Validasi would judge it once written (errors and warnings; infos are not problems).
  const issues = validate(catalogue, plan.entries).filter((i) => i.severity !== 'info');
  const issueOf = (c: Omit<ImportChange, 'issue'>): Issue | null =>
    issues.find(
      (i) =>
        i.soalId === c.soalId &&
        (c.field === 'unitEvidence'
          ? i.field === 'evidence'
          : (c.field === 'unit' || c.field === 'tpi') && i.field === 'answer' && i.column === c.field),
    ) ?? null;
  const changes: ImportChange[] = plan.changes.flatMap((c) => {
    const q = c.target.kind === 'answer' ? ix.question.get(c.target.soalId) : undefined;
    if (!q || c.target.kind !== 'answer') return [];
    const change = {
      soalId: q.soalId,
      soalCode: q.code,
      field: c.target.field,
      cell: c.cell,
      from: cellAnswer(c.from),
      to: cellAnswer(c.to),
    };
    return [{ ...change, issue: issueOf(change) }];
  });
  return {
    meta: incoming.meta,
    entries: incoming.entries,
    changes,
    writes: plan.writes,
    kept: plan.kept.length,
  };
}
