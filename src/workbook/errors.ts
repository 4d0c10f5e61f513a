/** A catalogue the planner cannot lay out on PortalRB's rows (a programming or data error, not user input). */
export class WorkbookPlanError extends Error {
  override readonly name = 'WorkbookPlanError';
}
