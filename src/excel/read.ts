import type { Catalogue, Entries } from '../lke';
import type { CellMeaning, CellValue, TemplateIdentity, WorkbookPlan } from '../workbook/plan';
import {
  detectTemplate,
  matchTemplate,
  readEntries,
  readProfile,
  SHEETS,
  type ProfileReading,
  type TemplateMatch,
} from '../workbook';
import type { ExcelRun } from './run';
import { gridLookup, metaRange, metaSheetOf, readMetaCells } from './meta';
import { boxOf, readBoxes, type Box } from './boxes';
import type { XlCellValue, XlContext, XlRange } from './xl';

/** A named headline cell as read, with what it means (from the plan's computed cells). */
export interface NamedFigure {
  readonly name: string;
  readonly value: XlCellValue;
  readonly meaning: CellMeaning | null;
}

/** The status text of one question in both columns (`ok`, `belum diisi`, `tidak valid`). */
export interface QuestionStatus {
  readonly unit: CellValue;
  readonly tpi: CellValue;
}

/** What the open workbook holds. */
export type WorkbookReading =
  | { readonly kind: 'absent' }
  | { readonly kind: 'other'; readonly identity: TemplateIdentity | null; readonly match: TemplateMatch }
  | {
      readonly kind: 'read';
      readonly identity: TemplateIdentity;
      readonly match: TemplateMatch;
      readonly entries: Entries;
      readonly profile: ProfileReading;
      readonly statuses: ReadonlyMap<number, QuestionStatus>;
      readonly named: readonly NamedFigure[];
      readonly syncs: number;
    };

/** The template the open workbook holds: which, and how it compares with the plan's. */
export interface Detection {
  readonly identity: TemplateIdentity | null;
  readonly match: TemplateMatch;
  /** A sheet named like our answer sheet exists (ours or not). */
  readonly answerSheetExists: boolean;
}

function isApiError(e: unknown): e is { code: string } {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string';
}

/**
 * Which template the open workbook holds, from the veryHidden metadata sheet (never from document settings,
 * which some hosts lose on save): 2 round trips (is the sheet there, then its cells).
 *
 * @example
 * await detectWorkbook(run, plan) // → { identity: { templateId: 'lke-zi-…', … }, match: 'same', answerSheetExists: true }
 */
export async function detectWorkbook(run: ExcelRun, plan: WorkbookPlan): Promise<Detection> {
  const meta = metaSheetOf(plan);
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(meta.name);
    const answers = ctx.workbook.worksheets.getItemOrNullObject(SHEETS.jawaban);
    await ctx.sync();
    if (ws.isNullObject)
      return { identity: null, match: 'not-a-template', answerSheetExists: !answers.isNullObject };
    const r = ws.getRange(metaRange(meta)).load('values');
    await ctx.sync();
    const identity = detectTemplate(readMetaCells(meta, r.values));
    return {
      identity,
      match: matchTemplate(identity, plan.identity),
      answerSheetExists: !answers.isNullObject,
    };
  });
}

/** Where the plan's `status` cells of sheet Jawaban are, by soal id. */
function statusCells(plan: WorkbookPlan): Map<number, { unit?: string; tpi?: string }> {
  const out = new Map<number, { unit?: string; tpi?: string }>();
  for (const c of plan.computed) {
    if (c.sheet !== SHEETS.jawaban || c.meaning.kind !== 'status') continue;
    const entry = out.get(c.meaning.soalId) ?? {};
    entry[c.meaning.column] = c.address;
    out.set(c.meaning.soalId, entry);
  }
  return out;
}

/** What each plan name means: the computed cell at its sheet and address. */
function meaningOf(plan: WorkbookPlan, sheet: string, address: string): CellMeaning | null {
  const bare = address.replace(/\$/g, '');
  return plan.computed.find((c) => c.sheet === sheet && c.address === bare)?.meaning ?? null;
}

/**
 * Reads the answers, notes and evidence links (both columns), the question statuses, the profile and every
 * named headline cell in **one** round trip. A workbook without our sheets or names falls back to
 * {@link detectWorkbook} to say what it is.
 *
 * @example
 * const r = await readWorkbook(run, plan, LKE_2021);
 * r.kind === 'read' && r.named.find((n) => n.name === 'ZI_TOTAL_TPI')?.value // → 81.37
 */
export async function readWorkbook(
  run: ExcelRun,
  plan: WorkbookPlan,
  catalogue: Catalogue,
): Promise<WorkbookReading> {
  const meta = metaSheetOf(plan);
  const statuses = statusCells(plan);
  const jawaban = boxOf(
    plan,
    SHEETS.jawaban,
    [...statuses.values()].flatMap((s) => [s.unit, s.tpi]),
  );
  const profil = boxOf(plan, SHEETS.profil, []);
  try {
    return await run(async (ctx: XlContext): Promise<WorkbookReading> => {
      const sheets = ctx.workbook.worksheets;
      const metaCells = sheets.getItem(meta.name).getRange(metaRange(meta)).load('values');
      const boxes = readBoxes(ctx, [jawaban, profil]);
      const named = plan.names.map(
        (n) => [n, ctx.workbook.names.getItem(n.name).getRange().load('values')] as const,
      );
      await ctx.sync();
      const identity = detectTemplate(readMetaCells(meta, metaCells.values));
      const match = matchTemplate(identity, plan.identity);
      if (!identity || (match !== 'same' && match !== 'other-version'))
        return { kind: 'other', identity, match };
      const cellIn = (box: Box, r: XlRange | undefined): ((address: string) => CellValue) =>
        gridLookup(box.row, box.col, r?.values ?? []);
      const jCell = cellIn(jawaban, boxes[0]);
      return {
        kind: 'read',
        identity,
        match,
        entries: readEntries(catalogue, jCell),
        profile: readProfile(cellIn(profil, boxes[1])),
        statuses: new Map(
          [...statuses].map(([id, s]) => [
            id,
            { unit: s.unit ? jCell(s.unit) : null, tpi: s.tpi ? jCell(s.tpi) : null },
          ]),
        ),
        named: named.map(([n, r]) => ({
          name: n.name,
          value: r.values[0]?.[0] ?? '',
          meaning: meaningOf(plan, n.sheet, n.address),
        })),
        syncs: 1,
      };
    });
  } catch (e) {
    if (!isApiError(e) || (e.code !== 'ItemNotFound' && e.code !== 'InvalidReference')) throw e;
    const d = await detectWorkbook(run, plan);
    return d.identity === null && !d.answerSheetExists
      ? { kind: 'absent' }
      : { kind: 'other', identity: d.identity, match: d.match };
  }
}
