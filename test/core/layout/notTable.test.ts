import { gridFromRows } from "../../../src/core/grid/gridBuilder";
import { recognise } from "../../../src/core/layout/recognise";
import { seedTw1 } from "./helpers/seedData";
import { buildSheet, SEED_COLUMNS } from "./helpers/seedLayout";
import { b, oneSasaran } from "./helpers/smallSheet";
import { pkModel } from "./helpers/pkModel";

const ROWS = [b("program", "PROGRAM SATU", "100"), b("kegiatan", "Kegiatan", "100"), b("subKegiatan", "Sub", "100")];

describe("sheets without a Pengukuran Kinerja table", () => {
  test("an empty sheet is said to be empty, not asked for the column titles of both families (pane42 D4)", () => {
    for (const rows of [[], [[], [null, ""]]]) {
      const result = recognise(gridFromRows("Sheet1", rows));
      if (result.model) throw new Error("recognised");
      expect([result.reason, result.missingHeaders, result.closerTo]).toEqual([
        'Lembar "Sheet1" kosong: tidak ada isi sama sekali.',
        [],
        null,
      ]);
    }
  });

  test("a letter is not a table: every header word is missing", () => {
    const grid = gridFromRows("Surat", [
      ["Kepada Yth."],
      ["Kepala Bappeda Kota Probolinggo"],
      [],
      ["Dengan hormat, bersama ini kami sampaikan laporan kinerja triwulan I tahun 2022."],
      ["No", "Nama", "Jabatan"],
      [1, "Budi", "Kepala Seksi"],
    ]);
    const result = recognise(grid);
    expect(result.model).toBeNull();
    if (result.model) return;
    expect(result.missingHeaders).toEqual([
      "SASARAN STRATEGIS",
      "INDIKATOR SASARAN",
      "PROGRAM / KEGIATAN / SUB KEGIATAN",
      "PAGU",
      "TARGET",
      "ANGGARAN KAS",
    ]);
    expect(result.reason).toMatch(/^Lembar "Surat" tidak berisi tabel Pengukuran Kinerja/);
  });

  test("an empty sheet is not a table", () => {
    const result = recognise({ name: "Kosong", rowCount: 0, colCount: 0, cells: [], merges: [] });
    expect(result.model).toBeNull();
  });

  test("without PAGU and ANGGARAN KAS there is no table, and both are named", () => {
    const columns = SEED_COLUMNS.filter((c) => !["pagu", "kas1", "kas2", "kas3", "kas4"].includes(c));
    const result = recognise(buildSheet(oneSasaran(ROWS), { columns }).grid);
    expect(result).toEqual({
      model: null,
      missingHeaders: ["PAGU", "ANGGARAN KAS"],
      missingByLayout: {
        "pengukuran-kinerja": ["PAGU", "ANGGARAN KAS"],
        "evaluasi-renja": [
          "URUSAN/BIDANG URUSAN DAN PROGRAM/KEGIATAN",
          "INDIKATOR KINERJA PROGRAM (OUTCOME)/KEGIATAN (OUTPUT)",
          "TARGET KINERJA DAN ANGGARAN RENJA",
          "REALISASI KINERJA PADA TRIWULAN",
        ],
      },
      // Its header row is a Pengukuran Kinerja one: the Evaluasi Renja words would ask for the wrong thing.
      closerTo: "pengukuran-kinerja",
      reason:
        'Lembar "TW I 2022" tidak dikenali sebagai tabel Pengukuran Kinerja: kolom PAGU tidak ditemukan pada judul kolom di baris 5.',
    });
  });

  test("without the uraian column, or without SASARAN and INDIKATOR, there is no table", () => {
    const noUraian = recognise(
      buildSheet(oneSasaran(ROWS), { columns: SEED_COLUMNS.filter((c) => c !== "uraian") }).grid,
    );
    expect(noUraian.model === null && noUraian.missingHeaders).toEqual(["PROGRAM / KEGIATAN / SUB KEGIATAN"]);
    const columns = SEED_COLUMNS.filter((c) => c !== "sasaran" && c !== "indikatorSasaran");
    const noSasaran = recognise(buildSheet(oneSasaran(ROWS), { columns }).grid);
    expect(noSasaran.model === null && noSasaran.missingHeaders).toEqual(["SASARAN STRATEGIS", "INDIKATOR SASARAN"]);
    expect(noSasaran.model === null && noSasaran.reason).toContain(
      "kolom SASARAN STRATEGIS dan INDIKATOR SASARAN tidak ditemukan",
    );
  });

  test("a header without data rows is not a table", () => {
    const result = recognise(buildSheet([], { signature: [] }).grid);
    expect(result.model).toBeNull();
    expect(result.model === null && result.reason).toContain("tidak ada baris data");
  });
});

describe("user column corrections", () => {
  test("a PAGU column the header does not name is found once the user points at it", () => {
    const built = buildSheet(seedTw1().tujuan.slice(0, 1), { labels: { pagu: "NILAI" } });
    const before = recognise(built.grid);
    expect(before.model === null && before.missingHeaders).toEqual(["PAGU"]);
    const after = pkModel(recognise(built.grid, { columns: { pagu: 13 } }));
    expect(after.columns.pagu).toBe(13);
    expect(after.tujuan[0].sasaran[0].program[0].pagu?.value.toString()).toBe("55599900");
  });

  test("a correction takes the column away from the key that had claimed it", () => {
    const built = buildSheet(seedTw1().tujuan.slice(0, 1));
    const m = pkModel(recognise(built.grid, { columns: { realisasiAnggaran: 19, capaianAnggaran: 18 } }));
    expect(m.columns).toMatchObject({ realisasiAnggaran: 19, capaianAnggaran: 18 });
    const promosi = m.tujuan[0].sasaran[0].program[1];
    expect(promosi?.realisasi).toMatchObject({ cell: "T11" });
    expect(promosi?.capaian).toMatchObject({ cell: "S11" });
    expect(promosi?.capaian?.value.toString()).toBe("800000");
  });
});
