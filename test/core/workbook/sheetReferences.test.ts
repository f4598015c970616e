import { namesSheet, sheetReferenceForms, sheetsReferring } from "../../../src/core/workbook/sheetReferences";

describe("how a formula names a sheet", () => {
  test("quoted always, a quote inside doubled; bare only where Excel needs no quotes", () => {
    expect(sheetReferenceForms("LKjIP SS IV")).toEqual(["'LKjIP SS IV'!", "'LKjIP SS IV:", ":LKjIP SS IV'!"]);
    expect(sheetReferenceForms("Tabel3")).toEqual(["'Tabel3'!", "'Tabel3:", ":Tabel3'!", "Tabel3!"]);
    expect(sheetReferenceForms("Rekap O'Neil")).toEqual(["'Rekap O''Neil'!", "'Rekap O''Neil:", ":Rekap O''Neil'!"]);
  });

  test("an end of a 3-D range names the sheet; a sheet between its ends is not looked for", () => {
    expect(namesSheet("SUM('LKjIP SS I:LKjIP SS IV'!E10)", "LKjIP SS IV")).toBe(true);
    expect(namesSheet("SUM('LKjIP SS I:LKjIP SS IV'!E10)", "LKjIP SS I")).toBe(true);
    expect(namesSheet("SUM('LKjIP SS I:LKjIP SS IV'!E10)", "LKjIP SS II")).toBe(false);
  });

  test("only the officer's sheets that name a target are listed, each under every target it names", () => {
    const formulas: Record<string, string[]> = {
      Rekap: ["='LKjIP SS IV'!E10", "=Tabel3!A1+1"],
      Catatan: ["=SUM(A1:A3)"],
      Grafik: ["='LKjIP SS IV'!B2"],
    };
    const sheets = Object.entries(formulas).map(([name, list]) => ({
      name,
      holds: (form: string) => list.some((f) => f.includes(form)),
    }));
    const found = sheetsReferring(["LKjIP SS IV", "Tabel3", "LKjIP SS II"], sheets);
    expect([...found]).toEqual([
      ["LKjIP SS IV", ["Rekap", "Grafik"]],
      ["Tabel3", ["Rekap"]],
    ]);
  });

  test("a name that only starts like the target is no reference to it", () => {
    const sheets = [{ name: "Rekap", holds: (form: string) => "='LKjIP SS IV (2)'!E10".includes(form) }];
    expect(sheetsReferring(["LKjIP SS IV"], sheets).size).toBe(0);
  });
});
