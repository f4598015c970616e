import { shiftFormula, tidyFormula } from "../../../src/file/xlsx/formulaText";

describe("shiftFormula: a shared formula in the cell `rows` down and `cols` right of its master", () => {
  test("relative references move, absolute parts stay", () => {
    expect(shiftFormula("B2*2", 3, 0)).toBe("B5*2");
    expect(shiftFormula("B2*2", 0, 2)).toBe("D2*2");
    expect(shiftFormula("$B$2+B$2+$B2+B2", 1, 1)).toBe("$B$2+C$2+$B3+C3");
  });

  test("ranges, whole columns and whole rows", () => {
    expect(shiftFormula("SUM(J9:J14)", 1, 0)).toBe("SUM(J10:J15)");
    expect(shiftFormula("SUM(J9:J14)", 0, 1)).toBe("SUM(K9:K14)");
    expect(shiftFormula("SUM(A:B)", 5, 1)).toBe("SUM(B:C)");
    expect(shiftFormula("SUM($A:B)", 5, 1)).toBe("SUM($A:C)");
    expect(shiftFormula("SUM(3:4)", 2, 7)).toBe("SUM(5:6)");
    expect(shiftFormula("SUM($3:4)", 2, 7)).toBe("SUM($3:6)");
    expect(shiftFormula("COUNTA(A:A)-COUNTA(1:1)", 1, 1)).toBe("COUNTA(B:B)-COUNTA(2:2)");
  });

  test("other-sheet references shift, sheet names stay, quoted or not", () => {
    expect(shiftFormula("'TW I 2022'!N9+Data!B2", 1, 0)).toBe("'TW I 2022'!N10+Data!B3");
    expect(shiftFormula("'Bab ''II'''!A1", 0, 1)).toBe("'Bab ''II'''!B1");
    expect(shiftFormula("SUM(Sheet1:Sheet3!A1)", 1, 0)).toBe("SUM(Sheet1:Sheet3!A2)");
    expect(shiftFormula("[1]Lain!C3*2", 2, 0)).toBe("[1]Lain!C5*2");
  });

  test("functions, names, strings, numbers, booleans and errors are not references", () => {
    expect(shiftFormula("LOG10(A1)+ATAN2(B1,C1)", 1, 0)).toBe("LOG10(A2)+ATAN2(B2,C2)");
    expect(shiftFormula('IF(A1="B2","C3",PaguProgram1)', 1, 0)).toBe('IF(A2="B2","C3",PaguProgram1)');
    expect(shiftFormula("A1*1.5E+3+TRUE", 1, 0)).toBe("A2*1.5E+3+TRUE");
    expect(shiftFormula("IFERROR(A1,#N/A)+#REF!", 1, 0)).toBe("IFERROR(A2,#N/A)+#REF!");
    expect(shiftFormula("Tabel1[[#This Row],[Pagu]]*A1", 1, 0)).toBe("Tabel1[[#This Row],[Pagu]]*A2");
    expect(shiftFormula("XFE1+A1", 1, 0)).toBe("XFE1+A2");
  });

  test("a reference moved off the sheet becomes #REF!, as in Excel", () => {
    expect(shiftFormula("A1048576+XFD1", 1, 0)).toBe("#REF!+XFD2");
    expect(shiftFormula("XFD1", 0, 1)).toBe("#REF!");
  });

  test("storage prefixes of newer functions are dropped", () => {
    expect(shiftFormula("_xlfn.IFS(A1>0,1)+_xlfn._xlws.SORT(B1:B3)", 1, 0)).toBe("IFS(A2>0,1)+SORT(B2:B4)");
  });
});

describe("tidyFormula", () => {
  test("keeps the text but for the prefixes Excel does not show", () => {
    expect(tidyFormula("SUM(J9:J14)")).toBe("SUM(J9:J14)");
    expect(tidyFormula("_xlfn.XLOOKUP(A1,B:B,C:C)")).toBe("XLOOKUP(A1,B:B,C:C)");
    expect(tidyFormula("_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2)(3)")).toBe("LAMBDA(x,x*2)(3)");
    expect(tidyFormula('"_xlfn.IFS(" & A1')).toBe('"_xlfn.IFS(" & A1');
  });
});
