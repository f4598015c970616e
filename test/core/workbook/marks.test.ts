import {
  markFormula,
  markSubject,
  markText,
  parseMark,
  placeMarks,
  PositionedMark,
  SheetMark,
} from "../../../src/core/workbook/marks";

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

  test("the subject (a sasaran's name) survives after the sheet's name, `#`, `:`, `|` and quotes in either", () => {
    const subject = markSubject('Meningkatnya "Kualitas": Layanan | #1');
    const about = { ...mark, sheet: "SS #2 | x", subject };
    expect(markText(about)).toBe(
      `lkjip-excel|2|lkjip-table|LKjIP SS I|00a1b2c3d4e5f6|@SS%20%232%20%7C%20x|#${subject.hash}:` +
        "Meningkatnya%20%22Kualitas%22%3A%20Layanan%20%7C%20%231",
    );
    expect(parseMark(markFormula(about))).toEqual(about);
    // A mark written before subjects were recorded has none.
    expect(parseMark(markText({ ...mark, sheet: "LKjIP SS I" }))).not.toHaveProperty("subject");
  });

  test("a long subject is cut, with `…`, so that the mark stays within Excel's 255 characters; its hash is whole", () => {
    const long =
      "Meningkatnya Kualitas Tata Kelola Pemerintahan Daerah yang Akuntabel, Transparan dan Partisipatif ".repeat(3);
    const about = { ...mark, sheet: "LKjIP Tabel 3.10-3.16 (2)", subject: markSubject(long) };
    expect(markText(about).length).toBeLessThanOrEqual(255);
    const read = parseMark(markFormula(about))!;
    expect(read.subject?.hash).toBe(markSubject(long).hash);
    expect(read.subject?.text).toMatch(/^Meningkatnya Kualitas Tata Kelola .*…$/);
    expect(long.startsWith(read.subject!.text.slice(0, -1))).toBe(true);
    // Emoji are not cut in half.
    const emoji = { ...about, subject: markSubject("😀".repeat(200)) };
    expect(parseMark(markText(emoji))?.subject?.text).toMatch(/^(😀)+…$/u);
  });

  test("anything that is not ours is null", () => {
    expect(parseMark('"hello"')).toBeNull();
    expect(parseMark("Sheet1!$A$1")).toBeNull();
    expect(parseMark('"lkjip-excel|1|lkjip-table|X|ff"')).toBeNull();
    expect(parseMark('"lkjip-excel|2|chart|X|ff"')).toBeNull();
  });
});

describe("placeMarks: each mark on the sheet it was written to", () => {
  const table = (key: string, sheet?: string): SheetMark => ({
    kind: "lkjip-table",
    key,
    fingerprint: "f",
    ...(sheet === undefined ? {} : { sheet }),
  });
  const placed = (names: string[], found: PositionedMark[]) =>
    [...placeMarks(names, found)].sort(([a], [b]) => a - b).map(([i, m]) => [names[i], m.key]);

  it("by position when the mark names its own sheet, or no sheet (marks written before they named it)", () => {
    const names = ["TW IV", "LKjIP SS I", "LKjIP SS II"];
    const found = [
      { position: 1, mark: table("LKjIP SS I", "LKjIP SS I") },
      { position: 2, mark: table("LKjIP SS II") },
    ];
    expect(placed(names, found)).toEqual([
      ["LKjIP SS I", "LKjIP SS I"],
      ["LKjIP SS II", "LKjIP SS II"],
    ]);
  });

  it("on the sheet it names when a sheet put in front left every mark on the sheet before its own", () => {
    const names = ["Sampul", "TW IV", "LKjIP SS I", "LKjIP SS II", "Data Pendukung"];
    const found = [
      { position: 1, mark: table("LKjIP SS I", "LKjIP SS I") },
      { position: 2, mark: table("LKjIP SS II", "LKjIP SS II") },
      { position: 3, mark: { kind: "data-pendukung", key: "Data Pendukung", fingerprint: "" } as SheetMark },
    ];
    // The source sheet TW IV gets none; a mark naming no sheet stays where no other mark went.
    expect(placed(names, found)).toEqual([
      ["LKjIP SS I", "LKjIP SS I"],
      ["LKjIP SS II", "LKjIP SS II"],
    ]);
  });

  it("a sheet renamed since, or a copy made in Excel, keeps the mark its position gives", () => {
    const names = ["LKjIP SS I", "Capaian SS I", "LKjIP SS I (2)"];
    const found = [
      { position: 0, mark: table("LKjIP SS I", "LKjIP SS I") },
      { position: 1, mark: table("LKjIP SS II", "LKjIP SS II") },
      { position: 2, mark: table("LKjIP SS I", "LKjIP SS I") },
    ];
    expect(placed(names, found)).toEqual([
      ["LKjIP SS I", "LKjIP SS I"],
      ["Capaian SS I", "LKjIP SS II"],
      ["LKjIP SS I (2)", "LKjIP SS I"],
    ]);
  });
});
