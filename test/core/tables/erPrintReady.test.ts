import { toA1 } from "../../../src/core/grid/address";
import { Grid } from "../../../src/core/grid/grid";
import { generateLkjip, GenerateResult, NoSource } from "../../../src/core/pipeline";
import { readDataPendukung } from "../../../src/core/tables/dataPendukung";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { ER_HANDMADE_PATH } from "../../../scripts/sample-er/data";
import { gridsOf } from "../../file/gridsOf";
import { BuiltEr, buildErSheet } from "../layout/evaluasiRenja/helpers/erSheet";
import { cellOf } from "./formulaEval";
import path from "node:path";

const PK_TW2_PATH = path.join(__dirname, "../../fixtures/pk-unseen/pk-2022-tw2.xlsx");
import { printedTexts, sheet, sideNotes, table } from "./specHelpers";

/*
 * An Evaluasi Renja source through the print-ready machinery of issue 11, as a Pengukuran Kinerja one goes: page
 * plans and footers on every sheet, figures marked from rows with error findings (its K and Rp halves apart),
 * sources on every figure, nothing workbook-internal printed, and a Data Pendukung that keeps what the officer typed
 * when the source renames a row. The small form of test/core/layout/evaluasiRenja/helpers, exported style.
 */

const OFFICE = "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja";
const PROMOSI = "2.18.03";
const PENUNJANG = "2.18.01";

function generated(grids: Grid[], final = false): GenerateResult {
  const r: GenerateResult | NoSource = generateLkjip(grids, { lkjip: { final } });
  if (!r.source) throw new Error("no source");
  return r;
}

function nodeRow(built: BuiltEr, kode: string): number {
  const n = built.nodes.find((x) => x.kode === kode);
  if (!n) throw new Error(`no node ${kode}`);
  return n.row;
}

/** The first cell of a spec in a column whose text is `text`, and the cell `offset` columns to its right. */
function rowWith(spec: SheetSpec, col: number, text: string, from = 0): number {
  const hit = spec.cells.find((c) => c.col === col && c.row >= from && c.cell.value === text);
  if (!hit) throw new Error(`no "${text}" in column ${col} of ${spec.name}`);
  return hit.row;
}

const starred = (spec: SheetSpec, row: number, col: number) => (cellOf(spec, row, col)?.numFmt ?? "").includes('"*"');
const allStarred = (specs: SheetSpec[]) =>
  specs.flatMap((s) => s.cells.filter((c) => (c.cell.numFmt ?? "").includes('"*"')));

const INTERNAL = [
  /Data Pendukung/,
  /lembar sumber/i,
  /Sumber: lembar/,
  /buat ulang/i,
  /tanpa nama \(sel/i,
  /belum diisi/i,
  /belum tercantum/i,
];

describe("an Evaluasi Renja source, printed as the Inspektorat expects", () => {
  const built = buildErSheet({ style: "export" });
  const result = generated([built.grid]);

  it("every sheet carries the footer with the office the sheet names; the checker's sheets say they are no part of the report", () => {
    const own: Record<string, string> = {
      "hasil-pemeriksaan": " · Hasil Pemeriksaan (bukan bagian laporan)",
      "data-pendukung": " · Data Pendukung (bukan bagian laporan)",
    };
    for (const spec of result.specs) {
      expect([spec.name, spec.print.footer]).toEqual([
        spec.name,
        // With the kota the form's title names.
        `&L${OFFICE} Kota Probolinggo · LKjIP Tahun 2022${own[spec.kind] ?? ""}&RHalaman &P`,
      ]);
    }
    expect(result.specs.map((s) => s.kind)).toEqual(expect.arrayContaining(["hasil-pemeriksaan", "data-pendukung"]));
  });

  it("on the sample, a tall table gets a sheet of its own; a continued page repeats the header it continues", async () => {
    const sample = generated(await gridsOf(ER_HANDMADE_PATH));
    const tabel22 = sheet(sample.specs, "LKjIP Tabel 2.2");
    expect(tabel22.rowBreaks?.length).toBeGreaterThanOrEqual(1);
    // Its break opens the program list, which brings its own header: the targets' header repeated there (print
    // titles) would head the wrong table.
    const opened = tabel22.rowBreaks?.[0];
    expect(tabel22.cells.find((c) => c.row === opened && c.col === 0)?.cell.value).toBe("NO.");
    expect(tabel22.print.repeatRows).toBeUndefined();
    // Bab II keeps Tabel 2.1 alone: it starts under the chapter title (not leaving it alone on page 1) and repeats
    // its header on the next page.
    const bab2 = sheet(sample.specs, "LKjIP Bab II");
    expect(bab2.print.repeatRows).toBeDefined();
    expect(bab2.rowBreaks?.[0]).toBeGreaterThan((bab2.print.repeatRows as [number, number])[1] + 1);
    const ra = sheet(sample.specs, "LKjIP Realisasi Anggaran");
    expect(ra.print.repeatRows).toBeDefined();
    expect(ra.rowBreaks?.length).toBeGreaterThanOrEqual(2);
    // Short tables share the sasaran's sheet, broken between tables.
    expect(sheet(sample.specs, "LKjIP SS I").rowBreaks?.length).toBeGreaterThanOrEqual(1);
  });

  it("prints nothing workbook-internal; the reasons for empty cells go beside the tables and to Hasil Pemeriksaan", () => {
    const offending = result.specs
      .filter((s) => s.kind === "lkjip-table")
      .flatMap((s) =>
        printedTexts(s)
          .filter((t) => INTERNAL.some((re) => re.test(t)))
          .map((t) => `${s.name}: ${t}`),
      );
    expect(offending).toEqual([]);
    expect(sideNotes(sheet(result.specs, "LKjIP SS I")).join("\n")).toContain("Tabel 3.2: Target 2021 kosong");
    expect(result.tableFindings.some((f) => f.rule === "table-cell-empty")).toBe(true);
  });

  it("every figure taken from the sheet names its source cells there", () => {
    const ra = sheet(result.specs, "LKjIP Realisasi Anggaran");
    const row = nodeRow(built, PROMOSI);
    const r = rowWith(ra, 1, "PROGRAM PROMOSI PENANAMAN MODAL");
    expect(cellOf(ra, r, 2)?.sources).toEqual([toA1(row, built.col("targetRenjaRp"))]);
    expect(cellOf(ra, r, 3)?.sources).toEqual([toA1(row, built.col("realisasiRp"))]);
    const ss1 = sheet(result.specs, "LKjIP SS I");
    const t = table(ss1, "3.3");
    const ind = rowWith(ss1, 1, "Persentase peningkatan nilai investasi", t.firstData);
    expect(cellOf(ss1, ind, 2)?.sources).toEqual([toA1(row, built.col("targetRenstraK"))]);
    expect(cellOf(ss1, ind, 5)?.sources).toEqual([
      toA1(row, built.col("targetRenstraK")),
      toA1(row, built.col("realisasiSdTahunK")),
    ]);
  });
});

describe("an Evaluasi Renja source: the Renstra comparison from the sheet's own columns", () => {
  it("an empty target Renstra (6): empty cell, the form's (15), the officer told where; then Data Pendukung's value", () => {
    const built = buildErSheet({ style: "export" });
    const row = nodeRow(built, PROMOSI);
    const target = toA1(row, built.col("targetRenstraK"));
    built.grid.cells[row][built.col("targetRenstraK")] = undefined;
    const r = generated([built.grid]);
    const ss1 = sheet(r.specs, "LKjIP SS I");
    const t = table(ss1, "3.3");
    const ind = rowWith(ss1, 1, "Persentase peningkatan nilai investasi", t.firstData);
    expect(cellOf(ss1, ind, 2)?.value ?? null).toBeNull();
    expect(cellOf(ss1, ind, 5)?.formula).toBeUndefined();
    expect(cellOf(ss1, ind, 5)?.sources).toEqual([toA1(row, built.col("tingkatCapaianK"))]);
    expect(sideNotes(ss1).join("\n")).toContain(
      `Tabel 3.3: Target Akhir Renstra kosong di lembar "${built.grid.name}" (sel ${target}); atau isi di Data Pendukung!`,
    );
    const gap = r.tableFindings.find((f) => f.cell === target)!;
    expect(gap).toMatchObject({ rule: "table-cell-empty", sheet: built.grid.name, severity: "info" });
    expect(gap.message).toContain("Persentase peningkatan nilai investasi");

    // The officer gives it in Data Pendukung: it stands in, and the tingkat capaian is computed from it.
    const dp = specToGrid(r.specs.find((s) => s.kind === "data-pendukung")!);
    const header = dp.cells.findIndex((x) => x?.some((c) => c?.value === "Indikator Kinerja"));
    const akhir = dp.cells[header].findIndex((c) => String(c?.value ?? "").startsWith("Target Akhir"));
    const at = dp.cells.findIndex((x) => x?.[2]?.value === "Persentase peningkatan nilai investasi");
    expect(dp.cells[at][akhir]?.value ?? null).toBeNull();
    dp.cells[at][akhir] = { value: 25 };
    const filled = generated([built.grid, dp]);
    const ss1b = sheet(filled.specs, "LKjIP SS I");
    const rowB = rowWith(ss1b, 1, "Persentase peningkatan nilai investasi", table(ss1b, "3.3").firstData);
    expect(cellOf(ss1b, rowB, 2)).toMatchObject({ value: 0.25, sources: [`'Data Pendukung'!${toA1(at, akhir)}`] });
    const sdTahun = cellOf(ss1b, rowB, 4)!.value as number;
    expect(cellOf(ss1b, rowB, 5)?.formula).toBeDefined();
    expect(cellOf(ss1b, rowB, 5)?.result).toBeCloseTo(sdTahun / 0.25, 12);
    expect(filled.tableFindings.some((f) => f.cell === target)).toBe(false);
  });
});

describe("an Evaluasi Renja source: figures from rows with error findings are marked in draft", () => {
  const built = buildErSheet({ style: "export" });
  const program = nodeRow(built, PROMOSI);
  // The program's year total Rp made wrong (an Rp finding on its row), and the K total of its second indikator, a
  // count on the next row.
  built.grid.cells[program][built.col("realisasiRp")] = { value: "1.000" };
  built.grid.cells[program + 1][built.col("realisasiK")] = { value: "99" };
  const draft = generated([built.grid]);
  const final = generated([built.grid], true);
  const errors = draft.analysis.findings.filter((f) => f.severity === "error");

  it("the findings are there, on the program's Rp cell and on the indikator's K cell", () => {
    expect(errors.map((f) => f.cell)).toEqual(
      expect.arrayContaining([toA1(program, built.col("realisasiRp")), toA1(program + 1, built.col("realisasiK"))]),
    );
  });

  it("an Rp finding marks the program's budget figures, not the indikator's K figures on the same row", () => {
    const ra = sheet(draft.specs, "LKjIP Realisasi Anggaran");
    const r = rowWith(ra, 1, "PROGRAM PROMOSI PENANAMAN MODAL");
    expect(starred(ra, r, 3)).toBe(true);
    expect(cellOf(ra, r, 3)?.note).toContain("realisasi");
    expect(starred(ra, rowWith(ra, 1, "PROGRAM PELAYANAN PENANAMAN MODAL"), 3)).toBe(false);
    const ss1 = sheet(draft.specs, "LKjIP SS I");
    const t = table(ss1, "3.1");
    const rate = rowWith(ss1, 1, "Persentase peningkatan nilai investasi", t.firstData);
    expect(starred(ss1, rate, 3)).toBe(false);
    // The K finding marks the realisasi of its own indikator.
    const count = rowWith(ss1, 1, "Jumlah peminat investasi", t.firstData);
    expect(starred(ss1, count, 3)).toBe(true);
  });

  it("final mode marks nothing", () => {
    expect(allStarred(draft.specs).length).toBeGreaterThan(0);
    expect(allStarred(final.specs)).toEqual([]);
  });
});

describe("an Evaluasi Renja source: Data Pendukung matched as for Pengukuran Kinerja", () => {
  /** The first run's template, filled in: numbers per indikator (by its row), a sumber dana per program. */
  function filled(): Grid {
    const first = generated([buildErSheet({ style: "export" }).grid]);
    const template = first.specs.find((s) => s.kind === "data-pendukung")!;
    const grid = specToGrid(template);
    const header = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Indikator Kinerja"));
    const col = (row: number, start: string) =>
      grid.cells[row].findIndex((c) => typeof c?.value === "string" && c.value.startsWith(start));
    for (let r = header + 1; grid.cells[r]?.[2]?.value; r++) {
      grid.cells[r][col(header, "Target Tahun Lalu")] = { value: r };
      grid.cells[r][col(header, "Analisis")] = { value: `Analisis ${grid.cells[r][2]!.value}` };
    }
    const programHeader = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Program"));
    for (let r = programHeader + 1; grid.cells[r]?.[1]?.value; r++) {
      grid.cells[r][col(programHeader, "Sumber Dana")] = { value: `DAU ${grid.cells[r][3]?.value}` };
    }
    return grid;
  }

  it("the template lists every program once, with its kode, a program split over two Sasaran PD too", () => {
    const grid = filled();
    const { data } = readDataPendukung(grid);
    expect(data.program?.map((p) => p.kode)).toEqual(["2.18.02", "2.18.03", "2.18.04", PENUNJANG]);
    expect(data.indikator.find((d) => d.indikator === "Jumlah laporan keuangan")).toMatchObject({
      satuan: "laporan",
    });
  });

  it("after the source renames an indikator and a program, what the officer typed still reaches the tables", () => {
    const dp = filled();
    const built = buildErSheet({ style: "export" });
    const rename = (from: string, to: string) => {
      const cell = built.grid.cells.flat().find((c) => c?.value === from);
      if (!cell) throw new Error(`no ${from}`);
      cell.value = to;
    };
    rename("Jumlah laporan keuangan", "Jumlah laporan keuangan yang disusun");
    rename("PROGRAM PROMOSI PENANAMAN MODAL", "PROGRAM PROMOSI DAN KERJA SAMA PENANAMAN MODAL");
    const again = generated([built.grid, dp]);

    const ss4 = sheet(again.specs, "LKjIP SS IV");
    const t7 = table(ss4, "3.31");
    const r = rowWith(ss4, 1, "Jumlah laporan keuangan yang disusun", t7.firstData);
    expect(cellOf(ss4, r, 4)?.value).toBe("Analisis Jumlah laporan keuangan");
    const uncertain = again.tableFindings.filter((f) => f.rule === "data-pendukung-uncertain");
    expect(uncertain.map((f) => f.expected)).toEqual(["Jumlah laporan keuangan yang disusun"]);

    // The program by its kode: certain, so not reported, and its sumber dana is Tabel 2.2's KET.
    const tabel22 = again.specs.filter((s) => s.name === "LKjIP Bab II" || s.name.startsWith("LKjIP Tabel 2"));
    const ket = (name: string) =>
      tabel22
        .map((s) => {
          const hit = s.cells.find((c) => c.col === 1 && c.cell.value === name);
          return hit ? cellOf(s, hit.row, 4)?.value : undefined;
        })
        .find((v) => v !== undefined);
    expect(ket("PROGRAM PROMOSI DAN KERJA SAMA PENANAMAN MODAL")).toBe(`DAU ${PROMOSI}`);
    expect(ket("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")).toBe(`DAU ${PENUNJANG}`);
    expect(again.tableFindings.filter((f) => f.rule === "data-pendukung-orphan")).toEqual([]);
    // Nothing appended for them: both are matched.
    const additions = again.specs.find((s) => s.kind === "data-pendukung");
    const appendedNames = (additions?.cells ?? []).filter((c) => c.col <= 2 && typeof c.cell.value === "string");
    expect(appendedNames.map((c) => c.cell.value)).toEqual([]);
  });
});

describe("Tabel 2.2's Total row", () => {
  it("never starts a page alone: the page breaks above a program row instead", async () => {
    const result = generated(await gridsOf(PK_TW2_PATH));
    const tabel22 = sheet(result.specs, "LKjIP Tabel 2.2");
    const total = tabel22.cells.find((c) => c.col === 0 && c.cell.value === "Total")?.row;
    expect(total).toBeDefined();
    expect(tabel22.rowBreaks ?? []).not.toContain(total);
    expect(tabel22.rowBreaks?.length).toBeGreaterThanOrEqual(1);
  });
});
