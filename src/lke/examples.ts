/**
 * Counts that make every Reform % item worth exactly 1 with no denominator at 0 (a worked example of
 * scoring-rules §3, used by the gallery page and the tests): 89/88 = 2/2, 91/90 = 3/3, (102 − 103)/102 = 5/5,
 * 106/105 = 4/4, 112/110 = 6/6, 116/(113 + 114 + 115) = 3/3, 120/(117 + 118 + 119) = 5/5, 123/122 = 8/8.
 */
export const WHOLE_COUNTS: Readonly<Record<number, number>> = {
  88: 2,
  89: 2,
  90: 3,
  91: 3,
  102: 5,
  103: 0,
  104: 0,
  105: 4,
  106: 4,
  110: 6,
  111: 0,
  112: 6,
  113: 1,
  114: 2,
  115: 0,
  116: 3,
  117: 2,
  118: 2,
  119: 1,
  120: 5,
  122: 8,
  123: 8,
};
