import { markFormula, markText, parseMark } from "../../../src/core/workbook/marks";

describe("sheet marks", () => {
  const mark = { kind: "lkjip-table" as const, key: "LKjIP SS I", fingerprint: "00a1b2c3d4e5f6" };

  test("round-trip through the name's formula as each host returns it", () => {
    expect(parseMark(markFormula(mark))).toEqual(mark);
    expect(parseMark(`=${markFormula(mark)}`)).toEqual(mark);
    expect(parseMark(markText(mark))).toEqual(mark);
  });

  test("a key holding | and quotes survives", () => {
    const odd = { kind: "hasil-pemeriksaan" as const, key: 'A|B "x"', fingerprint: "ff" };
    expect(markFormula(odd)).toBe('"lkjip-excel|2|hasil-pemeriksaan|A|B ""x""|ff"');
    expect(parseMark(markFormula(odd))).toEqual(odd);
  });

  test("the name a table was written under survives, `|`, quotes and all, beside a key holding `|`", () => {
    const named = { ...mark, sheet: 'LKjIP SS I | "final" (2)' };
    expect(parseMark(markFormula(named))).toEqual(named);
    expect(parseMark(`=${markFormula(named)}`)).toEqual(named);
    const odd = { kind: "lkjip-table" as const, key: "A|B", fingerprint: "ff", sheet: "A|B" };
    expect(markText(odd)).toBe("lkjip-excel|2|lkjip-table|A|B|ff|@A%7CB");
    expect(parseMark(markText(odd))).toEqual(odd);
    // A mark written before the name was recorded has none.
    expect(parseMark('"lkjip-excel|2|lkjip-table|LKjIP SS I|ff"')).toEqual({
      kind: "lkjip-table",
      key: "LKjIP SS I",
      fingerprint: "ff",
    });
  });

  test("anything that is not ours is null", () => {
    expect(parseMark('"hello"')).toBeNull();
    expect(parseMark("Sheet1!$A$1")).toBeNull();
    expect(parseMark('"lkjip-excel|1|lkjip-table|X|ff"')).toBeNull();
    expect(parseMark('"lkjip-excel|2|chart|X|ff"')).toBeNull();
  });
});
