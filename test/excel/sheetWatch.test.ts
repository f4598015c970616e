import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { RunExcel } from "../../src/excel/runExcel";

/** Just enough of Office's event API: Worksheet.onChanged.add / EventHandlerResult.remove, on existing sheets. */
function eventHost(existing: string[]) {
  const handlers = new Map<string, ((args: unknown) => Promise<unknown>)[]>();
  const removed: string[] = [];
  const context = {
    sync: async () => undefined,
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => ({
          isNullObject: !existing.includes(name),
          load: () => undefined,
          onChanged: {
            add: (handler: (args: unknown) => Promise<unknown>) => {
              handlers.set(name, [...(handlers.get(name) ?? []), handler]);
              return {
                context,
                remove: () => {
                  handlers.set(name, (handlers.get(name) ?? []).filter((h) => h !== handler));
                  removed.push(name);
                },
              };
            },
          },
        }),
      },
    },
  };
  const run = (async (batch: (c: unknown) => Promise<unknown>) => batch(context)) as unknown as RunExcel;
  const edit = async (name: string) => {
    for (const h of handlers.get(name) ?? []) await h({ worksheetId: name, address: "N12" });
  };
  return { run, edit, handlers, removed };
}

describe("watching the source sheets (Worksheet.onChanged)", () => {
  it("calls back with the sheet the user edited, skips sheets that are gone, and stops on request", async () => {
    const host = eventHost(["TW I", "TW IV"]);
    const wb = new OfficeWorkbook(host.run);
    const changed: string[] = [];
    const stop = await wb.watchSheets(["TW I", "TW IV", "Hilang"], (sheet) => changed.push(sheet));
    expect([...host.handlers.keys()]).toEqual(["TW I", "TW IV"]);
    await host.edit("TW IV");
    expect(changed).toEqual(["TW IV"]);
    await stop();
    expect(host.removed).toEqual(["TW I", "TW IV"]);
    await host.edit("TW IV");
    expect(changed).toEqual(["TW IV"]);
  });

  it("watches nothing on a host without events (ExcelApi 1.7)", async () => {
    const host = eventHost(["TW IV"]);
    const wb = new OfficeWorkbook(host.run, { isSetSupported: (_set, version) => version !== "1.7" });
    await wb.watchSheets(["TW IV"], () => undefined);
    expect(host.handlers.size).toBe(0);
  });
});
