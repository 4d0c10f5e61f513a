import { indexOf, type Catalogue, type Entries, type Entry, type Question } from '../lke';
import type { InputField, TemplateIdentity, WorkbookPlan } from './plan';
import { INPUT_COLUMNS, SHEETS } from './columns';
import { cellAnswer, cellText } from './inputs';
import { detectTemplate, matchTemplate, type TemplateMatch } from './meta';
import { readProfile, type ProfileReading } from './profil';
import { auditFormulas, type FormulaFinding } from './audit';
import { questionRows, type RowRefusal } from './readRows';
import { EMPTY, type CellSource, type SheetSource, type SourceCell } from './source';

/** An input cell that cannot be trusted: its content is not what a person typed there. */
export interface CellFault {
  readonly soalId: number;
  readonly field: InputField;
  /** `Jawaban!K6` (the cell as found, after moved rows). */
  readonly cell: string;
  /** `formula`: a formula in an input cell; `merged`: covered by a merged area; `error`: an error value. */
  readonly kind: 'formula' | 'merged' | 'error';
}

/** What reading a template gives: not ours, ours but unreadable (with why), or everything it holds. */
export type TemplateRead =
  | { readonly kind: 'other'; readonly identity: TemplateIdentity | null; readonly match: TemplateMatch }
  | {
      readonly kind: 'refused';
      readonly identity: TemplateIdentity;
      readonly match: TemplateMatch;
      readonly refusal: { readonly kind: 'missing-sheet'; readonly sheet: string } | RowRefusal;
    }
  | {
      readonly kind: 'read';
      readonly identity: TemplateIdentity;
      readonly match: TemplateMatch;
      readonly entries: Entries;
      readonly profile: ProfileReading;
      readonly audit: readonly FormulaFinding[];
      /** Each question's row as found (equal to the plan's unless rows were inserted or moved). */
      readonly rows: ReadonlyMap<number, number>;
      readonly moved: boolean;
      readonly faults: readonly CellFault[];
    };

const ANSWER_FIELDS: readonly InputField[] = ['unit', 'tpi', 'unitEvidence'];

/** What a faulty answer or evidence cell reads as: text no question accepts, saying what is wrong. */
function faultText(kind: CellFault['kind'], c: SourceCell): string {
  if (kind === 'formula') return c.formula ?? '=';
  if (kind === 'merged') return '(sel gabungan / merged cell)';
  return String(c.value);
}

function faultOf(c: SourceCell): CellFault['kind'] | null {
  if (c.merged) return 'merged';
  if (c.formula !== null) return 'formula';
  if (c.type === 'error') return 'error';
  return null;
}

function readEntry(q: Question, row: number, sheet: SheetSource, faults: CellFault[]): Entry {
  const at = (f: InputField): SourceCell => {
    const address = `${INPUT_COLUMNS[f]}${row}`;
    const c = sheet.cell(address);
    const kind = faultOf(c);
    if (kind === null) return c;
    faults.push({ soalId: q.soalId, field: f, cell: `${SHEETS.jawaban}!${address}`, kind });
    if (ANSWER_FIELDS.includes(f)) return { ...c, value: faultText(kind, c) };
    // A note under a merged area is empty (hosts differ: some copy the area's value into every cell).
    return kind === 'merged' ? { ...c, value: null } : c;
  };
  return {
    unit: cellAnswer(at('unit').value),
    tpi: cellAnswer(at('tpi').value),
    unitNote: cellText(at('unitNote').value),
    unitEvidence: cellText(at('unitEvidence').value),
    tpiNote: cellText(at('tpiNote').value),
  };
}

/**
 * Reads our template through any host's {@link CellSource}: which template it is (metadata sheet), then, for
 * ours, the entries (rows tied to soal ids; a formula, a merged cell or an error value in an input cell is a
 * fault, never its cached value), the Profil sheet and the formula audit. `accept` lists the matches read as
 * ours (the pane also reads an older version, to offer the update with the inputs kept). Written once for the pane, the
 * command line, the recap and the server.
 *
 * @example
 * const r = readTemplateSource(source, plan, LKE_2021);
 * r.kind === 'read' && r.entries.get(1) // → { unit: 'Ya', tpi: null, … }
 * r.kind === 'refused' && r.refusal     // → { kind: 'missing-sheet', sheet: 'Jawaban' }
 */
export function readTemplateSource(
  source: CellSource,
  plan: Pick<WorkbookPlan, 'identity' | 'computed'>,
  catalogue: Catalogue,
  accept: readonly TemplateMatch[] = ['same'],
): TemplateRead {
  const meta = source.sheet(SHEETS.meta);
  const identity = meta ? detectTemplate((a) => meta.cell(a).value) : null;
  const match = matchTemplate(identity, plan.identity);
  if (identity === null || !accept.includes(match)) return { kind: 'other', identity, match };
  const jawaban = source.sheet(SHEETS.jawaban);
  const profil = source.sheet(SHEETS.profil);
  const missing = !jawaban ? SHEETS.jawaban : !profil ? SHEETS.profil : null;
  if (missing !== null || !jawaban || !profil)
    return { kind: 'refused', identity, match, refusal: { kind: 'missing-sheet', sheet: missing ?? '' } };
  const tied = questionRows(catalogue, jawaban);
  if (!tied.ok) return { kind: 'refused', identity, match, refusal: tied.refusal };
  const faults: CellFault[] = [];
  const entries = new Map<number, Entry>();
  for (const q of indexOf(catalogue).questions)
    entries.set(q.soalId, readEntry(q, tied.rows.get(q.soalId) ?? q.row, jawaban, faults));
  const audit = auditFormulas(plan, (sheet, address) => {
    const c = source.sheet(sheet)?.cell(address) ?? EMPTY;
    return { formula: c.formula, value: c.value };
  });
  return {
    kind: 'read',
    identity,
    match,
    entries,
    profile: readProfile((a) => profil.cell(a).value),
    audit,
    rows: tied.rows,
    moved: tied.moved,
    faults,
  };
}
