import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { createInMemoryExcel } from "./inMemoryExcel";
import { referencedValue } from "./fake/references";

const workbook = () =>
  createInMemoryExcel({
    sheets: [gridFromRows("Data", [["a", 1]]), gridFromRows("Ringkasan", [[{ value: null, formula: "Data!B1" }]])],
  });

describe("in-memory Excel: sheet-scoped names (Worksheet.names)", () => {
  test('a name added with a text constant reads back as Excel returns it: formula `="…"`, value, type', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const names = context.workbook.worksheets.getItem("Data").names;
      names.add("_penanda", '="lkjip-excel|2|""kutip"""').visible = false;
      names.add("Angka", "=42");
      await context.sync();
      const item = names.getItem("_PENANDA");
      item.load("name, formula, value, type, visible");
      names.load("items/name, items/formula");
      await context.sync();
      expect([item.name, item.formula, item.value, item.type, item.visible]).toEqual([
        "_penanda",
        '="lkjip-excel|2|""kutip"""',
        'lkjip-excel|2|"kutip"',
        "String",
        false,
      ]);
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([
        ["_penanda", '="lkjip-excel|2|""kutip"""'],
        ["Angka", "=42"],
      ]);
    });
    expect(excel.workbook.sheet("Ringkasan").names).toEqual([]);
  });

  test("a second name of the same spelling is refused; so is a name that looks like a cell; delete removes it", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").names.add("Pagu", "=1");
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").names.add("PAGU", "=2");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").names.add("AB12", "=2");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await excel.run(async (context) => {
      const names = context.workbook.worksheets.getItem("Data").names;
      names.getItem("pagu").delete();
      const gone = names.getItemOrNullObject("Pagu");
      gone.load("name");
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
  });
});

describe("in-memory Excel: what goes with a deleted sheet", () => {
  test("formulas pointing at it become #REF! and stay so when a sheet of that name comes back", async () => {
    const excel = workbook();
    const ringkasan = excel.workbook.sheet("Ringkasan");
    expect(referencedValue(excel.workbook.model, `=${ringkasan.peek(0, 0)?.formula}`)).toBe(1);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      context.workbook.worksheets.add("Data");
    });
    expect(ringkasan.peek(0, 0)?.formula).toBe("#REF!B1");
    expect(referencedValue(excel.workbook.model, "=#REF!B1")).toBe("#REF!");
  });
});

describe("in-memory Excel: filter buttons, page breaks, footer, drop-down lists, standard sizes", () => {
  test("each is applied at sync and can be removed again", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.autoFilter.apply(ws.getRange("A3:F40"));
      ws.horizontalPageBreaks.add("A20");
      ws.horizontalPageBreaks.add(ws.getRange("B8"));
      const footer = ws.pageLayout.headersFooters.defaultForAllPages;
      footer.leftFooter = "Dinas";
      footer.rightFooter = "Halaman &P";
      const list = ws.getRange("E9:E12").dataValidation;
      list.rule = { list: { inCellDropDown: true, source: "positif,negatif" } };
      list.errorAlert = { showAlert: false, style: "Stop", title: "", message: "" };
      ws.getRange("3:3").format.rowHeight = 30;
      ws.getRange("B:B").format.columnWidth = 100;
      const filter = ws.autoFilter.load("enabled");
      await context.sync();
      expect(filter.enabled).toBe(true);
    });
    const sheet = excel.workbook.sheet("Data");
    expect(sheet.autoFilter).toEqual({ top: 2, left: 0, bottom: 39, right: 5 });
    expect(sheet.pageLayout.rowBreaks).toEqual([7, 19]);
    expect(sheet.pageLayout.headersFooters).toMatchObject({ leftFooter: "Dinas", rightFooter: "Halaman &P" });
    expect(sheet.validations.get("10,4")).toEqual({
      type: "List",
      source: "positif,negatif",
      inCellDropDown: true,
      showAlert: false,
      alertStyle: "Stop",
    });
    expect(sheet.validations.size).toBe(4);

    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.autoFilter.remove();
      ws.horizontalPageBreaks.removePageBreaks();
      ws.getRange().dataValidation.clear();
      ws.getRange().format.useStandardHeight = true;
      ws.getRange().format.useStandardWidth = true;
    });
    expect(sheet.autoFilter).toBeNull();
    expect(sheet.pageLayout.rowBreaks).toEqual([]);
    expect(sheet.validations.size).toBe(0);
    expect(sheet.rowHeights.size + sheet.columnWidths.size).toBe(0);
  });

  test("a page break above row 1 and a validation alert without a rule are refused", async () => {
    const excel = workbook();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").horizontalPageBreaks.add("A1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").dataValidation.errorAlert = {
          showAlert: false,
          style: "Stop",
          title: "",
          message: "",
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
