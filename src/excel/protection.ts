import type { SheetPlan, WorkbookPlan } from '../workbook/plan';
import type { XlContext, XlWorksheet } from './xl';

/**
 * The protection options of a planned sheet (one home for the add-in's protect calls, apply and restore alike),
 * from the plan's allowances (`lke-zi template` writes the same ones): hyperlinks and notes in the unlocked input
 * cells included. Protection guards against slips; it is no security.
 *
 * @example
 * protectOptions(jawabanPlan) // → { allowInsertHyperlinks: true, allowEditObjects: true, selectionMode: 'Normal', … }
 */
export function protectOptions(s: SheetPlan): Excel.WorksheetProtectionOptions {
  return {
    allowFormatColumns: s.protection.allowFormatColumns,
    allowFormatRows: s.protection.allowFormatRows,
    allowInsertHyperlinks: s.protection.allowInsertHyperlinks,
    allowEditObjects: s.protection.allowEditObjects,
    selectionMode: s.protection.allowSelectLocked ? 'Normal' : 'Unlocked',
  };
}

/**
 * Sheets a person protected with a password: the add-in cannot unprotect them (Excel asks it for the password it
 * does not have) and touched nothing. The message says what to do, in Indonesian and English.
 */
export class SheetPasswordError extends Error {
  override readonly name = 'SheetPasswordError';
  constructor(readonly sheets: readonly string[]) {
    super(
      `Lembar dilindungi kata sandi; buka proteksinya dulu (Tinjau > Buka Proteksi Lembar): ${sheets.join(', ')}` +
        ` / Sheet protected with a password; unprotect it first (Review > Unprotect Sheet): ${sheets.join(', ')}`,
    );
  }
}

/**
 * What a recovery found: the sheet whose unprotect failed (a password), i.e. the first one, in the order the
 * unprotects were queued, that is still protected (Excel stops at the failing call: the ones after it never ran).
 */
export interface Recovery {
  readonly stillProtected: readonly string[];
}

/**
 * After a failed write batch, puts protection back as planned, in 2 round trips: reads the state of the plan's
 * sheets that exist, then protects every planned-protected one that a failure left unprotected. Sheets in
 * `meantToUnprotect` (in queue order) report the first still protected (its unprotect failed: a password).
 *
 * @example
 * const r = await recoverProtection(ctx, plan, ['Jawaban']); // r.stillProtected → ['Jawaban'] when it has a password
 */
export async function recoverProtection(
  ctx: XlContext,
  plan: WorkbookPlan,
  meantToUnprotect: readonly string[],
  sheets: readonly string[] = plan.sheets.map((s) => s.name),
): Promise<Recovery> {
  const found = sheets.map((name) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    return { name, ws, p: ws.protection.load('protected') };
  });
  await ctx.sync();
  const live = found.filter((f) => !f.ws.isNullObject);
  const still = new Set(live.filter((f) => f.p.protected).map((f) => f.name));
  const stillProtected = meantToUnprotect.filter((name) => still.has(name)).slice(0, 1);
  let queued = 0;
  for (const f of live) {
    const s = plan.sheets.find((x) => x.name === f.name);
    if (s?.protection.protected && !f.p.protected) {
      f.ws.protection.protect(protectOptions(s));
      queued++;
    }
  }
  if (queued > 0) await ctx.sync();
  return { stillProtected };
}

/** Queues protect on each planned-protected sheet (all unprotected or new at this point). */
export function protectAll(sheets: readonly SheetPlan[], target: ReadonlyMap<string, XlWorksheet>): void {
  for (const s of sheets) {
    const ws = target.get(s.name);
    if (ws && s.protection.protected) ws.protection.protect(protectOptions(s));
  }
}
