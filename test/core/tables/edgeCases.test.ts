import { capaianKinerja } from "../../../src/core/formulas";
import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { buildDataPendukungTemplate, readDataPendukung } from "../../../src/core/tables/dataPendukung";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { cellOf, evaluateCell } from "./formulaEval";
import { indikator, model, program, sasaran, tujuan } from "./factory";
import { captions, sheet, sideNotes, table, valueAt } from "./specHelpers";
import { buildLkjip } from "../../../src/core/tables/buildLkjip";

describe("unusual sheets", () => {
  const m = model([
    tujuan("Tujuan tanpa sasaran", []),
    tujuan("Tujuan A", [
      sasaran("Sasaran tanpa indikator dan program", [], []),
      sasaran(
        "Sasaran dengan indeks",
        [indikator("Indeks Kepuasan Masyarakat", "84.17", "83.29", false)],
        [program("Program tanpa pagu", null, null), program("Program Pelayanan", 0, 0)],
      ),
    ]),
  ]);
  m.triwulan = 2;
  const specs = buildLkjipSheets({ model: m, findings: [], dataPendukung: null, options: { efisiensi: "pmk" } });

  it("still builds every sheet and numbers the tables", () => {
    expect(specs.map((s) => s.name)).toEqual([
      "LKjIP Bab II",
      "LKjIP SS I",
      "LKjIP SS II",
      "LKjIP Realisasi Anggaran",
      "Hasil Pemeriksaan",
    ]);
    expect(captions(sheet(specs, "LKjIP Realisasi Anggaran")).map((c) => c.nomor)).toEqual(["3.17"]);
  });

  it("says in the title that a Triwulan II sheet is not a full year", () => {
    expect(valueAt(sheet(specs, "LKjIP SS I"), 0, 0)).toBe(
      "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2021 (s.d. Triwulan II; realisasi belum mencakup setahun penuh)",
    );
  });

  it("every formula still evaluates to its cached result", () => {
    let n = 0;
    for (const spec of specs) {
      for (const { row, col, cell } of spec.cells) {
        if (cell.formula === undefined) continue;
        n++;
        const v = evaluateCell(spec, row, col);
        if (typeof cell.result === "number") expect(v).toBeCloseTo(cell.result, 12);
        else expect(v).toBe(cell.result);
      }
    }
    expect(n).toBeGreaterThan(5);
  });

  it("writes a non-percentage indikator as a number and still computes its capaian", () => {
    const ss2 = sheet(specs, "LKjIP SS II");
    const t = table(ss2, "3.9");
    expect(cellOf(ss2, t.firstData, 2)).toMatchObject({ value: 84.17, numFmt: "#,##0.00" });
    expect(cellOf(ss2, t.firstData, 4)?.result).toBe(capaianKinerja("83.29", "84.17").div(100).toNumber());
  });

  it("a zero pagu gives an empty capaian anggaran and no efisiensi, and says why", () => {
    const ss2 = sheet(specs, "LKjIP SS II");
    const t5 = table(ss2, "3.13");
    expect(cellOf(ss2, t5.firstData, 7)?.value ?? null).toBeNull();
    expect(cellOf(ss2, t5.firstData, 7)?.formula).toBeUndefined();
    const t6 = table(ss2, "3.14");
    expect(cellOf(ss2, t6.firstData, 4)?.formula).toBeUndefined();
    expect(cellOf(ss2, t6.firstData, 3)?.value ?? null).toBeNull();
    const beside = sideNotes(ss2).join("\n");
    expect(beside).toContain(
      "Tabel 3.13: Capaian Anggaran tidak dihitung: jumlah pagu program sasaran ini 0 di lembar sumber.",
    );
    expect(beside).toContain("Tabel 3.14: Efisiensi tidak dihitung");
  });

  it("a sasaran without indikator or program gets one empty row and a note beside it", () => {
    const ss1 = sheet(specs, "LKjIP SS I");
    const t = table(ss1, "3.4");
    expect(cellOf(ss1, t.firstData, 0)?.value).toBe("Sasaran tanpa indikator dan program");
    expect(sideNotes(ss1).join("\n")).toContain("Tabel 3.4: sasaran ini tidak memiliki program di lembar sumber.");
    // No program: no share, an empty cell (not a formula giving 0,00%).
    expect(cellOf(ss1, t.firstData, 4)?.formula).toBeUndefined();
    expect(evaluateCell(ss1, t.firstData, 4)).toBeNull();
  });

  it("the Data Pendukung template of such a sheet reads back without findings", () => {
    const { data, findings } = readDataPendukung(specToGrid(buildDataPendukungTemplate(m)));
    expect(findings).toEqual([]);
    expect(data.indikator.map((d) => d.indikator)).toEqual(["Indeks Kepuasan Masyarakat"]);
  });

  it("an indikator without a name prints an empty cell until the officer names it in Data Pendukung", () => {
    const unnamed = indikator("", 55, "3.8");
    const m2 = model([tujuan("T", [sasaran("S", [unnamed], [program("P", 100, 50)])])]);
    const first = buildLkjip({ model: m2, findings: [], dataPendukung: null });
    const before = sheet(first.specs, "LKjIP SS I");
    expect(cellOf(before, table(before, "3.1").firstData, 1)?.value ?? null).toBeNull();
    const named = first.findings.find((f) => f.message.includes("nama indikator kosong"))!;
    expect(named.sheet).toBe("Data Pendukung");
    // The template leaves the name to fill; the officer names the indikator and fills a value.
    const grid = specToGrid(buildDataPendukungTemplate(m2));
    expect(named.cell).toMatch(/^C\d+$/);
    const row = Number(named.cell.slice(1)) - 1;
    grid.cells[row][2] = { value: "Persentase kasus yang diselesaikan" };
    const header = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Target Akhir Renstra"));
    const col = grid.cells[header].findIndex((c) => c?.value === "Target Akhir Renstra");
    grid.cells[row][col] = { value: 0.7, numFmt: "0.00%" };
    const { data, findings } = readDataPendukung(grid);
    expect(findings).toEqual([]);
    const after = buildLkjip({ model: m2, findings: [], dataPendukung: data });
    const ss1 = sheet(after.specs, "LKjIP SS I");
    const t = table(ss1, "3.3");
    expect(cellOf(ss1, t.firstData, 1)?.value).toBe("Persentase kasus yang diselesaikan");
    expect(cellOf(ss1, t.firstData, 2)?.value).toBe(0.7);
    expect(after.findings.filter((f) => f.message.includes("nama indikator kosong"))).toEqual([]);
    expect(after.findings.filter((f) => f.rule === "data-pendukung-uncertain")).toEqual([]);
  });
});
