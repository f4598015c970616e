import { DATA_PENDUKUNG_SHEET } from "../../../src/core/model/dataPendukung";
import { Grid, GridCell } from "../../../src/core/grid/grid";
import { gridFromRows } from "../../../src/core/grid/gridBuilder";
import {
  buildDataPendukungTemplate,
  looksLikeDataPendukung,
  readDataPendukung,
} from "../../../src/core/tables/dataPendukung";
import { buildLkjip, buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { cellOf } from "./formulaEval";
import { IND1, IND2, IND4A, IND4B, seedModel, SS1, SS4 } from "./factory";
import { notesOf, sheet, table } from "./specHelpers";

/** The template as a workbook would give it back. */
function templateGrid(): Grid {
  return specToGrid(buildDataPendukungTemplate(seedModel()));
}

function find(grid: Grid, text: string): { row: number; col: number } {
  for (let r = 0; r < grid.rowCount; r++) {
    const c = (grid.cells[r] ?? []).findIndex((x) => x?.value === text);
    if (c >= 0) return { row: r, col: c };
  }
  throw new Error(`${text} not in grid`);
}

/** Put a cell as a user would type it, in the row of `indikator` under the header that starts with `header`. */
function fill(grid: Grid, indikator: string, header: string, cell: GridCell): string {
  const row = find(grid, indikator).row;
  const headerRow = find(grid, "Indikator Kinerja").row;
  const col = (grid.cells[headerRow] ?? []).findIndex(
    (x) => typeof x?.value === "string" && x.value.startsWith(header),
  );
  if (col < 0) throw new Error(`no header ${header}`);
  grid.cells[row][col] = cell;
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

function setLabelValue(grid: Grid, label: string, cell: GridCell): void {
  const { row, col } = find(grid, label);
  grid.cells[row][col + 2] = cell;
}

describe("Data Pendukung template", () => {
  const spec = buildDataPendukungTemplate(seedModel());

  it("is the data-pendukung sheet with an instruction listing the polaritas words", () => {
    expect(spec.name).toBe(DATA_PENDUKUNG_SHEET);
    expect(spec.kind).toBe("data-pendukung");
    const instruction = cellOf(spec, 1, 0)?.value as string;
    for (const w of ["positif", "negatif", "negatif-b", "stabil"]) expect(instruction).toContain(w);
  });

  it("prefills every indikator of the model with polaritas positif; input cells are marked and filled", () => {
    const grid = specToGrid(spec);
    for (const name of [IND1, IND2, IND4A, IND4B]) expect(() => find(grid, name)).not.toThrow();
    const inputs = spec.cells.filter((c) => c.cell.input);
    // Seven label inputs spanning two columns each (office, total, year, belanja operasi and pegawai), seven input
    // columns per indikator (satuan is editable), the Rencana Tindak Lanjut of each of the 4 sasaran and the sumber
    // dana of each of the 5 programs.
    expect(inputs.length).toBe(7 * 2 + 5 * 7 + 4 + 5);
    for (const c of inputs) expect(c.cell.fill).toBe("FFF2CC");
    const polaritas = inputs.filter((c) => c.cell.value === "positif");
    expect(polaritas).toHaveLength(5);
    expect(polaritas[0].cell.validationList).toEqual(["positif", "negatif", "negatif-b", "stabil"]);
    const ind = find(grid, IND1);
    expect(cellOf(spec, ind.row, ind.col)?.input).toBeUndefined();
  });

  it("round-trips: the untouched template reads back as the model's indikator with nothing filled", () => {
    const { data, findings } = readDataPendukung(templateGrid());
    expect(findings).toEqual([]);
    expect(data.namaPerangkatDaerah).toBe("");
    expect(data.totalAnggaran).toBeNull();
    expect(data.tahun).toBe(2021);
    const m = seedModel();
    const expected = m.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator.map((i) => [s.name, i.name])));
    expect(data.indikator.map((d) => [d.sasaran, d.indikator])).toEqual(expected);
    for (const d of data.indikator) {
      expect(d).toMatchObject({
        polaritas: "positif",
        targetTahunLalu: null,
        realisasiTahunLalu: null,
        targetAkhirRenstra: null,
        analisis: "",
        programPenunjang: "",
      });
    }
    const grid = templateGrid();
    const at = find(grid, IND1);
    expect(data.indikator[0].cell).toBe(`${String.fromCharCode(65 + at.col)}${at.row + 1}`);
  });

  it("reads what the user typed: % cells, text with %, plain numbers as percent points, text, polaritas", () => {
    const grid = templateGrid();
    setLabelValue(grid, "Nama Perangkat Daerah", { value: "Dinas Penanaman Modal" });
    setLabelValue(grid, "Total Anggaran Perangkat Daerah (Rp)", { value: "13.255.734.286" });
    fill(grid, IND1, "Target Tahun Lalu", { value: 0.0037, numFmt: "0.00%" });
    fill(grid, IND1, "Realisasi Tahun Lalu", { value: "2%" });
    fill(grid, IND1, "Target Akhir", { value: "0,41" });
    fill(grid, IND1, "Polaritas", { value: "Negatif B" });
    fill(grid, IND1, "Analisis", { value: "Peningkatan kualitas SDM" });
    fill(grid, IND1, "Program/Kegiatan", { value: "Program Promosi Penanaman Modal" });
    fill(grid, IND2, "Target Akhir", { value: 100 });
    const { data, findings } = readDataPendukung(grid);
    expect(findings).toEqual([]);
    expect(data.namaPerangkatDaerah).toBe("Dinas Penanaman Modal");
    expect(data.totalAnggaran?.toString()).toBe("13255734286");
    const d1 = data.indikator.find((d) => d.indikator === IND1)!;
    expect(d1.targetTahunLalu?.toString()).toBe("0.37");
    expect(d1.realisasiTahunLalu?.toString()).toBe("2");
    expect(d1.targetAkhirRenstra?.toString()).toBe("0.41");
    expect(d1.polaritas).toBe("negatif-b");
    expect(d1.analisis).toBe("Peningkatan kualitas SDM");
    expect(d1.programPenunjang).toBe("Program Promosi Penanaman Modal");
    expect(data.indikator.find((d) => d.indikator === IND2)?.targetAkhirRenstra?.toString()).toBe("100");
  });

  it("refuses percent points pasted into its % cells (82 shows 8200%), in one finding for the whole paste (print31 F6, dp31 F5)", () => {
    const grid = templateGrid();
    const first = fill(grid, IND1, "Target Tahun Lalu", { value: 82, numFmt: "0.00%" });
    fill(grid, IND1, "Realisasi Tahun Lalu", { value: 82.5, numFmt: "0.00%" });
    fill(grid, IND2, "Target Tahun Lalu", { value: 0.85, numFmt: "0.00%" });
    fill(grid, IND2, "Realisasi Tahun Lalu", { value: 86, numFmt: "General" });
    const { data, findings } = readDataPendukung(grid);
    const d1 = data.indikator.find((d) => d.indikator === IND1)!;
    expect([d1.targetTahunLalu, d1.realisasiTahunLalu]).toEqual([null, null]);
    const d2 = data.indikator.find((d) => d.indikator === IND2)!;
    expect([d2.targetTahunLalu?.toString(), d2.realisasiTahunLalu?.toString()]).toEqual(["85", "86"]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "unreadable-value",
      severity: "error",
      cell: first,
      messageKey: "unreadable-value.data-pendukung-persen-many",
    });
    expect(findings[0].message).toBe(
      `Sel ${first} (target tahun lalu) di lembar "Data Pendukung" berformat persen tetapi berisi 82, yang tampil ` +
        "lebih dari 1000%, begitu pula 1 sel persen lain di lembar itu: angka persen tampaknya ditempel sebagai angka " +
        "biasa. Bila maksudnya 82%, tulis 82% di sel itu, begitu pula sel lainnya; sel-sel ini diabaikan.",
    );
  });

  it("reads a polaritas as offices write it, and a dash for last year's or the Renstra figure as none given (dp25)", () => {
    const grid = templateGrid();
    fill(grid, IND1, "Polaritas", { value: "makin rendah makin baik" });
    fill(grid, IND1, "Target Tahun Lalu", { value: "-" });
    fill(grid, IND1, "Target Akhir", { value: " – " });
    fill(grid, IND2, "Polaritas", { value: "Minimize" });
    const { data, findings } = readDataPendukung(grid);
    expect(findings).toEqual([]);
    const d1 = data.indikator.find((d) => d.indikator === IND1)!;
    expect([d1.polaritas, d1.targetTahunLalu, d1.targetAkhirRenstra]).toEqual(["negatif", null, null]);
    expect(data.indikator.find((d) => d.indikator === IND2)?.polaritas).toBe("negatif");
  });

  it("reads the officer's own note line between the rows as no entry, wherever its words start (dp25 F7)", () => {
    const grid = templateGrid();
    const at = find(grid, IND2).row;
    // A row inserted under IND2's: `Catatan` in the NO column, the note in the Sasaran column, a word further right.
    grid.cells.splice(at + 1, 0, [{ value: "Catatan" }, { value: "Catatan saya: angka 2021 dikonfirmasi" }]);
    grid.cells[at + 1][8] = { value: "bukan indikator" };
    grid.rowCount++;
    const before = readDataPendukung(templateGrid()).data.indikator.length;
    const { data, findings } = readDataPendukung(grid);
    expect(findings).toEqual([]);
    expect(data.indikator).toHaveLength(before);
    expect(data.indikator.some((d) => /Catatan/.test(d.sasaran))).toBe(false);
  });

  it("finds labels and header by their words after rows and columns were moved", () => {
    const grid = templateGrid();
    fill(grid, IND4A, "Target Akhir", { value: 0.7, numFmt: "0%" });
    setLabelValue(grid, "Tahun", { value: "2022" });
    // Two rows inserted at the top and one column at the left.
    const shifted = gridFromRows(DATA_PENDUKUNG_SHEET, [
      ["Catatan bagian perencanaan"],
      [],
      ...grid.cells.map((row) => [undefined, ...(row ?? [])]),
    ]);
    const { data, findings } = readDataPendukung(shifted);
    expect(findings).toEqual([]);
    expect(data.tahun).toBe(2022);
    const d = data.indikator.find((x) => x.indikator === IND4A)!;
    expect(d.sasaran).toBe(SS4);
    expect(d.targetAkhirRenstra?.toString()).toBe("70");
    const at = find(shifted, IND4A);
    expect(d.cell).toBe(`${String.fromCharCode(65 + at.col)}${at.row + 1}`);
  });

  it("gives a finding naming the cell for an unreadable number or an unknown polaritas, never throws", () => {
    const grid = templateGrid();
    const bad = fill(grid, IND1, "Realisasi Tahun Lalu", { value: "dua persen" });
    const hashes = fill(grid, IND2, "Target Tahun Lalu", { value: null, text: "#####" });
    const pol = fill(grid, IND4B, "Polaritas", { value: "naik turun" });
    setLabelValue(grid, "Total Anggaran Perangkat Daerah (Rp)", { value: "tiga belas miliar" });
    const { data, findings } = readDataPendukung(grid);
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ["unreadable-value", "error", DATA_PENDUKUNG_SHEET, "C5"],
      ["unreadable-value", "error", DATA_PENDUKUNG_SHEET, bad],
      ["unreadable-value", "error", DATA_PENDUKUNG_SHEET, hashes],
      ["unreadable-value", "error", DATA_PENDUKUNG_SHEET, pol],
    ]);
    expect(findings[3].message).toContain('polaritas "naik turun" tidak dikenal');
    expect(findings[1].message).toContain(bad);
    expect(data.totalAnggaran).toBeNull();
    expect(data.indikator.find((d) => d.indikator === IND1)?.realisasiTahunLalu).toBeNull();
    expect(data.indikator.find((d) => d.indikator === IND4B)?.polaritas).toBe("positif");
  });

  it("says once that formulas were saved without their result, instead of reading the entries as empty", () => {
    // A Data Pendukung saved by a program that does not calculate (openpyxl, a script): formulas without values.
    const grid = templateGrid();
    const first = fill(grid, IND1, "Target Tahun Lalu", { value: null, formula: "Renstra!D12" });
    fill(grid, IND2, "Target Tahun Lalu", { value: null, formula: "Renstra!D13" });
    fill(grid, IND4A, "Target Akhir", { value: null, formula: "Renstra!H14" });
    const calculated = fill(grid, IND4B, "Target Akhir", { value: 75, formula: "Renstra!H15" });
    const { data, findings } = readDataPendukung(grid);
    expect(findings.map((f) => [f.rule, f.sheet, f.cell, f.actual])).toEqual([
      ["unreadable-value", DATA_PENDUKUNG_SHEET, first, "=Renstra!D12"],
    ]);
    expect(findings[0].message).toContain(`Sel ${first} berisi rumus =Renstra!D12 tanpa hasil tersimpan`);
    expect(findings[0].message).toContain("2 sel rumus lain");
    expect(data.indikator.find((d) => d.indikator === IND1)?.targetTahunLalu).toBeNull();
    // A formula with its result is read as its result, as before.
    expect(calculated).toMatch(/^[A-Z]+\d+$/);
    expect(data.indikator.find((d) => d.indikator === IND4B)?.targetAkhirRenstra?.toString()).toBe("75");
  });

  it("reports a sheet without the indikator header as missing-value, and keeps a row with data but no name", () => {
    const none = readDataPendukung(
      gridFromRows(DATA_PENDUKUNG_SHEET, [["Nama Perangkat Daerah", "Dinas X"], ["catatan"]]),
    );
    expect(none.data.namaPerangkatDaerah).toBe("Dinas X");
    expect(none.data.indikator).toEqual([]);
    expect(none.findings.map((f) => [f.rule, f.cell])).toEqual([["missing-value", "A1"]]);

    // A row whose indikator cell the officer cleared is kept: it still belongs to its indikator by its place, and the
    // tables use it, reported for the officer to confirm.
    const grid = templateGrid();
    const filled = find(grid, IND1);
    fill(grid, IND1, "Analisis", { value: "analisis tanpa indikator" });
    grid.cells[filled.row][filled.col] = undefined;
    const { data, findings } = readDataPendukung(grid);
    expect(findings).toEqual([]);
    expect(data.indikator.find((d) => d.analisis === "analisis tanpa indikator")?.indikator).toBe("");
    const built = buildLkjip({ model: seedModel(), findings: [], dataPendukung: data });
    const ss1 = sheet(built.specs, "LKjIP SS I");
    expect(cellOf(ss1, table(ss1, "3.7").firstData, 4)?.value).toBe("analisis tanpa indikator");
    const a1 = `${String.fromCharCode(65 + filled.col)}${filled.row + 1}`;
    expect(built.findings.filter((f) => f.rule === "data-pendukung-uncertain").map((f) => f.cell)).toEqual([a1]);
  });

  it("feeds buildLkjipSheets: filled values appear in the tables and their notes disappear", () => {
    const grid = templateGrid();
    fill(grid, IND1, "Target Tahun Lalu", { value: 0.0037, numFmt: "0.00%" });
    fill(grid, IND1, "Realisasi Tahun Lalu", { value: 0.02, numFmt: "0.00%" });
    fill(grid, IND1, "Target Akhir", { value: 0.0041, numFmt: "0.00%" });
    const { data } = readDataPendukung(grid);
    const ss1 = sheet(buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: data }), "LKjIP SS I");
    const t2 = table(ss1, "3.2");
    expect(cellOf(ss1, t2.firstData, 2)?.value).toBe(0.0037);
    expect(notesOf(ss1, t2)).toEqual([]);
    expect(cellOf(ss1, table(ss1, "3.3").firstData, 4)?.formula).toBeDefined();
    expect(cellOf(ss1, t2.firstData, 0)?.value).toBe(SS1);
  });
});

describe("a sheet called Data Pendukung that is not ours", () => {
  test("is told from ours by its content: our template and a filled copy are ours, a staff list is not", () => {
    expect(looksLikeDataPendukung(templateGrid())).toBe(true);
    const staff = gridFromRows(DATA_PENDUKUNG_SHEET, [
      ["NIP", "Nama Pegawai", "Jabatan"],
      ["198001012005011001", "Budi Santoso", "Kepala Bidang"],
    ]);
    expect(looksLikeDataPendukung(staff)).toBe(false);
  });
});
