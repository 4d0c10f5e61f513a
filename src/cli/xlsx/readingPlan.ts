import { LKE_2021, THRESHOLDS_2021, type Catalogue } from '../../lke';
import { planWorkbook, type WorkbookPlan } from '../../workbook';

const plans = new Map<Catalogue, WorkbookPlan>();

/**
 * The plan every read of a template compares against, built once per process per catalogue (a recap of 150
 * files builds it once, not 150 times).
 *
 * @example
 * readingPlan() === readingPlan() // → true
 */
export function readingPlan(catalogue: Catalogue = LKE_2021): WorkbookPlan {
  let plan = plans.get(catalogue);
  if (!plan) {
    plan = planWorkbook(catalogue, THRESHOLDS_2021);
    plans.set(catalogue, plan);
  }
  return plan;
}
