/** The verdict as the sheets and the recap print it. */
export function verdictText(eligible: boolean | null): 'MEMENUHI' | 'TIDAK MEMENUHI' | 'BELUM LENGKAP' {
  return eligible === null ? 'BELUM LENGKAP' : eligible ? 'MEMENUHI' : 'TIDAK MEMENUHI';
}

/** Severity as the recap prints it. */
export const SEVERITY_ID = { error: 'galat', warning: 'peringatan', info: 'info' } as const;
