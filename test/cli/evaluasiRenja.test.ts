import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { buildErSheet } from "../core/layout/evaluasiRenja/helpers/erSheet";
import { addGridSheet } from "./gridWorkbook";
import { memoryIo, tempDir } from "./helpers";
import { SAMPLE } from "./sampleWorkbook";

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(tmp.cleanup);

async function run(args: string[]) {
  const io = memoryIo(tmp.dir);
  const code = await runCli(args, io);
  return { code, out: io.text(), err: io.stderr.join("\n") };
}

/** An application's export (text numbers, a code column, an unlabelled total) beside a Pengukuran Kinerja sheet. */
async function workbook(): Promise<string> {
  const file = path.join(tmp.dir, "evaluasi-renja.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  addGridSheet(wb, buildErSheet({ style: "export", name: "Evaluasi Renja TW IV", pasted: true }).grid);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("lkjip inspect on an Evaluasi Renja sheet", () => {
  let file: string;
  beforeAll(async () => {
    file = await workbook();
  });

  it("gives every sheet entry its layout, and the Evaluasi Renja tree", async () => {
    const { code, out, err } = await run(["inspect", file, "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const { sheets } = JSON.parse(out);
    expect(sheets.map((s: { sheet: string; layout: string }) => [s.sheet, s.layout])).toEqual([
      ["TW I 2022", "pengukuran-kinerja"],
      ["TW IV 2022", "pengukuran-kinerja"],
      ["Evaluasi Renja TW IV", "evaluasi-renja"],
    ]);
    const er = sheets[2];
    expect(Object.keys(er)).toEqual(["layout", "sheet", "triwulan", "tahun", "perangkatDaerah", "tujuan", "urusan"]);
    expect(er).toMatchObject({ triwulan: 4, tahun: 2022 });
    expect(er.tujuan.map((t: { sasaran: unknown[] }) => t.sasaran.length)).toEqual([1, 1, 2]);
    expect(er.tujuan[2].sasaran[1]).toEqual({
      name: "Meningkatnya Akuntabilitas Keuangan Perangkat Daerah",
      cell: "C27",
    });
    const bidang = er.urusan[0].bidang[0];
    expect(er.urusan[0]).toMatchObject({ kode: "2", cell: "E8", pagu: 8566245352 });
    expect(bidang.program.map((p: { kode: string }) => p.kode)).toEqual(["2.18.02", "2.18.03", "2.18.04", "2.18.01"]);
    const promosi = bidang.program[1];
    expect(promosi).toMatchObject({
      name: "PROGRAM PROMOSI PENANAMAN MODAL",
      cell: "E13",
      sasaranCell: "C8",
      pagu: 49421000,
      realisasiTriwulan: [800000, 25000000, 21709789, 0],
      realisasi: 47509789,
    });
    expect(
      promosi.indikator.map((i: { name: string; satuan: string; targetRenja: number; persen: boolean }) => [
        i.name,
        i.satuan,
        i.targetRenja,
        i.persen,
      ]),
    ).toEqual([
      ["Persentase peningkatan nilai investasi", "%", 5, true],
      ["Jumlah peminat investasi", "orang", 40, false],
    ]);
    const administrasi = bidang.program[3].kegiatan[1];
    expect(administrasi).toMatchObject({ kode: "2.18.01.2.02", sasaranCell: "C27" });
    expect(administrasi.subKegiatan.map((s: { kode: string }) => s.kode)).toEqual([
      "2.18.01.2.02.0001",
      "2.18.01.2.02.0003",
      "2.18.01.2.02.0007",
    ]);
    // The block pasted under the total is read, and marked.
    const pasted = bidang.program[3].kegiatan[2];
    expect(pasted).toMatchObject({ kode: "2.18.03.2.02", outsideTotals: true });
  });

  it("prints the Evaluasi Renja tree readably", async () => {
    const { code, out } = await run(["inspect", file, "--sheet", "Evaluasi Renja TW IV"]);
    expect(code).toBe(0);
    expect(out).toContain('Lembar "Evaluasi Renja TW IV" (Evaluasi Renja; s/d Triwulan IV, tahun 2022)');
    expect(out).toContain(
      "3 tujuan, 4 sasaran, 1 urusan, 1 bidang urusan, 4 program, 6 kegiatan, 12 sub kegiatan, 23 indikator",
    );
    expect(out).toContain(
      "    Program [E13] 2.18.03 PROGRAM PROMOSI PENANAMAN MODAL: pagu Rp 49.421.000; realisasi Rp 47.509.789; sasaran C8",
    );
    expect(out).toContain(
      "Indikator [F14] Jumlah peminat investasi (orang): target 40; realisasi TW I–IV 5 | 10 | 15 | 10",
    );
    expect(out).toMatch(/Baris 33–34 ada di bawah jumlah M31, di luar jumlah itu/);
  });

  it("names the words of both families when a sheet holds neither", async () => {
    const other = path.join(tmp.dir, "lain.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").addRows([["No", "Nama", "Jabatan"]]);
    await wb.xlsx.writeFile(other);
    const { code, err } = await run(["inspect", other]);
    expect(code).toBe(2);
    expect(err.split("\n")).toEqual([
      `Tidak ada tabel Pengukuran Kinerja atau Evaluasi Renja di ${other}.`,
      '  Lembar "Catatan": judul kolom tidak ditemukan untuk Pengukuran Kinerja: SASARAN STRATEGIS, INDIKATOR SASARAN, PROGRAM / KEGIATAN / SUB KEGIATAN, PAGU, TARGET, ANGGARAN KAS; Evaluasi Renja: URUSAN/BIDANG URUSAN DAN PROGRAM/KEGIATAN, INDIKATOR KINERJA PROGRAM (OUTCOME)/KEGIATAN (OUTPUT), TARGET KINERJA DAN ANGGARAN RENJA, REALISASI KINERJA PADA TRIWULAN',
    ]);
  });
});

describe("lkjip generate on a workbook holding both families", () => {
  let file: string;
  beforeAll(async () => {
    file = await workbook();
  });

  it("builds from the latest triwulan of the latest year, on a tie the Pengukuran Kinerja sheet, and says so", async () => {
    const { code, out } = await run(["generate", file, "-o", path.join(tmp.dir, "tie.xlsx")]);
    expect(code).toBe(0);
    expect(out).toContain(
      'Sumber tabel LKjIP: lembar "TW IV 2022" (Pengukuran Kinerja, s/d Triwulan IV tahun 2022); lembar lain ' +
        '("TW I 2022", "Evaluasi Renja TW IV") dapat dipilih dengan --sheet',
    );
  });

  it("--sheet chooses the Evaluasi Renja sheet", async () => {
    const target = path.join(tmp.dir, "er.xlsx");
    const { code, out } = await run(["generate", file, "-o", target, "--sheet", "Evaluasi Renja TW IV"]);
    expect(code).toBe(0);
    expect(out).toContain(
      'Sumber tabel LKjIP: lembar "Evaluasi Renja TW IV" (Evaluasi Renja, s/d Triwulan IV tahun 2022)',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ra = wb.getWorksheet("LKjIP Realisasi Anggaran")!;
    const names: string[] = [];
    ra.eachRow((row) => names.push(String(row.getCell(2).value ?? "")));
    expect(names).toContain("PROGRAM PROMOSI PENANAMAN MODAL");
    // The kegiatan pasted below the total is no part of the LKjIP's budget.
    expect(names).not.toContain("Penyelenggaraan Promosi Penanaman Modal Tambahan");
  });
});

describe("lkjip validate on a correct Evaluasi Renja form", () => {
  it("says what it compared: the form has no anggaran kas, so the all-clear does not name it", async () => {
    const file = path.join(__dirname, "..", "fixtures", "er-probe25", "er25-11-dinkes-unit-upt-bernomor.xlsx");
    const { code, out } = await run(["validate", file]);
    expect(code).toBe(0);
    expect(out).toContain("Tidak ada temuan: semua jumlah, realisasi dan capaian cocok.");
  });
});
