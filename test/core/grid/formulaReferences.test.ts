import { rangeToA1 } from "../../../src/core/grid/address";
import {
  rangesSkippingText,
  aggregateOf,
  formulaRanges,
  formulaReferences,
  isAddingFormula,
  rowsReadInColumn,
} from "../../../src/core/grid/formulaReferences";

const ranges = (f: string) => formulaRanges(f).map(rangeToA1);

describe("formulaRanges: the cells a formula reads on its own sheet", () => {
  test("cells, ranges, and a chain of three points as the box around them", () => {
    expect(ranges("SUM(O10,O12,O15)")).toEqual(["O10", "O12", "O15"]);
    expect(ranges("SUM($O$10:O14)")).toEqual(["O10:O14"]);
    expect(ranges("SUM(O42:O45:O46)")).toEqual(["O42:O46"]);
    expect(ranges("SUM(N34:P34)+X1")).toEqual(["N34:P34", "X1"]);
  });

  test("other sheets, text in quotes, function and defined names are not read here", () => {
    expect(ranges("'TW I 2022'!N9+Data!B2+C3")).toEqual(["C3"]);
    expect(ranges("SUM(Sheet1:Sheet3!A1)+A2")).toEqual(["A2"]);
    expect(ranges("[1]Lain!C3*2")).toEqual([]);
    expect(ranges('IF(A1="B2","C3",PaguProgram1)+LOG10(D4)')).toEqual(["A1", "D4"]);
    expect(formulaReferences("'TW I 2022'!N9").map((r) => r.ownSheet)).toEqual([false]);
  });

  test("whole columns and rows are ranges, not listed row by row", () => {
    expect(ranges("SUM(O:O)")).toEqual(["O1:O1048576"]);
    expect(ranges("SUM(3:4)")).toEqual(["A3:XFD4"]);
    expect(rowsReadInColumn("SUM(O:O)", 14)).toEqual([]);
    expect(rowsReadInColumn("SUM(O10:O12,P20)+O20", 14)).toEqual([9, 10, 11, 19]);
  });
});

describe("aggregateOf: the shapes a parent adds its children up in", () => {
  const shape = (f: string) => {
    const a = aggregateOf(f);
    return a ? `${a.fn} ${a.ranges.map(rangeToA1).join(" ")}` : null;
  };

  test("SUM, SUBTOTAL, AVERAGE and references joined by +", () => {
    expect(shape("SUM(O10:O14)")).toBe("sum O10:O14");
    expect(shape("=SUM(O10, O12,O14)")).toBe("sum O10 O12 O14");
    expect(shape("SUBTOTAL(9,O10:O14)")).toBe("sum O10:O14");
    expect(shape("SUBTOTAL(109, O10:O14)")).toBe("sum O10:O14");
    expect(shape("AVERAGE(O10:O14)")).toBe("average O10:O14");
    expect(shape("SUBTOTAL(1,O10:O14)")).toBe("average O10:O14");
    expect(shape("O10+O12+O14")).toBe("sum O10 O12 O14");
    expect(shape("SUM(O10:O11)+SUM(O13:O14)+O20")).toBe("sum O10:O11 O13:O14 O20");
    expect(shape("SUM(O42:O45:O46)")).toBe("sum O42:O46");
  });

  test("anything else is not an aggregate", () => {
    for (const f of [
      "O10-O12",
      "O10*2",
      "SUM(O10:O14)/2",
      "AVERAGE(O10:O14)+O20",
      "SUM(O10:O14,5)",
      "SUM('TW I'!O10:O14)",
      "IFERROR(X34/H34*100,0)",
      "SUBTOTAL(2,O10:O14)",
      "",
    ])
      expect([f, aggregateOf(f)]).toEqual([f, null]);
  });

  test("isAddingFormula: SUM-like functions first, or references joined by + only", () => {
    expect(isAddingFormula("SUM(J36,J39)")).toBe(true);
    expect(isAddingFormula("SUBTOTAL(9,J36:J40)")).toBe(true);
    expect(isAddingFormula("J36+J39+(J40)")).toBe(true);
    expect(isAddingFormula("J36")).toBe(false);
    expect(isAddingFormula("J36-J39")).toBe(false);
    expect(isAddingFormula("IFERROR(X34/H34*100,0)")).toBe(false);
  });
});

describe("rangesSkippingText: what SUM and its kin read, where text adds nothing", () => {
  test.each([
    ["SUM(P14:P14)", ["P14"]],
    ["SUM(N14,P14,R14,T14)", ["N14", "P14", "R14", "T14"]],
    ["ROUND(SUM(A1:A2),0)+B1", ["A1:A2"]],
    ["IF(C1>0,SUBTOTAL(9,N8:N20),0)", ["N8:N20"]],
    ["N14+P14", []],
    ["SUM('TW I'!A1:A3)", []],
    ['SUM(A1:A2)&"(B1)"', ["A1:A2"]],
  ])("%s", (formula, ranges) => {
    expect(rangesSkippingText(formula).map(rangeToA1)).toEqual(ranges);
  });
});
