import { D } from "../../../src/core/numbers";
import {
  Indikator,
  Kegiatan,
  NumberCell,
  Program,
  Quarterly,
  Sasaran,
  PengukuranKinerjaModel,
  SubKegiatan,
  Tujuan,
} from "../../../src/core/model/types";
import { DataIndikator, DataPendukung, DataProgram, DataSasaran } from "../../../src/core/model/dataPendukung";

/** Small builders for SheetModels in tests: figures are the 2021 LKjIP seed's. */
let nextRow = 10;

export function num(v: string | number, decimals?: number): NumberCell {
  const d = new D(v);
  return { value: d, decimals: decimals ?? d.decimalPlaces(), cell: `X${nextRow++}` };
}

export function indikator(
  name: string,
  target: string | number | null,
  realisasi: string | number | null,
  persen = true,
  quarters: "all" | "tw4-empty" = "all",
): Indikator {
  const t = target === null ? null : num(target);
  const q: Quarterly = quarters === "all" ? [t, t, t, t] : [t, t, null, null];
  const row = nextRow++;
  return {
    name,
    cell: `E${row + 1}`,
    formulasi: [],
    target: q,
    realisasi: realisasi === null ? null : num(realisasi),
    capaian: null,
    persen,
    row,
  };
}

function node<T extends "program" | "kegiatan" | "subKegiatan">(
  level: T,
  name: string,
  pagu: string | number | null,
  realisasi: string | number | null,
) {
  const row = nextRow++;
  return {
    level,
    name,
    cell: `M${row + 1}`,
    row,
    pagu: pagu === null ? null : num(pagu),
    anggaranKas: [null, null, null, null] as Quarterly,
    realisasi: realisasi === null ? null : num(realisasi),
    capaian: null,
    levelEvidence: "kata" as const,
  };
}

export function subKegiatan(name: string, pagu: string | number, realisasi: string | number): SubKegiatan {
  return node("subKegiatan", name, pagu, realisasi);
}

export function kegiatan(
  name: string,
  pagu: string | number,
  realisasi: string | number,
  subs: SubKegiatan[] = [],
): Kegiatan {
  return { ...node("kegiatan", name, pagu, realisasi), subKegiatan: subs };
}

export function program(
  name: string,
  pagu: string | number | null,
  realisasi: string | number | null,
  keg: Kegiatan[] = [],
): Program {
  return { ...node("program", name, pagu, realisasi), kegiatan: keg };
}

export function sasaran(name: string, ind: Indikator[], prog: Program[]): Sasaran {
  const row = nextRow++;
  return { name, cell: `D${row + 1}`, row, indikator: ind, program: prog };
}

export function tujuan(name: string, sas: Sasaran[]): Tujuan {
  const row = nextRow++;
  return { name, cell: `B${row + 1}`, row, sasaran: sas };
}

export function model(tujuanList: Tujuan[], tahun: number | null = 2021): PengukuranKinerjaModel {
  return {
    layout: "pengukuran-kinerja",
    sheet: "PK TW IV",
    triwulan: 4,
    tahun,
    title: [],
    columns: {},
    headerRows: [0, 1],
    dataRows: [3, 100],
    tujuan: tujuanList,
    findings: [],
  };
}

export const SS1 = "Meningkatnya nilai penanaman modal";
export const IND1 = "Persentase Pertumbuhan Penanaman Modal";
export const SS2 = "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan";
export const IND2 = "Persentase Izin Yang Tepat Waktu";
export const SS3 = "Meningkatnya Kinerja Lembaga dan Aparatur";
export const IND3 = "Persentase Capaian Kinerja program";
export const SS4 = "Meningkatnya perlindungan Tenaga Kerja";
export const IND4A = "Persentase Perusahaan yang memenuhi persyaratan kerja";
export const IND4B = "Persentase penurunan kasus perselisihan hubungan industrial";

/**
 * The 2021 seed: sasaran I with one program carrying the Tabel 3.5 totals (681.067.100 / 530.921.722), sasaran II
 * and III under one tujuan, sasaran IV with two indikator and a program with kegiatan and sub kegiatan.
 */
export function seedModel(tahun: number | null = 2021): PengukuranKinerjaModel {
  return model(
    [
      tujuan("Meningkatnya nilai investasi daerah", [
        sasaran(
          SS1,
          [indikator(IND1, "0.38", "0.37")],
          [program("Program Penanaman Modal (gabungan Tabel 3.5)", 681067100, 530921722)],
        ),
      ]),
      tujuan("Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan", [
        sasaran(
          SS2,
          [indikator(IND2, 100, "93.41")],
          [program("Program Pelayanan Penanaman Modal", 276649300, 260966450)],
        ),
        sasaran(
          SS3,
          [indikator(IND3, 100, 90)],
          [program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 10931433866, "10377143130.77")],
        ),
      ]),
      tujuan("Meningkatkan Kuantitas Penyerapan Tenaga Kerja", [
        sasaran(
          SS4,
          [indikator(IND4A, 80, 50), indikator(IND4B, "66.7", "84.6")],
          [
            program("Program Hubungan Industrial", 202248000, 194837360, [
              kegiatan("Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama", 78967500, 74287500, [
                subKegiatan("Pengesahan Peraturan Perusahaan bagi Perusahaan", 35390000, 35310000),
                subKegiatan("Penyelenggaraan Pendataan dan Informasi Sarana Hubungan Industrial", 43577500, 38977500),
              ]),
              kegiatan("Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial", 123280500, 120549860, [
                subKegiatan("Pencegahan Perselisihan Hubungan Industrial", 73280500, 70549860),
                subKegiatan("Verifikasi dan Rekapitulasi Keanggotaan Organisasi Pengusaha", 50000000, 50000000),
              ]),
            ]),
            program("Program Penempatan Tenaga Kerja", 268644500, 263538600),
          ],
        ),
      ]),
    ],
    tahun,
  );
}

export function dataIndikator(sas: string, ind: string, extra: Partial<DataIndikator> = {}): DataIndikator {
  return {
    sasaran: sas,
    indikator: ind,
    polaritas: "positif",
    targetTahunLalu: new D(1),
    realisasiTahunLalu: new D(2),
    targetAkhirRenstra: new D(3),
    analisis: `Analisis ${ind}`,
    programPenunjang: `Program ${ind}`,
    cell: "C9",
    ...extra,
  };
}

/** Complete Data Pendukung for the seed (2020 figures and Renstra targets of the seed where it has them). */
export function seedDataPendukung(): DataPendukung {
  return {
    namaPerangkatDaerah: "Dinas Penanaman Modal, PTSP dan Tenaga Kerja Kota Probolinggo",
    totalAnggaran: new D("13255734286"),
    indikator: [
      dataIndikator(SS1, IND1, {
        targetTahunLalu: new D("0.37"),
        realisasiTahunLalu: new D(2),
        targetAkhirRenstra: new D("0.41"),
      }),
      dataIndikator(SS2, IND2, {
        targetTahunLalu: new D("92.5"),
        realisasiTahunLalu: new D("198.51"),
        targetAkhirRenstra: new D(100),
      }),
      dataIndikator(SS3, IND3, {
        targetTahunLalu: new D(80),
        realisasiTahunLalu: new D(80),
        targetAkhirRenstra: new D(100),
      }),
      dataIndikator(SS4, IND4A, {
        targetTahunLalu: new D("64.5"),
        realisasiTahunLalu: new D(52),
        targetAkhirRenstra: new D(70),
      }),
      dataIndikator(SS4, IND4B, {
        targetTahunLalu: new D("77.2"),
        realisasiTahunLalu: new D(100),
        targetAkhirRenstra: new D("77.2"),
      }),
    ],
    // The seed's KET. column of Tabel 2.2 and its BELANJA OPERASI / BELANJA PEGAWAI lines of Tabel 3.40.
    program: [
      dataProgram("Program Penanaman Modal (gabungan Tabel 3.5)", "DAU dan DAK"),
      dataProgram("Program Pelayanan Penanaman Modal", "DAU"),
      dataProgram("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "DAU"),
      dataProgram("Program Hubungan Industrial", "DAU"),
      dataProgram("Program Penempatan Tenaga Kerja", "DAU"),
    ],
    sasaran: [dataSasaran(SS1, RTL_SS1), dataSasaran(SS2, ""), dataSasaran(SS3, ""), dataSasaran(SS4, "")],
    belanjaOperasi: {
      anggaran: new D("13255734286"),
      realisasi: new D("12482485478"),
      cells: { anggaran: "C7", realisasi: "C8" },
    },
    belanjaPegawai: {
      anggaran: new D("9359592767"),
      realisasi: new D("8977751609"),
      cells: { anggaran: "C9", realisasi: "C10" },
    },
  };
}

/** The seed's Rencana Tindak Lanjut after Tabel 3.7 (Sasaran strategis 1), shortened. */
export const RTL_SS1 =
  "Secara terus menerus dan berkelanjutan melaksanakan peningkatan investasi di kota Probolinggo, melaksanakan " +
  "perumusan rencana kerja dan kebijakan teknis di bidang penanaman modal.";

export function dataProgram(program: string, sumberDana: string, kode = ""): DataProgram {
  return { kode, program, sumberDana, cell: "B30" };
}

export function dataSasaran(sasaran: string, rencanaTindakLanjut: string): DataSasaran {
  return { sasaran, rencanaTindakLanjut, cell: "B20" };
}
