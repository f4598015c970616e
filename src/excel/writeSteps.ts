import { ErrorScope } from "./officeErrors";
import { RequestBudget, STATEMENT_BYTES } from "./requestBudget";

/** A few statements queued together, with an estimate of what they add to a request. */
export interface WriteStep {
  bytes: number;
  /** Cells whose data the statements carry (bulk values and formats). */
  cells: number;
  /** The sheet they touch, to name it if Excel refuses. */
  sheet: string;
  apply: () => void;
}

/**
 * Queue the steps in order and sync only when the next one would take the request over the budget: ordinary output
 * goes in one request, large output in as few requests as the 5 MB limit allows. Screen updating is suspended for
 * each request. `onSynced` is told how many steps have reached Excel.
 */
export async function runWriteSteps(
  context: Excel.RequestContext,
  steps: WriteStep[],
  budget: RequestBudget,
  scope: ErrorScope,
  onSynced?: (stepsDone: number) => void,
): Promise<void> {
  context.application.suspendScreenUpdatingUntilNextSync();
  scope.sheets = [];
  let bytes = STATEMENT_BYTES;
  let cells = 0;
  let queued = 0;
  for (const [i, step] of steps.entries()) {
    if (queued > 0 && (bytes + step.bytes > budget.bytes || cells + step.cells > budget.cells)) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- syncs only when a request is full (5 MB on the web), not per step
      await context.sync();
      onSynced?.(i);
      context.application.suspendScreenUpdatingUntilNextSync();
      scope.sheets = [];
      bytes = STATEMENT_BYTES;
      cells = 0;
      queued = 0;
    }
    step.apply();
    scope.add(step.sheet);
    bytes += step.bytes;
    cells += step.cells;
    queued++;
  }
  await context.sync();
  onSynced?.(steps.length);
}

export function jsonBytes(v: unknown): number {
  return JSON.stringify(v).length;
}
