import { buildLkjip } from "../../../src/core/tables/buildLkjip";
import { buildDataPendukungTemplate, readDataPendukung } from "../../../src/core/tables/dataPendukung";
import { findDataPendukungHeader } from "../../../src/core/tables/dataPendukungReader";
import { planDataPendukungAdditions } from "../../../src/core/tables/dataPendukungAdditions";
import { matchDataPendukung } from "../../../src/core/tables/dataPendukungMatch";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { seedModel } from "./factory";
import { sheet } from "./specHelpers";

describe("rows a run appends to Data Pendukung", () => {
  it("are the cells the tables' notes and findings name for an item that had no row, never A1", () => {
    // Data Pendukung made before the source had its last program: this run appends a row for it.
    const earlier = seedModel();
    const sasaran = earlier.tujuan[2].sasaran[0];
    sasaran.program = sasaran.program.slice(0, -1);
    const grid = specToGrid(buildDataPendukungTemplate(earlier));
    const { data } = readDataPendukung(grid);
    const model = seedModel();
    const added = model.tujuan[2].sasaran[0].program.at(-1)!;
    const plan = planDataPendukungAdditions(model, grid, matchDataPendukung(model, data, "Data Pendukung"));
    const cell = plan.cells.programDana(added);
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    expect(plan.spec?.cells.some((c) => `${String.fromCharCode(65 + c.col)}${c.row + 1}` === cell)).toBe(true);

    const built = buildLkjip({ model, findings: [], dataPendukung: data, appended: plan.cells });
    const tabel22 = sheet(built.specs, "LKjIP Bab II");
    const notes = tabel22.cells.map((c) => String(c.cell.value ?? "")).filter((t) => t.includes("sumber dana"));
    expect(notes.some((t) => t.includes(`Data Pendukung!${cell}`))).toBe(true);
    const everything = [
      ...built.specs.flatMap((s) => s.cells.map((c) => String(c.cell.value ?? ""))),
      ...built.findings.map((f) => f.message),
    ];
    expect(everything.filter((t) => t.includes("Data Pendukung!A1"))).toEqual([]);
  });
});

describe("a line the officer typed under a Data Pendukung table (`Catatan petugas: …` in the NO column)", () => {
  it("is no entry: no program without a name, and the programs read are the template's", () => {
    const model = seedModel();
    const grid = specToGrid(buildDataPendukungTemplate(model));
    const before = readDataPendukung(grid).data.program ?? [];
    // The row under the program table's last row, in its first (NO) column.
    const last = Math.max(...before.map((p) => p.row ?? 0));
    grid.cells[last + 1] = [{ value: "Catatan petugas: sumber dana program 2 dikonfirmasi ke BPKAD" }];
    grid.rowCount = Math.max(grid.rowCount, last + 2);
    const after = readDataPendukung(grid).data.program ?? [];
    expect(after.map((p) => p.program)).toEqual(before.map((p) => p.program));
    expect(after.some((p) => p.program === "")).toBe(false);
    // A row number typed alone is still an entry's start (an officer's new row), not a note.
    grid.cells[last + 1] = [{ value: "7" }];
    expect((readDataPendukung(grid).data.program ?? []).length).toBe(before.length + 1);
  });
});

describe("a note beside an entry of the indikator table that says `indikator` (the officer's, or ours about a row that matched nothing)", () => {
  it("is no second header: the entries below it are read in their own columns", () => {
    const model = seedModel();
    const grid = specToGrid(buildDataPendukungTemplate(model));
    const { data } = readDataPendukung(grid);
    const first = data.indikator[0];
    const row = first.row as number;
    // The entry gets an analysis and a target; a note right of the table names the word `indikator`.
    const cells = grid.cells[row] ?? (grid.cells[row] = []);
    const header = findDataPendukungHeader(grid)!;
    cells[header.columns.analisis as number] = { value: "Analisis petugas" };
    cells[header.columns.targetTahunLalu as number] = { value: 0.8 };
    cells[(header.columns.programPenunjang as number) + 1] = { value: "cek lagi nama indikator ini dengan Renstra" };
    grid.colCount = Math.max(grid.colCount, cells.length);
    const again = readDataPendukung(grid).data;
    expect(again.indikator.map((i) => i.indikator)).toEqual(data.indikator.map((i) => i.indikator));
    expect(again.indikator[0].analisis).toBe("Analisis petugas");
  });
});
