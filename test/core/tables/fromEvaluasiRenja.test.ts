import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { fromEvaluasiRenja } from "../../../src/core/tables/fromEvaluasiRenja";
import { buildDataPendukungTemplate } from "../../../src/core/tables/dataPendukung";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { FILL_READONLY } from "../../../src/core/tables/cellStyles";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { DEFAULT_TITLE, buildErSheet } from "../layout/evaluasiRenja/helpers/erSheet";
import { ER_ROWS, SASARAN } from "../layout/evaluasiRenja/helpers/erData";
import { erModel } from "../layout/evaluasiRenja/helpers/outline";

/*
 * The Evaluasi Renja sheet as the LKjIP builders read it (tables/fromEvaluasiRenja.ts), on the small form of the
 * layout tests: its Sasaran PD 4 starts at the kegiatan Administrasi Keuangan inside the program Penunjang of
 * Sasaran PD 3, and a kegiatan is pasted below its total.
 */

const leaf = (kode: string) => ER_ROWS.find((r) => r.kode === kode)!;
const paguOf = (...kode: string[]) => kode.reduce((a, k) => a + (leaf(k).pagu as number), 0);

function values(spec: SheetSpec): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const { row, col, cell } of spec.cells) {
    (rows[row] ??= [])[col] = typeof cell.value === "number" || typeof cell.value === "string" ? cell.value : null;
  }
  return Array.from(rows, (r) => r ?? []);
}

describe("fromEvaluasiRenja", () => {
  const source = () => fromEvaluasiRenja(erModel(buildErSheet({ style: "export", pasted: true }).grid));

  test("every program with its whole tree, without the rows pasted below the total", () => {
    const { programs } = source();
    expect(programs?.map((p) => p.kode)).toEqual(["2.18.02", "2.18.03", "2.18.04", "2.18.01"]);
    const penunjang = programs![3];
    expect(penunjang.kegiatan.map((k) => k.kode)).toEqual(["2.18.01.2.01", "2.18.01.2.02"]);
    expect(penunjang.pagu?.value.toNumber()).toBe(
      paguOf("2.18.01.2.01.0001", "2.18.01.2.01.0006", "2.18.01.2.02.0001", "2.18.01.2.02.0003", "2.18.01.2.02.0007"),
    );
  });

  test("a program whose kegiatan lie in two Sasaran PD blocks counts in each with the kegiatan that lie there", () => {
    const { model } = source();
    const sasaran = model.tujuan.flatMap((t) => t.sasaran);
    expect(sasaran.map((s) => s.name)).toEqual(SASARAN);
    const [, , kinerja, keuangan] = sasaran;
    expect(kinerja.program.map((p) => [p.name, p.pagu?.value.toNumber(), p.kegiatan.map((k) => k.kode)])).toEqual([
      [
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        paguOf("2.18.01.2.01.0001", "2.18.01.2.01.0006"),
        ["2.18.01.2.01"],
      ],
    ]);
    expect(keuangan.program.map((p) => [p.name, p.pagu?.value.toNumber(), p.kegiatan.map((k) => k.kode)])).toEqual([
      [
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        paguOf("2.18.01.2.02.0001", "2.18.01.2.02.0003", "2.18.01.2.02.0007"),
        ["2.18.01.2.02"],
      ],
    ]);
    // The indikator of a block are those of its highest rows: the program's outcome, or the kegiatan's output.
    expect(kinerja.indikator.map((i) => i.name)).toEqual(["Persentase capaian kinerja program"]);
    expect(
      keuangan.indikator.map((i) => [i.name, i.target[3]?.value.toNumber(), i.realisasi?.value.toNumber()]),
    ).toEqual([["Jumlah laporan keuangan", 12, 12]]);
    // Every pagu is counted once across the sasaran.
    const total = sasaran.flatMap((s) => s.program).reduce((a, p) => a + (p.pagu?.value.toNumber() ?? 0), 0);
    expect(total).toBe(ER_ROWS.reduce((a, r) => a + (r.pagu ?? 0), 0));
  });

  test("realisasi is the sum of the triwulan up to the sheet's triwulan", () => {
    const title = [...DEFAULT_TITLE.slice(0, 3), "Periode Pelaksanaan : Triwulan III Tahun 2022"];
    const model = erModel(buildErSheet({ style: "export", title }).grid);
    expect(model.triwulan).toBe(3);
    const sub = fromEvaluasiRenja(model)
      .programs!.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan))
      .find((s) => s.kode === "2.18.04.2.01.0001")!;
    const [a, b, c] = leaf("2.18.04.2.01.0001").triwulan!;
    expect(sub.realisasi?.value.toNumber()).toBe(a + b + c);
  });

  test("the Renstra figures and the Data Pendukung prefill of each indikator", () => {
    const { model, renstra, prefill } = source();
    const ind = model.tujuan[0].sasaran[0].indikator[0];
    expect(ind.name).toBe("Persentase pertumbuhan penanaman modal");
    const r = renstra!.get(ind)!;
    expect([r.target, r.realisasiLalu].map((v) => v?.value.toString())).toEqual(["1.95", "1.17"]);
    expect(prefill?.indikator?.get(ind)?.satuan).toBe("%");
    expect(prefill?.namaPerangkatDaerah).toBe("Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja");
  });

  test("Data Pendukung shows the form's target akhir Renstra, not as a cell to type in: the tables print the form's (dp31 F6)", () => {
    const src = source();
    const template = buildDataPendukungTemplate(src);
    const grid = specToGrid(template);
    const header = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Indikator Kinerja"));
    const col = (grid.cells[header] ?? []).findIndex(
      (c) => typeof c?.value === "string" && c.value.startsWith("Target Akhir Renstra"),
    );
    const row = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Persentase pertumbuhan penanaman modal"));
    const akhir = template.cells.find((c) => c.row === row && c.col === col)!.cell;
    expect(akhir.value).toBeCloseTo(0.0195, 10);
    expect(akhir.input).toBeUndefined();
    expect(akhir.fill).toBe(FILL_READONLY);
  });

  test("the builders make every table from it; the Renstra comparison from the sheet's own columns", () => {
    const src = source();
    const specs = buildLkjipSheets({ model: src.model, source: src, findings: [], dataPendukung: null });
    expect(specs.map((s) => s.name)).toEqual([
      "LKjIP Bab II",
      "LKjIP SS I",
      "LKjIP SS II",
      "LKjIP SS III",
      "LKjIP SS IV",
      "LKjIP Realisasi Anggaran",
      "Hasil Pemeriksaan",
    ]);
    const ss4 = values(specs.find((s) => s.name === "LKjIP SS IV")!);
    const header = ss4.findIndex((r) => r[2] === "TARGET AKHIR RENSTRA");
    expect(ss4[header]).toEqual(expect.arrayContaining(["REALISASI s.d. 2021", "REALISASI s.d. 2022"]));
    const row = ss4.slice(header).find((r) => r[1] === "Jumlah laporan keuangan")!;
    // (6) = 60, (7) = 36, (14) = 36 + 12 = 48 in the small form.
    expect(row.slice(2, 5)).toEqual([60, 36, 48]);
    // Only part of the program's kegiatan lie in this sasaran's block: its row says so.
    const alokasi = ss4.find((r) => r[2] === "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA (sebagian)")!;
    expect(alokasi[3]).toBe(paguOf("2.18.01.2.02.0001", "2.18.01.2.02.0003", "2.18.01.2.02.0007"));
    // The title names the office the sheet names, before any Data Pendukung exists, with the kota its title names.
    expect(values(specs[0]).flat()).toContain(
      "DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN TENAGA KERJA KOTA PROBOLINGGO",
    );
  });
});
