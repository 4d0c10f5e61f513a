import type { Catalogue } from '../lke';
import type { CellMeaning, CellValue, TemplateIdentity, WorkbookPlan } from '../workbook/plan';
import {
  detectTemplate,
  matchTemplate,
  readTemplateSource,
  sourceCell,
  SHEETS,
  type CellSource,
  type FormulaFinding,
  type SheetSource,
  type TemplateMatch,
  type TemplateRead,
} from '../workbook';
import { parseAddress } from '../workbook/a1';
import { CIRCULATED_SHEET } from '../circulated';
import type { ExcelRun } from './run';
import { metaRange, metaSheetOf, readMetaCells } from './meta';
import { boxOf, readBoxes, type Box } from './boxes';
import type { XlCellValue, XlContext, XlRange, XlWorksheet } from './xl';

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

/** What the shared template reader gives for a readable template (the pane's reading carries its facts on). */
type TemplateContents = Extract<TemplateRead, { readonly kind: 'read' }>;

/**
 * What the open workbook holds. Every kind may name a circulated "LKE ZI" sheet found beside it
 * (`circulatedSheet`, absent when none was looked for).
 */
export type WorkbookReading =
  | { readonly kind: 'absent'; readonly circulatedSheet?: string | null }
  | (Extract<TemplateRead, { readonly kind: 'other' }> & { readonly circulatedSheet?: string | null })
  | (Pick<TemplateContents, 'kind' | 'identity' | 'match' | 'entries' | 'profile'> & {
      readonly statuses: ReadonlyMap<number, QuestionStatus>;
      readonly named: readonly NamedFigure[];
      /** Every computed cell whose formula is not as planned (read in the same round trip). */
      readonly findings?: readonly FormulaFinding[];
      readonly circulatedSheet?: string | null;
      readonly syncs: number;
    });

/** The template the open workbook holds: which, and how it compares with the plan's. */
export interface Detection {
  readonly identity: TemplateIdentity | null;
  readonly match: TemplateMatch;
  /** A sheet named like our answer sheet exists (ours or not). */
  readonly answerSheetExists: boolean;
  /** The name of a circulated "LKE ZI" sheet in the workbook, or null. */
  readonly circulatedSheet: string | null;
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
    const circulated = circulatedProbe(ctx);
    await ctx.sync();
    const circulatedSheet = circulatedName(circulated);
    if (ws.isNullObject)
      return {
        identity: null,
        match: 'not-a-template',
        answerSheetExists: !answers.isNullObject,
        circulatedSheet,
      };
    const r = ws.getRange(metaRange(meta)).load('values');
    await ctx.sync();
    const identity = detectTemplate(readMetaCells(meta, r.values));
    return {
      identity,
      match: matchTemplate(identity, plan.identity),
      answerSheetExists: !answers.isNullObject,
      circulatedSheet,
    };
  });
}

/** Queues the look-up of a circulated "LKE ZI" sheet (sheet names are case-insensitive in Excel). */
function circulatedProbe(ctx: XlContext): XlWorksheet {
  return ctx.workbook.worksheets.getItemOrNullObject(CIRCULATED_SHEET).load('name');
}

function circulatedName(ws: XlWorksheet): string | null {
  return ws.isNullObject ? null : ws.name;
}

/** Per sheet, the cells read for the formula audit: every planned computed cell. */
function computedBySheet(plan: WorkbookPlan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of plan.computed) out.set(c.sheet, [...(out.get(c.sheet) ?? []), c.address]);
  return out;
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

/** A box read in one round trip as the shared template reader's sheet: values, formulas and error types. */
function boxSheet(box: Box, r: XlRange | undefined): SheetSource {
  return {
    cell: (address) => {
      const a = parseAddress(address);
      const i = a.row - box.row;
      const j = a.column - box.col;
      const value = r?.values[i]?.[j];
      const f = r?.formulas[i]?.[j];
      const isError = r?.valueTypes[i]?.[j] === 'Error';
      return sourceCell(value, typeof f === 'string' && f.startsWith('=') ? f : null, isError);
    },
  };
}

/**
 * The plan's names that no longer refer to their cell, as formula-audit findings on that cell (restore adds them
 * again).
 */
function brokenNames(
  plan: WorkbookPlan,
  named: readonly (readonly [WorkbookPlan['names'][number], XlRange])[],
): FormulaFinding[] {
  return named
    .filter(([, r]) => r.isNullObject)
    .map(([n]) => ({
      sheet: n.sheet,
      address: n.address.replace(/\$/g, ''),
      kind: 'edited' as const,
      expected: `=${n.sheet}!${n.address}`,
      found: '=#REF!',
      name: n.name,
    }));
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
  const computed = computedBySheet(plan);
  // Columns B (soal ids) and C (texts) too: the shared reader ties each row to its question by them.
  const jawaban = boxOf(plan, SHEETS.jawaban, [
    ...[...statuses.values()].flatMap((s) => [s.unit, s.tpi]),
    ...(computed.get(SHEETS.jawaban) ?? []),
    'B2',
    'C2',
  ]);
  const profil = boxOf(plan, SHEETS.profil, computed.get(SHEETS.profil) ?? []);
  const others = [...computed]
    .filter(([sheet]) => sheet !== SHEETS.jawaban && sheet !== SHEETS.profil)
    .map(([sheet, cells]) => boxOf(plan, sheet, cells));
  const all = [jawaban, profil, ...others];
  try {
    return await run(async (ctx: XlContext): Promise<WorkbookReading> => {
      const sheets = ctx.workbook.worksheets;
      const metaCells = sheets.getItem(meta.name).getRange(metaRange(meta)).load('values');
      const boxes = readBoxes(ctx, all, 'values,formulas,valueTypes');
      const circulated = circulatedProbe(ctx);
      // OrNullObject: a name broken to #REF! (a deleted row) or deleted must not fail the whole reading.
      const named = plan.names.map(
        (n) =>
          [n, ctx.workbook.names.getItemOrNullObject(n.name).getRangeOrNullObject().load('values')] as const,
      );
      await ctx.sync();
      const metaCell = readMetaCells(meta, metaCells.values);
      const sheetsRead = new Map(all.map((b, i) => [b.sheet, boxSheet(b, boxes[i])] as const));
      const source: CellSource = {
        sheet: (name) =>
          name === meta.name
            ? { cell: (a) => sourceCell(metaCell(a), null) }
            : (sheetsRead.get(name) ?? null),
      };
      const r = readTemplateSource(source, plan, catalogue, ['same', 'other-version']);
      if (r.kind !== 'read')
        return {
          kind: 'other',
          identity: r.identity,
          match: r.match,
          circulatedSheet: circulatedName(circulated),
        };
      const jSheet = sheetsRead.get(SHEETS.jawaban);
      const jCell = (a: string): CellValue => jSheet?.cell(a).value ?? null;
      return {
        kind: 'read',
        identity: r.identity,
        match: r.match,
        entries: r.entries,
        profile: r.profile,
        statuses: new Map(
          [...statuses].map(([id, s]) => [
            id,
            { unit: s.unit ? jCell(s.unit) : null, tpi: s.tpi ? jCell(s.tpi) : null },
          ]),
        ),
        named: named.map(([n, r]) => ({
          name: n.name,
          value: r.isNullObject ? '#REF!' : (r.values[0]?.[0] ?? ''),
          meaning: meaningOf(plan, n.sheet, n.address),
        })),
        findings: [...r.audit, ...brokenNames(plan, named)],
        circulatedSheet: circulatedName(circulated),
        syncs: 1,
      };
    });
  } catch (e) {
    if (!isApiError(e) || (e.code !== 'ItemNotFound' && e.code !== 'InvalidReference')) throw e;
    const d = await detectWorkbook(run, plan);
    return d.identity === null && !d.answerSheetExists
      ? { kind: 'absent', circulatedSheet: d.circulatedSheet }
      : { kind: 'other', identity: d.identity, match: d.match, circulatedSheet: d.circulatedSheet };
  }
}
