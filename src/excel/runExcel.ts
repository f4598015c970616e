/**
 * The shape of `Excel.run` the adapter needs. Production passes `Excel.run`; tests pass the in-memory Excel's run.
 */
export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
