import { RunExcel } from "./runExcel";

/** Runs a batch on the context an event handler was registered with (production: `Excel.run(context, batch)`). */
export type RunOnContext = (
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>,
) => Promise<void>;

/**
 * Call `onChange` when the user edits one of these worksheets (Worksheet.onChanged, ExcelApi 1.7). Sheets that do
 * not exist are skipped. Resolves to the function that removes the handlers again.
 */
export async function watchWorksheets(
  run: RunExcel,
  names: string[],
  onChange: (sheet: string) => void,
  runOn: RunOnContext,
): Promise<() => Promise<void>> {
  const handlers = await run(async (context) => {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    for (const sheet of sheets) sheet.load("isNullObject");
    await context.sync();
    const added = sheets.flatMap((sheet, i) =>
      sheet.isNullObject
        ? []
        : [
            sheet.onChanged.add(async () => {
              onChange(names[i]);
            }),
          ],
    );
    await context.sync();
    return added;
  });
  // Every handler was added in the one batch above, so they share its context.
  return async () => {
    if (handlers.length === 0) return;
    await runOn(handlers[0].context, async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    });
  };
}
