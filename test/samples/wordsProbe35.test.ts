/**
 * Words the engine reads as structure, inside real names (round-35 probe): each sample with one name changed must
 * read as the sample does (the same rows at the same levels, the same findings). Each test fails on the engine
 * before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { countModel } from "../../src/core/model/counts";
import { Grid } from "../../src/core/grid/grid";
import { gridsOf } from "../file/gridsOf";
import { isUrusanHeading } from "../../src/core/layout/levelWords";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");
const PK = path.join(SAMPLES, "pengukuran-kinerja-2021.xlsx");
const ER = path.join(SAMPLES, "evaluasi-renja-2022.xlsx");

/** The sheet's grid with one cell's text replaced (A1 address). */
async function renamed(file: string, sheet: string, at?: [string, string]): Promise<Grid> {
  const grid = (await gridsOf(file)).find((g) => g.name === sheet)!;
  if (at) {
    const [a1, text] = at;
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    grid.cells[row][col] = { ...grid.cells[row][col], value: text };
  }
  return grid;
}

async function read(file: string, sheet: string, at?: [string, string]) {
  const analysis = analyseWorkbook([await renamed(file, sheet, at)]);
  return {
    counts: countModel(analysis.models[0]),
    findings: analysis.findings.map((f) => `${f.cell} ${f.messageKey}`).sort(),
  };
}

/** The sheet with one name changed reads as the sample does: the same rows at the same levels, the same findings. */
async function expectReadAsSample(file: string, sheet: string, at: [string, string]): Promise<void> {
  expect(await read(file, sheet, at)).toEqual(await read(file, sheet));
}

test.each([
  ["E28", "Rata-rata capaian kinerja program"],
  ["E59", "Nilai rata-rata capaian kinerja program"],
])(
  "PK: an indikator %s named `%s` with its own target is an indikator, not the sheet's average line (words35 D1)",
  async (cell, name) => {
    await expectReadAsSample(PK, "TW IV 2021", [cell, name]);
  },
);

test.each([
  ["D44", "Kesimpulan Penatausahaan Barang Milik Daerah"],
  ["D14", "Total Penyediaan Peta Potensi dan Peluang Usaha Kabupaten/Kota"],
  ["D39", "Tindak Lanjut Administrasi Keuangan Perangkat Daerah"],
  ["D42", "Tindak Lanjut Hasil Pemeriksaan Laporan Keuangan"],
  ["D21", "Rekapitulasi Keanggotaan Serikat Pekerja/Serikat Buruh"],
  ["D47", "Pendapatan dan Administrasi Umum Perangkat Daerah"],
])(
  "ER: a node %s named `%s`, with an indikator and its target, is kept at its level (words35 D2)",
  async (cell, name) => {
    await expectReadAsSample(ER, "TW IV 2022", [cell, name]);
  },
);

test.each([
  ["M30", "Rekap Penyusunan Dokumen Perencanaan"],
  ["M30", "Jumlah Pembuatan Peta Potensi Investasi"],
])("PK: a sub kegiatan %s named `%s` is no total row (words35 D4)", async (cell, name) => {
  await expectReadAsSample(PK, "TW IV 2021", [cell, name]);
});

test.each([
  ["ER", "TW IV 2022", "D39", ER],
  ["PK", "TW IV 2021", "M32", PK],
])(
  "%s: a kegiatan (%s!%s) named `Urusan Keuangan Perangkat Daerah` is a kegiatan, not an urusan heading (words35 D3: the form below it was mis-levelled, BELANJA DAERAH counted a kegiatan twice)",
  async (_family, sheet, cell, file) => {
    await expectReadAsSample(file, sheet, [cell, "Urusan Keuangan Perangkat Daerah"]);
  },
);

test.each([
  ["URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", true],
  ["1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN", true],
  ["BIDANG URUSAN KESEHATAN", true],
  ["Urusan : Kesehatan", true],
  ["Urusan Pemerintahan Bidang Penanaman Modal", true],
  ["URUSAN KESEHATAN", true],
  ["Urusan Keuangan Perangkat Daerah", false],
  ["Urusan Rumah Tangga dan Perlengkapan", false],
])("an urusan heading by its words: `%s` %s", (name, heading) => {
  expect(isUrusanHeading(name)).toBe(heading);
});
