import { ErrorScope, isOfficeError } from "./officeErrors";

/**
 * After Excel refused a write with AccessDenied, find which of the sheets in flight is protected, so the message
 * names that one rather than every sheet of the request. One extra request, on the error path only; if it fails
 * too, the scope stays as it was.
 */
export async function narrowToProtectedSheets(
  context: Excel.RequestContext,
  error: unknown,
  scope: ErrorScope,
): Promise<void> {
  if (!isOfficeError(error) || error.code !== "AccessDenied" || scope.sheets.length < 2) return;
  try {
    const probes = scope.sheets.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
    for (const probe of probes) probe.sheet.load("name");
    const protections = probes.map((probe) => ({
      name: probe.name,
      sheet: probe.sheet,
      protection: probe.sheet.protection,
    }));
    await context.sync();
    const live = protections.filter((p) => !p.sheet.isNullObject);
    for (const p of live) p.protection.load("protected");
    await context.sync();
    const locked = live.filter((p) => p.protection.protected).map((p) => p.name);
    if (locked.length > 0) scope.sheets = locked;
  } catch {
    // Keep the original error and scope: this probe only sharpens the message.
  }
}
