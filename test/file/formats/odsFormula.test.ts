import { excelReferences, hasBracketReference } from "../../../src/file/formats/odsFormula";

describe("OpenDocument references left by SheetJS, the Excel way", () => {
  test.each([
    ["SUM(['TW IV 2022'.N8:.N10])", "SUM('TW IV 2022'!N8:N10)"],
    ["['TW IV 2022'.$N$8]*2", "'TW IV 2022'!$N$8*2"],
    ["[$Data.B2]+[Data.C3:Data.D4]", "'Data'!B2+'Data'!C3:D4"],
    ["[.A1]+[.B1:.B3]", "A1+B1:B3"],
    ["SUM(['O''Brien'.A1:.A2])", "SUM('O''Brien'!A1:A2)"],
    ['IF(A1="[x.A1]";1;0)', 'IF(A1="[x.A1]";1;0)'],
    ["SUM(N8:N10)", "SUM(N8:N10)"],
  ])("%s → %s", (ods, excel) => {
    expect(excelReferences(ods)).toBe(excel);
    expect(hasBracketReference(excelReferences(ods))).toBe(false);
  });

  test("a range over two sheets has no Excel form: it stays, and is known as such", () => {
    const f = "SUM([Sheet1.A1:Sheet2.A3])";
    expect(excelReferences(f)).toBe(f);
    expect(hasBracketReference(f)).toBe(true);
    expect(hasBracketReference("[1]Data!A1")).toBe(true);
  });
});
