import { gridFromRows } from "../../../../src/core/grid/gridBuilder";
import { recognise } from "../../../../src/core/layout/recognise";
import { countModel } from "../../../../src/core/model/counts";
import { EvaluasiRenjaModel } from "../../../../src/core/model/evaluasiRenja";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { generateLkjip, latestModel } from "../../../../src/core/pipeline";
import { budgetNodes } from "../../../../src/core/validation/modelAccess";
import { validate } from "../../../../src/core/validation/validate";
import { parseColumnMap } from "../../../../src/core/workbook/columnSettings";
import { seedTw1 } from "../helpers/seedData";
import { buildSheet } from "../helpers/seedLayout";
import { buildErSheet } from "./helpers/erSheet";
import { erNodes } from "./helpers/outline";

const ER_WORDS = [
  "URUSAN/BIDANG URUSAN DAN PROGRAM/KEGIATAN",
  "INDIKATOR KINERJA PROGRAM (OUTCOME)/KEGIATAN (OUTPUT)",
  "TARGET KINERJA DAN ANGGARAN RENJA",
  "REALISASI KINERJA PADA TRIWULAN",
];

function er(grid = buildErSheet({ style: "handmade" }).grid): EvaluasiRenjaModel {
  const result = recognise(grid);
  if (!result.model) throw new Error(result.reason);
  if (result.model.layout !== "evaluasi-renja") throw new Error(`read as ${result.model.layout}`);
  return result.model;
}

describe("one recognise for both families", () => {
  test("each sheet is read in the family its header words say", () => {
    expect(recognise(buildErSheet({ style: "handmade" }).grid).model?.layout).toBe("evaluasi-renja");
    expect(recognise(buildErSheet({ style: "export" }).grid).model?.layout).toBe("evaluasi-renja");
    const pk = buildSheet(seedTw1().tujuan, { title: seedTw1().title });
    expect(recognise(pk.grid).model?.layout).toBe("pengukuran-kinerja");
  });

  test("a sheet of neither family names what each missed", () => {
    const grid = gridFromRows("Surat", [["Kepada Yth."], ["No", "Nama", "Jabatan"], [1, "Budi", "Kepala Seksi"]]);
    const result = recognise(grid);
    expect(result.model).toBeNull();
    if (result.model) return;
    expect(result.missingByLayout["evaluasi-renja"]).toEqual(ER_WORDS);
    expect(result.missingByLayout["pengukuran-kinerja"]).toEqual(result.missingHeaders);
    expect(result.missingHeaders).toContain("PAGU");
  });

  test("an Evaluasi Renja form without its triwulan columns is named as one", () => {
    const built = buildErSheet({ style: "handmade", header: "twoRows" });
    const top = built.headerRows[0];
    for (const key of ["tw1K", "tw2K", "tw3K", "tw4K"]) built.grid.cells[top][built.col(key)] = { value: "Catatan" };
    const result = recognise(built.grid);
    expect(result.model).toBeNull();
    if (result.model) return;
    expect(result.missingHeaders).toEqual(["REALISASI KINERJA PADA TRIWULAN"]);
    expect(result.reason).toBe(
      `Lembar "${built.grid.name}" tidak dikenali sebagai tabel Evaluasi Renja: kolom REALISASI KINERJA PADA TRIWULAN tidak ditemukan pada judul kolom di baris ${top + 1}.`,
    );
  });

  test("column corrections of the Evaluasi Renja family, saved as for the other", () => {
    const built = buildErSheet({ style: "export", header: "twoRows" });
    const top = built.headerRows[0];
    built.grid.cells[top][built.col("targetRenjaK")] = { value: "Sasaran Tahunan" };
    expect(recognise(built.grid).model).toBeNull();
    const columns = parseColumnMap(
      JSON.stringify({ targetRenjaK: built.col("targetRenjaK"), targetRenjaRp: built.col("targetRenjaRp") }),
    );
    expect(columns).not.toBeNull();
    const m = recognise(built.grid, { columns: columns ?? {} }).model;
    expect(m?.layout).toBe("evaluasi-renja");
    expect(m?.columns.targetRenjaRp).toBe(built.col("targetRenjaRp"));
    // Keys of one family only: a Pengukuran Kinerja key beside an Evaluasi Renja one fits no sheet.
    expect(parseColumnMap(JSON.stringify({ pagu: 3, targetRenjaRp: 4 }))).toBeNull();
    expect(parseColumnMap(JSON.stringify({ uraian: 3, targetRenjaRp: 4 }))).toEqual({ uraian: 3, targetRenjaRp: 4 });
    expect(parseColumnMap(JSON.stringify({ bogus: 3 }))).toBeNull();
  });

  test("Evaluasi Renja corrections are not applied to a Pengukuran Kinerja sheet", () => {
    const pk = buildSheet(seedTw1().tujuan, { title: seedTw1().title });
    const result = recognise(pk.grid, { columns: { targetRenjaRp: 13 } });
    expect(result.model).toBeNull();
    expect(recognise(pk.grid, { columns: { uraian: 12 } }).model?.layout).toBe("pengukuran-kinerja");
  });

  test("the shared accessors walk the Evaluasi Renja tree with its children", () => {
    const m = er();
    const refs = budgetNodes(m);
    expect(refs.map((r) => r.node.cell)).toEqual(erNodes(m).map(({ node }) => node.cell));
    const program = refs.find((r) => r.node.name === "PROGRAM PELAYANAN PENANAMAN MODAL");
    expect(program?.children.map((c) => c.level)).toEqual(["kegiatan"]);
    const kegiatan = refs[program?.childRows[0] as number];
    expect(kegiatan.children.map((c) => c.pagu?.value.toNumber())).toEqual([110765800, 71159800, 3249800, 60999000]);
    expect(kegiatan.childRows.map((i) => refs[i].node)).toEqual(kegiatan.children);
    expect(refs[0].node.level).toBe("urusan");
    expect(refs[0].children.map((c) => c.level)).toEqual(["bidang"]);
  });

  test("rows pasted below the total are listed but are no parent's children: no sum includes them", () => {
    const built = buildErSheet({ style: "export", pasted: true });
    const m = er(built.grid);
    const refs = budgetNodes(m);
    const pasted = refs.filter((r) => (r.node as { outsideTotals?: boolean }).outsideTotals);
    expect(pasted.map((r) => r.node.row)).toEqual(built.pastedRows);
    // The pasted kegiatan keeps its own sub kegiatan.
    expect(pasted[0].children.map((c) => c.row)).toEqual([built.pastedRows[1]]);
    const penunjang = refs.find((r) => r.node.kode === "2.18.01");
    expect(penunjang?.children.map((c) => c.kode)).toEqual(["2.18.01.2.01", "2.18.01.2.02"]);
    expect(validate([m]).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("an urusan or bidang row without figures is a heading: it adds nothing up", () => {
    const built = buildErSheet({ style: "export" });
    const bidang = built.nodes.find((n) => n.level === "bidang") as { row: number };
    for (const key of ["targetRenstraRp", "realisasiRenstraRp", "targetRenjaRp", "tw1Rp", "tw2Rp", "tw3Rp", "tw4Rp"])
      built.grid.cells[bidang.row][built.col(key)] = undefined;
    for (const key of ["realisasiRp", "realisasiSdTahunRp", "tingkatCapaianRp"])
      built.grid.cells[bidang.row][built.col(key)] = undefined;
    const m = er(built.grid);
    const refs = budgetNodes(m);
    expect(refs.find((r) => r.node.level === "bidang")?.children).toEqual([]);
    expect(refs.find((r) => r.node.level === "urusan")?.children.map((c) => c.level)).toEqual(["bidang"]);
    expect(validate([m]).filter((f) => f.cell === `E${bidang.row + 1}`)).toEqual([]);
  });

  test("counts of an Evaluasi Renja sheet", () => {
    expect(countModel(er())).toEqual({
      urusan: 1,
      bidang: 1,
      tujuan: 3,
      sasaran: 4,
      indikator: 21,
      program: 4,
      kegiatan: 5,
      subKegiatan: 11,
    });
  });
});

describe("which sheet feeds the LKjIP", () => {
  const pkTw4 = (): SheetModel => {
    const m = recognise(buildSheet(seedTw1().tujuan, { title: ["PENGUKURAN KINERJA S/D TRIWULAN IV TAHUN 2022"] }).grid)
      .model as SheetModel;
    return { ...m, sheet: "PK TW IV" };
  };

  test("the latest triwulan of the latest year, and on a tie the Pengukuran Kinerja sheet", () => {
    const erTw4 = er();
    const pk = pkTw4();
    expect(latestModel([erTw4, pk])?.sheet).toBe("PK TW IV");
    expect(latestModel([pk, erTw4])?.sheet).toBe("PK TW IV");
    const erLater = { ...erTw4, tahun: 2023, sheet: "ER 2023" };
    expect(latestModel([pk, erLater])?.sheet).toBe("ER 2023");
    const pkTw3 = { ...pk, triwulan: 3 };
    expect(latestModel([pkTw3, erTw4])?.sheet).toBe(erTw4.sheet);
  });

  test("between two sheets of one period, not a hidden one nor one named as an older copy", () => {
    const current = pkTw4();
    const copy = { ...current, sheet: "PK TW IV (lama)" };
    // The copy comes last, as an older sheet often does once the current one is made from it.
    expect(latestModel([current, copy])?.sheet).toBe("PK TW IV");
    expect(latestModel([copy, current])?.sheet).toBe("PK TW IV");
    const other = { ...current, sheet: "PK TW IV revisi" };
    expect(latestModel([current, other])?.sheet).toBe("PK TW IV revisi");
    expect(latestModel([current, other], ["PK TW IV revisi"])?.sheet).toBe("PK TW IV");
    // A hidden sheet only when no visible one holds a table, whatever its period: the task pane reads the visible
    // sheets alone, and both build the same report from one workbook (addin30 D2).
    const tw3 = { ...current, triwulan: 3, sheet: "PK TW III" };
    expect(latestModel([tw3, current], ["PK TW IV"])?.sheet).toBe("PK TW III");
    expect(latestModel([tw3, current], ["PK TW IV", "PK TW III"])?.sheet).toBe("PK TW IV");
  });

  test("generate builds from the latest sheet when it is an Evaluasi Renja one, and names it", () => {
    const result = generateLkjip([buildErSheet({ style: "handmade" }).grid]);
    expect(result.source?.sheet).toBe("Evaluasi Renja TW IV");
    expect(result.source?.layout).toBe("evaluasi-renja");
    expect("specs" in result && result.specs.map((s) => s.name)).toContain("LKjIP Realisasi Anggaran");
  });
});
