import { columnSettingKey, parseColumnMap, serialiseColumnMap } from "../../src/core/workbook/columnSettings";
import { overallProgress } from "../../src/taskpane/progress";

describe("column corrections setting", () => {
  it("round-trips a column map under a per-sheet key", () => {
    expect(columnSettingKey("TW IV")).toBe("columns:TW IV");
    const text = serialiseColumnMap({ pagu: 13, kode: 12 });
    expect(parseColumnMap(text)).toEqual({ pagu: 13, kode: 12 });
  });

  it("saves no corrections as empty text and reads it back as none", () => {
    expect(serialiseColumnMap({})).toBe("");
    expect(parseColumnMap("")).toEqual({});
  });

  it.each(["{pagu: 13}", "[13]", '{"pagu": -1}', '{"pagu": 1.5}', '{"jumlah": 3}', '"13"', "null"])(
    "rejects %s rather than guess",
    (text) => {
      expect(parseColumnMap(text)).toBeNull();
    },
  );
});

describe("overall progress", () => {
  it("gives each phase an equal third and fills it by work done", () => {
    expect(overallProgress({ phase: "membaca", done: 0, total: 0 })).toBe(0);
    expect(overallProgress({ phase: "membaca", done: 1, total: 2 })).toBeCloseTo(1 / 6);
    expect(overallProgress({ phase: "memeriksa", done: 0, total: 0 })).toBeCloseTo(1 / 3);
    expect(overallProgress({ phase: "menulis", done: 3, total: 3 })).toBe(1);
    expect(overallProgress({ phase: "menulis", done: 5, total: 3 })).toBe(1);
  });
});
