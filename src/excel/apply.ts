import type { SheetPlan, TemplateIdentity, WorkbookPlan } from '../workbook/plan';
import { detectTemplate, matchTemplate, type TemplateMatch } from '../workbook/meta';
import type { ExcelRun } from './run';
import { sheetOps, type WriteOp } from './ops';
import { printOps } from './pageLayout';
import { metaRange, metaSheetOf, readMetaCells } from './meta';
import type { XlContext, XlNamedItem, XlRange, XlWorksheet } from './xl';

/** Excel on the web refuses requests over 5 MB; stay well under it. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Where an apply is: `probe` (what is there), `read` (state of our sheets), `write` (n of total requests). */
export interface ApplyProgress {
  readonly step: 'probe' | 'read' | 'write';
  readonly done: number;
  readonly total: number;
}

export interface ApplyOptions {
  readonly onProgress?: (p: ApplyProgress) => void;
  /** Request budget in bytes (tests lower it to force chunking). */
  readonly maxRequestBytes?: number;
  /**
   * A sheet with one of the template's names that is not ours: `ask` (default) stops and reports it;
   * `rename` keeps it, renamed to "<name> (asli)", and builds ours beside it. Never overwritten.
   */
  readonly foreignSheets?: 'ask' | 'rename';
}

export type ApplyResult =
  | {
      readonly kind: 'applied';
      /** The workbook's template before: null for a fresh workbook. */
      readonly previous: TemplateIdentity | null;
      readonly created: readonly string[];
      readonly updated: readonly string[];
      readonly renamed: readonly { readonly from: string; readonly to: string }[];
      readonly syncs: number;
    }
  /** Sheets named like ours that are not ours: nothing was written; ask the user, then call again with `rename`. */
  | { readonly kind: 'foreign-sheets'; readonly sheets: readonly string[] }
  /**
   * Workbook names the template needs (`ZI_TOTAL_UNIT`…) are already used by a workbook that is not ours: nothing
   * was written (names cannot be renamed through the API; the user frees them in the Name Manager).
   */
  | { readonly kind: 'foreign-names'; readonly names: readonly string[] }
  /** Our template, in a layout this version cannot upgrade in place: nothing was written. */
  | { readonly kind: 'unsupported-version'; readonly found: TemplateIdentity };

const RENAME_TRIES = 5;

function renameCandidates(name: string): string[] {
  return Array.from(
    { length: RENAME_TRIES },
    (_, i) => `${name.slice(0, 22)} (asli${i === 0 ? '' : ` ${i + 1}`})`,
  );
}

interface Probe {
  readonly sheets: ReadonlyMap<string, XlWorksheet>;
  readonly names: ReadonlyMap<string, XlNamedItem>;
  readonly spare: ReadonlyMap<string, readonly XlWorksheet[]>;
}

function probe(ctx: XlContext, plan: WorkbookPlan): Probe {
  const ws = ctx.workbook.worksheets;
  const sheets = new Map(plan.sheets.map((s) => [s.name, ws.getItemOrNullObject(s.name)] as const));
  const names = new Map(
    plan.names.map((n) => [n.name, ctx.workbook.names.getItemOrNullObject(n.name)] as const),
  );
  const spare = new Map(
    plan.sheets.map((s) => [s.name, renameCandidates(s.name).map((c) => ws.getItemOrNullObject(c))] as const),
  );
  return { sheets, names, spare };
}

/**
 * Puts a workbook plan into the open workbook, in at most 3 round trips for the LKE template
 * (1 probe, 1 read of our existing sheets when there are any, then the writes in requests under the 5 MB cap,
 * inside `suspendApiCalculationUntilNextSync`). Only the plan's sheets and names are touched; input cells are
 * never written (the plan's blocks leave them out), so re-applying or upgrading keeps every answer, note and
 * evidence link. A sheet with one of our names that is not ours is never overwritten.
 *
 * @example
 * const r = await applyPlan(run, buildPlan(LKE_2021, THRESHOLDS_2021));
 * r.kind === 'applied' && r.syncs // → 2 on a fresh workbook
 */
export async function applyPlan(
  run: ExcelRun,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const progress = options.onProgress ?? ((): void => undefined);
  const metaPlan = metaSheetOf(plan);
  return run(async (ctx) => {
    let syncs = 0;
    const sync = async (): Promise<void> => {
      await ctx.sync();
      syncs++;
    };
    progress({ step: 'probe', done: 0, total: 1 });
    const p = probe(ctx, plan);
    await sync();

    const existing = plan.sheets.filter((s) => !p.sheets.get(s.name)?.isNullObject);
    const protectedState = new Map<string, boolean>();
    let previous: TemplateIdentity | null = null;
    let match: TemplateMatch = 'not-a-template';
    if (existing.length > 0) {
      progress({ step: 'read', done: 0, total: 1 });
      const protections = existing.map(
        (s) => [s.name, p.sheets.get(s.name)?.protection.load('protected')] as const,
      );
      const metaWs = p.sheets.get(metaPlan.name);
      const metaCells: XlRange | null =
        metaWs && !metaWs.isNullObject ? metaWs.getRange(metaRange(metaPlan)).load('values') : null;
      await sync();
      for (const [name, prot] of protections) protectedState.set(name, prot?.protected === true);
      previous = metaCells ? detectTemplate(readMetaCells(metaPlan, metaCells.values)) : null;
      match = matchTemplate(previous, plan.identity);
    }
    const ours = match === 'same' || match === 'other-version';
    if (previous && match === 'other-version' && previous.planVersion !== plan.identity.planVersion) {
      return { kind: 'unsupported-version', found: previous };
    }
    const foreign = ours ? [] : existing.map((s) => s.name);
    const takenNames = ours
      ? []
      : plan.names.filter((n) => p.names.get(n.name)?.isNullObject === false).map((n) => n.name);
    if (takenNames.length > 0) return { kind: 'foreign-names', names: takenNames };
    if (foreign.length > 0 && options.foreignSheets !== 'rename')
      return { kind: 'foreign-sheets', sheets: foreign };

    const renamed: { from: string; to: string }[] = [];
    const taken = new Set<string>();
    const target = new Map<string, XlWorksheet>();
    ctx.application.suspendApiCalculationUntilNextSync();
    for (const name of foreign) {
      const ws = p.sheets.get(name);
      const free = (p.spare.get(name) ?? []).findIndex(
        (c, i) => c.isNullObject && !taken.has(renameCandidates(name)[i] ?? ''),
      );
      const to = renameCandidates(name)[free];
      if (!ws || to === undefined) return { kind: 'foreign-sheets', sheets: foreign };
      taken.add(to);
      ws.name = to;
      renamed.push({ from: name, to });
    }
    for (const s of plan.sheets) {
      const ws = p.sheets.get(s.name);
      const exists = ws !== undefined && !ws.isNullObject && ours;
      if (exists && protectedState.get(s.name)) ws.protection.unprotect();
      target.set(s.name, exists ? ws : ctx.workbook.worksheets.add(s.name));
    }
    const ops: { ws: XlWorksheet; op: WriteOp }[] = plan.sheets.flatMap((s) => {
      const ws = target.get(s.name);
      return ws ? [...sheetOps(s, maxBytes), ...printOps(s)].map((op) => ({ ws, op })) : [];
    });
    const total = Math.max(1, Math.ceil(ops.reduce((n, o) => n + o.op.bytes, 0) / maxBytes));
    let bytes = 0;
    let requests = 0;
    for (const { ws, op } of ops) {
      if (bytes > 0 && bytes + op.bytes > maxBytes) {
        progress({ step: 'write', done: ++requests, total });
        await sync();
        ctx.application.suspendApiCalculationUntilNextSync();
        bytes = 0;
      }
      op.run(ws);
      bytes += op.bytes;
    }
    for (const n of plan.names) {
      const old = p.names.get(n.name);
      if (old && !old.isNullObject) old.delete();
      const ws = target.get(n.sheet);
      if (ws) ctx.workbook.names.add(n.name, ws.getRange(n.address), n.comment);
    }
    protect(plan.sheets, target);
    progress({ step: 'write', done: requests, total });
    await sync();
    progress({ step: 'write', done: total, total });
    const existingNames = new Set(ours ? existing.map((s) => s.name) : []);
    return {
      kind: 'applied',
      previous,
      created: plan.sheets.filter((s) => !existingNames.has(s.name)).map((s) => s.name),
      updated: plan.sheets.filter((s) => existingNames.has(s.name)).map((s) => s.name),
      renamed,
      syncs,
    };
  });
}

/** Protects the sheets the plan protects (each was unprotected or new at this point: idempotent). */
function protect(sheets: readonly SheetPlan[], target: ReadonlyMap<string, XlWorksheet>): void {
  for (const s of sheets) {
    const ws = target.get(s.name);
    if (!ws || !s.protection.protected) continue;
    ws.protection.protect({
      allowFormatColumns: s.protection.allowFormatColumns,
      allowFormatRows: s.protection.allowFormatRows,
      selectionMode: s.protection.allowSelectLocked ? 'Normal' : 'Unlocked',
    });
  }
}
