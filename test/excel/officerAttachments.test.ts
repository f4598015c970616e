import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { sheetsWithOfficerAttachments } from "../../src/excel/officerAttachments";
import { createInMemoryExcel } from "./inMemoryExcel";

function workbook() {
  const sheets = ["Satu", "Dua", "Tiga", "Empat"].map((name) => gridFromRows(name, [["isi"]]));
  return createInMemoryExcel({ sheets });
}

describe("sheetsWithOfficerAttachments", () => {
  test("finds the sheets holding a chart, a shape or a comment in one request", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const satu = sheets.getItem("Satu");
      satu.charts.add("Line", satu.getRange("A1:A2"));
      sheets.getItem("Tiga").shapes.addGeometricShape("Rectangle");
      sheets.getItem("Empat").comments.add("A1", "catatan petugas");
    });
    excel.stats.reset();
    const attached = await excel.run((context) =>
      sheetsWithOfficerAttachments(context, ["Satu", "Dua", "Tiga", "Empat"]),
    );
    expect([...attached]).toEqual(["Satu", "Tiga", "Empat"]);
    expect(excel.stats.syncs).toBe(1);
  });

  test("asks nothing when no sheet is named", async () => {
    const excel = workbook();
    expect(await excel.run((context) => sheetsWithOfficerAttachments(context, []))).toEqual(new Set());
    expect(excel.stats.syncs).toBe(0);
  });

  test("what the host's ExcelApi cannot count is not asked for", async () => {
    const excel = workbook();
    await excel.run(async (context) => context.workbook.worksheets.getItem("Dua").comments.add("A1", "catatan"));
    const asked: string[] = [];
    const supports = (_set: string, version: string) => {
      asked.push(version);
      return version !== "1.10";
    };
    const attached = await excel.run((context) => sheetsWithOfficerAttachments(context, ["Dua"], supports));
    expect(attached).toEqual(new Set());
    expect(asked).toContain("1.10");
  });
});
