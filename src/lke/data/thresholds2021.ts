import type { Thresholds } from '../eligibility';

/**
 * PermenPANRB 90/2021 Lampiran II Bab III A and Tabel 6 (unchanged by 5/2024): the minimum a unit's
 * (TPI) score must reach to be proposed. Per-area minimums are shares of each area's combined weight.
 */
export const THRESHOLDS_2021: Thresholds = {
  total: { WBK: 75, WBBM: 85 },
  pengungkit: { WBK: 40, WBBM: 48 },
  areaShare: { WBK: 0.6, WBBM: 0.75 },
  bersih: { WBK: 18.25, WBBM: 19.5 },
  ipak: { WBK: 15.75, WBBM: 15.75 },
  kinerja: { WBK: 2.5, WBBM: 3.75 },
  pelayanan: { WBK: 14, WBBM: 15.75 },
};
