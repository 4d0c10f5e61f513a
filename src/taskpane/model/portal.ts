import {
  indexOf,
  InputError,
  parsePortalAnswers,
  toPortalAnswers,
  validate,
  type Answer,
  type Issue,
  type Catalogue,
  type Entries,
  type Entry,
} from '../../lke';
import { inputCell, type InputField, type ProfileReading } from '../../workbook';
import { VIEW_MESSAGES } from '../i18n/catalogue';
import type { ImportChange, ImportPreview } from './types';

const FIELDS: readonly (readonly [InputField, keyof Entry])[] = [
  ['unit', 'unit'],
  ['unitNote', 'unitNote'],
  ['unitEvidence', 'unitEvidence'],
  ['tpi', 'tpi'],
  ['tpiNote', 'tpiNote'],
];

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

const same = (a: Answer | undefined, b: Answer | undefined): boolean => String(a ?? '') === String(b ?? '');

/**
 * What importing a PortalRB answers file would change: every input cell whose value differs from the
 * workbook's, for the soal ids the file lists (others stay as they are). Throws `InputError` (id + en) when the
 * text is not JSON or not an answers file.
 *
 * @example
 * previewImport(LKE_2021, entries, '{"answers":[{"soal_id":1,"jawaban_unit":"Tidak"}]}').changes
 * // → [{ soalId: 1, field: 'unit', cell: { sheet: 'Jawaban', address: 'K6' }, from: 'Ya', to: 'Tidak', … }]
 */
export function previewImport(catalogue: Catalogue, current: Entries, text: string): ImportPreview {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(VIEW_MESSAGES.importUnreadable.id, VIEW_MESSAGES.importUnreadable.en);
  }
  const { entries, meta } = parsePortalAnswers(catalogue, json);
  const ix = indexOf(catalogue);
  const changes: ImportChange[] = [];
  const merged = new Map(current);
  for (const [soalId, next] of [...entries].sort((a, b) => a[0] - b[0])) {
    const q = ix.question.get(soalId);
    if (!q) continue;
    const old = current.get(soalId);
    const after: Record<string, Answer> = { ...(old ?? { unit: null, tpi: null }) };
    for (const [field, key] of FIELDS) {
      const from = old?.[key] ?? null;
      const to = next[key] ?? null;
      if (!same(from, to)) {
        changes.push({ soalId, soalCode: q.code, field, cell: inputCell(q, field), from, to, issue: null });
        after[key] = to;
      }
    }
    merged.set(soalId, after as unknown as Entry);
  }
  // Each incoming value as Validasi would judge it once written (errors and warnings; infos are not problems).
  const issues = validate(catalogue, merged).filter((i) => i.severity !== 'info');
  const issueOf = (c: ImportChange): Issue | null =>
    issues.find(
      (i) =>
        i.soal_id === c.soalId &&
        (c.field === 'unitEvidence'
          ? i.field === 'evidence'
          : (c.field === 'unit' || c.field === 'tpi') && i.field === 'answer' && i.column === c.field),
    ) ?? null;
  return { meta, entries, changes: changes.map((c) => ({ ...c, issue: issueOf(c) })) };
}
