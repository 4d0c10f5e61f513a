import { VERDICT } from '../workbook/formulas';

/** The verdict as the LKE workbook's formulas print it (the recap uses the same words). */
export function verdictText(eligible: boolean | null): string {
  return eligible === null ? VERDICT.incomplete : eligible ? VERDICT.eligible : VERDICT.notEligible;
}

/** Severity as the recap prints it. */
export const SEVERITY_ID = { error: 'galat', warning: 'peringatan', info: 'info' } as const;
