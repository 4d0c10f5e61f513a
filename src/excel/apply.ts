import type { TemplateIdentity, WorkbookPlan } from '../workbook/plan';
import { detectTemplate, matchTemplate, type TemplateMatch } from '../workbook/meta';
import { initialInputWrites } from '../workbook/inputWrites';
import type { ExcelRun } from './run';
import { sheetOps } from './ops';
import { printOps } from './pageLayout';
import { protectAll, recoverProtection } from './protection';
import { inputValue } from './write';
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
      /**
       * `failed`: a look-only step (column widths, frozen panes, tab colour) failed; cells, formulas, validations,
       * names and protection are all in place (apply again to retry the looks).
       */
      readonly cosmetic: 'done' | 'failed';
    }
  /**
   * A sheet of ours is protected with a password a person set: the add-in cannot unprotect it and touched
   * nothing. The user unprotects it (Review > Unprotect Sheet), then applies again.
   */
  | { readonly kind: 'password-protected'; readonly sheets: readonly string[] }
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
 * Puts a workbook plan into the open workbook, in at most 4 round trips for the LKE template: 1 probe, 1 read of
 * our existing sheets when there are any, the writes (unprotect first, then cells, formulas, formats,
 * validations, the plan's starting inputs on new sheets, names) in requests under the 5 MB cap inside
 * `suspendApiCalculationUntilNextSync`, then the looks (widths, frozen panes, tab colours) and protection in a
 * sync of their own. A failure never leaves a sheet unprotected (2 more round trips put protection back); a
 * failed look leaves every cell in place (`cosmetic: 'failed'`); a sheet with a password a person set is
 * reported and nothing is touched. Only the plan's sheets and names are touched; input cells are never written
 * on existing sheets, so re-applying or upgrading keeps every answer, note and evidence link. A sheet with one of
 * our names that is not ours is never overwritten.
 *
 * @example
 * const r = await applyPlan(run, buildPlan(LKE_2021, THRESHOLDS_2021));
 * r.kind === 'applied' && r.syncs // → 3 on a fresh workbook
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
    const unprotected: string[] = [];
    ctx.application.suspendApiCalculationUntilNextSync();
    // Unprotect first: when a sheet has a password this is the call that fails, before anything is touched.
    for (const s of plan.sheets) {
      const ws = p.sheets.get(s.name);
      if (ws && !ws.isNullObject && ours && protectedState.get(s.name)) {
        ws.protection.unprotect();
        unprotected.push(s.name);
      }
    }
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
    const existingNames = new Set(ours ? existing.map((s) => s.name) : []);
    for (const s of plan.sheets) {
      const ws = p.sheets.get(s.name);
      const exists = ws !== undefined && !ws.isNullObject && ours;
      target.set(s.name, exists ? ws : ctx.workbook.worksheets.add(s.name));
    }
    const ops = plan.sheets.flatMap((s) => {
      const ws = target.get(s.name);
      // Print setup is a look too: it runs with the widths and frozen panes, in their own guarded sync.
      const looks = printOps(s).map((op) => ({ ...op, cosmetic: true as const }));
      return ws ? [...sheetOps(s, maxBytes), ...looks].map((op) => ({ ws, op })) : [];
    });
    const essential = ops.filter((o) => !o.op.cosmetic);
    const total = Math.max(1, Math.ceil(essential.reduce((n, o) => n + o.op.bytes, 0) / maxBytes)) + 1;
    let bytes = 0;
    let requests = 0;
    try {
      for (const { ws, op } of essential) {
        if (bytes > 0 && bytes + op.bytes > maxBytes) {
          progress({ step: 'write', done: ++requests, total });
          await sync();
          ctx.application.suspendApiCalculationUntilNextSync();
          bytes = 0;
        }
        op.run(ws);
        bytes += op.bytes;
      }
      // The plan's starting inputs (Profil's held predicate…), as `lke-zi template` writes them: new sheets only.
      for (const v of initialInputWrites(plan).filter((w) => !existingNames.has(w.sheet))) {
        const ws = target.get(v.sheet);
        if (ws) ws.getRange(v.address).values = [[inputValue(v.value)]];
      }
      for (const n of plan.names) {
        const old = p.names.get(n.name);
        if (old && !old.isNullObject) old.delete();
        const ws = target.get(n.sheet);
        if (ws) ctx.workbook.names.add(n.name, ws.getRange(n.address), n.comment);
      }
      progress({ step: 'write', done: ++requests, total });
      await sync();
    } catch (e) {
      // Nothing stays unprotected; a sheet still protected after its unprotect failed has a password.
      const mine = plan.sheets.map((x) => x.name).filter((name) => !foreign.includes(name));
      const r = await recoverProtection(ctx, plan, unprotected, mine);
      syncs += 2;
      if (r.stillProtected.length > 0) return { kind: 'password-protected', sheets: r.stillProtected };
      throw e;
    }
    // Looks only, in a sync of their own, then protection: a failure here leaves every cell, formula and name
    // in place, and the recovery protects what the failure left unprotected.
    let cosmetic: 'done' | 'failed' = 'done';
    try {
      for (const { ws, op } of ops.filter((o) => o.op.cosmetic)) op.run(ws);
      protectAll(plan.sheets, target);
      await sync();
    } catch {
      cosmetic = 'failed';
      await recoverProtection(
        ctx,
        plan,
        [],
        plan.sheets.map((x) => x.name),
      );
      syncs += 2;
    }
    progress({ step: 'write', done: total, total });
    return {
      kind: 'applied',
      previous,
      created: plan.sheets.filter((s) => !existingNames.has(s.name)).map((s) => s.name),
      updated: plan.sheets.filter((s) => existingNames.has(s.name)).map((s) => s.name),
      renamed,
      syncs,
      cosmetic,
    };
  });
}
