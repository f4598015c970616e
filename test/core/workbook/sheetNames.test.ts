import { MAX_SHEET_NAME, sanitiseSheetName, uniqueName } from "../../../src/core/workbook/sheetNames";

describe("sanitiseSheetName: a name Excel (and exceljs, SheetJS) accepts", () => {
  test("forbidden characters become '-', quotes and spaces go from both ends", () => {
    expect(sanitiseSheetName("TW [IV]: 2024/25?")).toBe("TW -IV-- 2024-25-");
    expect(sanitiseSheetName("'Rekap'")).toBe("Rekap");
    // Found by the writer's property test: the space went, the quote it hid stayed first.
    expect(sanitiseSheetName(" '!")).toBe("!");
    expect(sanitiseSheetName("! ' ")).toBe("!");
    expect(sanitiseSheetName(" ' ")).toBe("Lembar");
  });

  test("at most 31 characters, without a quote left at the cut; History is Excel's own", () => {
    const cut = sanitiseSheetName(`${"a".repeat(MAX_SHEET_NAME - 1)}'bc`);
    expect(cut).toBe("a".repeat(MAX_SHEET_NAME - 1));
    expect(sanitiseSheetName("history")).toBe("history (1)");
    expect(uniqueName("Data Pendukung", new Set(["data pendukung"]))).toBe("Data Pendukung (2)");
  });
});
