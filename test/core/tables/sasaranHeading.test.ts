import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { sasaranHeading } from "../../../src/core/tables/text";
import { indikator, kegiatan, model, program, sasaran, tujuan } from "./factory";
import { sheet } from "./specHelpers";

describe("the heading of a sasaran's tables", () => {
  it("names the sasaran after a colon, and ends at its number when the sheet names none", () => {
    expect(sasaranHeading("II", "Meningkatnya Kualitas Pelayanan")).toBe(
      "Sasaran Strategis II: Meningkatnya Kualitas Pelayanan",
    );
    expect(sasaranHeading("I", "")).toBe("Sasaran Strategis I");
    expect(sasaranHeading("I", "  ")).toBe("Sasaran Strategis I");
  });

  it("a source without sasaran names prints no bare colon on the sheet's chapter line", () => {
    const m = model([
      tujuan("", [
        sasaran("", [indikator("Nilai SAKIP", 80, 78)], [program("PROGRAM A", 100, 90, [kegiatan("K", 100, 90)])]),
      ]),
    ]);
    const ss = sheet(buildLkjipSheets({ model: m, findings: [], dataPendukung: null }), "LKjIP SS I");
    const texts = ss.cells.map((c) => c.cell.value).filter((v): v is string => typeof v === "string");
    expect(texts.filter((t) => t.includes("Sasaran Strategis I"))).not.toEqual([]);
    expect(texts.filter((t) => /Sasaran Strategis I:\s*$/.test(t))).toEqual([]);
  });
});
