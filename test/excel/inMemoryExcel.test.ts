import { gridFromRows } from "../../src/core/grid/gridBuilder";
import type { RunExcel } from "../../src/excel/runExcel";
import { createInMemoryExcel } from "./inMemoryExcel";

// The production Excel.run must fit the adapter's RunExcel (checked by the compiler, erased at run time).
type ExcelRunFits = typeof Excel.run extends RunExcel ? true : false;
const excelRunFits: ExcelRunFits = true;

const sheet = () =>
  gridFromRows("Data", [
    ["a", 1],
    ["b", 2],
  ]);

describe("in-memory Excel: Office's proxy semantics", () => {
  test("Excel.run fits the adapter's run type", () => {
    expect(excelRunFits).toBe(true);
  });

  test("a property is readable only after load() and sync()", async () => {
    const excel = createInMemoryExcel({ sheets: [sheet()] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes are queued and applied at sync, in order", async () => {
    const excel = createInMemoryExcel({ sheets: [sheet()] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["x"]];
      expect(excel.workbook.cell("Data", 0, 0)?.value).toBe("a");
      range.numberFormat = [["@"]];
      range.values = [["007"]];
      await context.sync();
    });
    expect(excel.workbook.cell("Data", 0, 0)).toMatchObject({ value: "007", numFmt: "@" });
  });

  test("isNullObject is known only after a sync", async () => {
    const excel = createInMemoryExcel({ sheets: [sheet()] });
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Tidak Ada");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("getCellProperties answers after sync with only what was asked", async () => {
    const excel = createInMemoryExcel({
      sheets: [
        gridFromRows("S", [
          [
            { value: "Program", bold: true },
            { value: "Sub", indent: 2 },
          ],
        ]),
      ],
    });
    await excel.run(async (context) => {
      const result = context.workbook.worksheets
        .getItem("S")
        .getRange("A1:B1")
        .getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
      expect(() => result.value).toThrow();
      await context.sync();
      expect(result.value).toEqual([
        [{ format: { font: { bold: true }, indentLevel: 0 } }, { format: { font: { bold: false }, indentLevel: 2 } }],
      ]);
    });
  });

  test("merged areas: null object without merges, else their address and areas", async () => {
    const grid = gridFromRows(
      "M",
      [
        ["a", "", "b"],
        ["", "", "c"],
      ],
      [{ top: 0, left: 0, bottom: 1, right: 1 }],
    );
    const excel = createInMemoryExcel({ sheets: [grid, gridFromRows("Polos", [["x"]])] });
    await excel.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("M").getRange("A1:C2").getMergedAreasOrNullObject();
      merged.load("address");
      merged.areas.load("rowIndex, columnCount");
      const none = context.workbook.worksheets.getItem("Polos").getRange("A1:C2").getMergedAreasOrNullObject();
      none.load("address");
      await context.sync();
      expect(merged.isNullObject).toBe(false);
      expect(merged.address).toBe("M!A1:B2");
      expect(merged.areas.items.map((a) => [a.rowIndex, a.columnCount])).toEqual([[0, 2]]);
      expect(none.isNullObject).toBe(true);
    });
  });

  test("a 2-D array must match the range; a failed sync stops there", async () => {
    const excel = createInMemoryExcel({ sheets: [sheet()] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["only one"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.stats.requests[0].failed).toBe("InvalidArgument");
  });

  test("measures every request and refuses one above the payload limit", async () => {
    const excel = createInMemoryExcel({ sheets: [sheet()], limits: { maxBytes: 1_000 } });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.load("values");
      await context.sync();
    });
    const [first] = excel.stats.requests;
    expect(first.responseBytes).toBe(
      JSON.stringify({
        values: [
          ["a", 1],
          ["b", 2],
        ],
      }).length,
    );
    expect(first.cells).toBe(4);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:J10").values = Array.from({ length: 10 }, () =>
          new Array(10).fill("panjang"),
        );
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.workbook.cell("Data", 5, 5)).toBeUndefined();
  });

  test("Excel.run syncs what is still queued when the batch ends", async () => {
    const excel = createInMemoryExcel({ sheets: [sheet()] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tabColor = "#FF0000";
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.workbook.sheet("Data").tabColor).toBe("#FF0000");
  });

  test("a protected sheet refuses cell changes; the last visible sheet cannot go", async () => {
    const excel = createInMemoryExcel({ sheets: [{ grid: sheet(), protected: true }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
