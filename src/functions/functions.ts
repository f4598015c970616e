/*
 * SAKIP custom functions (=SAKIP.CAPAIAN(K9;H9) …), thin wrappers over src/core/formulas.
 *
 * Units, the same for every function: arguments are the numbers the cells hold, so a cell showing 97,44% passes
 * 0,9744, and text in Indonesian notation is read too ("412.786.800,00", "0,39%" = 0,0039). Results that are
 * percentages are returned as fractions (0,9737), to be shown with a % format (97,37%); IKM returns the 25–100 score
 * and PREDIKAT / MUTU_IKM return labels. An empty cell counts as 0, as in =K9/H9. A capaian whose size decides a
 * label (PREDIKAT, EFISIENSI_PMK) is refused above 1000%: it was typed in percent points (masukan.ts, bacaCapaian).
 *
 * Registration: custom-functions-metadata-plugin generates functions.json from the JSDoc below and appends
 * CustomFunctions.associate(id, fn) for each @customfunction to this module in the webpack build, as Microsoft's
 * shared-runtime template relies on. Calling associate here as well would register every function twice, and
 * keeping it out lets the module load in Node tests, where CustomFunctions does not exist.
 */
import * as rumus from "../core/formulas";
import { roundTo } from "../core/numbers/decimal";
import { tercapaiKualitatif } from "../core/formulas/nilaiKualitatif";
import { hitung, galatNilai } from "./galatExcel";
import {
  bacaAngka,
  bacaCapaian,
  bacaJawaban,
  bacaNilaiKualitatif,
  bacaPolaritas,
  bacaSkala,
  bacaTarget,
  barisBerisi,
  bacaRentang,
  kosong,
  satuanSama,
  selRentang,
} from "./masukan";
import { pecahan, persenPoin } from "./keluaran";

/**
 * Capaian kinerja: realisasi ÷ target (polaritas positif), sebagai pecahan; format sel dengan % (0,9737 = 97,37%).
 * @customfunction CAPAIAN CAPAIAN
 * @param realisasi Realisasi indikator: angka, sel persen, atau teks seperti "0,37%"; tanda strip "-" dibaca 0.
 * @param target Target indikator dalam satuan yang sama dengan realisasi; batas seperti "≥ 80%" dibaca angkanya. Target kosong atau 0 menghasilkan #DIV/0!.
 * @param [polaritas] "positif" (bawaan: R ÷ T), "negatif" ((2T − R) ÷ T), "negatif-b" (T ÷ R) atau "stabil".
 * @returns Capaian kinerja sebagai pecahan.
 */
export function capaianKinerja(realisasi: unknown, target: unknown, polaritas?: unknown): number {
  const r = bacaAngka(realisasi, "realisasi");
  const t = bacaTarget(target, "target");
  satuanSama({ nama: "realisasi", v: realisasi, n: r }, { nama: "target", v: target, n: t });
  const p = bacaPolaritas(polaritas);
  return hitung(() => pecahan(rumus.capaianKinerja(r, t, p)));
}

/**
 * Capaian terhadap target rentang: di dalam rentang 100%, di luar rentang diukur terhadap batas terdekat.
 * @customfunction CAPAIAN_RENTANG CAPAIAN_RENTANG
 * @param realisasi Realisasi indikator.
 * @param batas_bawah Batas bawah rentang target.
 * @param batas_atas Batas atas rentang target (tidak boleh lebih kecil dari batas bawah).
 * @param [polaritas] "positif" (bawaan), "negatif", "negatif-b" atau "stabil".
 * @returns Capaian kinerja sebagai pecahan.
 */
export function capaianRentang(
  realisasi: unknown,
  batas_bawah: unknown,
  batas_atas: unknown,
  polaritas?: unknown,
): number {
  const r = bacaAngka(realisasi, "realisasi");
  const lo = bacaAngka(batas_bawah, "batas_bawah");
  const hi = bacaAngka(batas_atas, "batas_atas");
  const nilaiR = { nama: "realisasi", v: realisasi, n: r };
  satuanSama(nilaiR, { nama: "batas_bawah", v: batas_bawah, n: lo });
  satuanSama(nilaiR, { nama: "batas_atas", v: batas_atas, n: hi });
  const p = bacaPolaritas(polaritas);
  return hitung(() => pecahan(rumus.capaianRentang(r, lo, hi, p)));
}

/**
 * Capaian anggaran (serapan): realisasi Rp ÷ pagu, sebagai pecahan (0,7795 = 77,95%).
 * @customfunction SERAPAN SERAPAN
 * @param realisasi_rp Realisasi anggaran dalam rupiah, angka atau teks seperti "530.921.722".
 * @param pagu Pagu anggaran dalam rupiah. Pagu kosong atau 0 menghasilkan #DIV/0!.
 * @returns Capaian anggaran sebagai pecahan.
 */
export function serapan(realisasi_rp: unknown, pagu: unknown): number {
  const r = bacaAngka(realisasi_rp, "realisasi_rp");
  const p = bacaAngka(pagu, "pagu");
  return hitung(() => pecahan(rumus.capaianAnggaran(r, p)));
}

/**
 * Tingkat efisiensi (rasio): capaian kinerja ÷ capaian anggaran, sebagai pecahan (1,2444 = 124,44%).
 * @customfunction EFISIENSI EFISIENSI
 * @param capaian_kinerja Capaian kinerja, misalnya sel persen 97,00% (0,97).
 * @param capaian_anggaran Capaian anggaran (serapan), misalnya sel persen 77,95% (0,7795).
 * @returns Tingkat efisiensi sebagai pecahan.
 */
export function efisiensi(capaian_kinerja: unknown, capaian_anggaran: unknown): number {
  const ck = bacaAngka(capaian_kinerja, "capaian_kinerja");
  const ca = bacaAngka(capaian_anggaran, "capaian_anggaran");
  satuanSama(
    { nama: "capaian_kinerja", v: capaian_kinerja, n: ck },
    { nama: "capaian_anggaran", v: capaian_anggaran, n: ca },
  );
  return hitung(() => pecahan(rumus.efisiensiRasio(ck, ca)));
}

/**
 * Nilai efisiensi cara PMK 214/2017 dan PMK 22/2021 atas beberapa program/kegiatan (0–100%, 50% = sesuai rencana).
 * @customfunction EFISIENSI_PMK EFISIENSI_PMK
 * @param pagu Rentang pagu tiap program/kegiatan (rupiah).
 * @param capaian Rentang capaian kinerja tiap baris (sel persen; di atas 100% dihitung 100%), sebesar rentang pagu.
 * @param realisasi_rp Rentang realisasi anggaran tiap baris (rupiah), sebesar rentang pagu.
 * @returns Nilai efisiensi sebagai pecahan.
 */
export function efisiensiPmk(pagu: unknown[][], capaian: unknown[][], realisasi_rp: unknown[][]): number {
  const selPagu = selRentang(pagu);
  const selCapaian = selRentang(capaian);
  const selRealisasi = selRentang(realisasi_rp);
  // Cells are paired by position: ranges of one count but another shape (2×2 beside 4×1) pair the wrong rows.
  const ukuran = [pagu, capaian, realisasi_rp].map((v) => {
    const rentang = bacaRentang(v);
    return `${rentang.length}×${rentang[0]?.length ?? 0}`;
  });
  if (ukuran[1] !== ukuran[0] || ukuran[2] !== ukuran[0]) {
    throw galatNilai(
      `Rentang pagu (${ukuran[0]} sel), capaian (${ukuran[1]} sel) dan realisasi_rp (${ukuran[2]} sel) harus ` +
        "sama ukurannya: satu baris per program/kegiatan, dengan jumlah kolom yang sama.",
    );
  }
  const butir = selPagu.map((sel, i) => ({
    pagu: bacaAngka(sel.nilai, `pagu ${sel.letak}`),
    capaianKinerja: persenPoin(bacaCapaian(selCapaian[i].nilai, `capaian ${selCapaian[i].letak}`)),
    realisasi: bacaAngka(selRealisasi[i].nilai, `realisasi_rp ${selRealisasi[i].letak}`),
  }));
  // No divisor the officer typed is 0 here: the sum of pagu × capaian is, and #DIV/0! could not say so.
  try {
    return hitung(() => pecahan(rumus.efisiensiPmk(butir).nilai));
  } catch (e) {
    if (e instanceof CustomFunctions.Error && e.code === CustomFunctions.ErrorCode.divisionByZero) {
      throw galatNilai(
        "Jumlah pagu × capaian kinerja nol: capaian kosong, 0 atau negatif di semua baris (atau pagunya 0); " +
          "efisiensi tidak dapat dihitung.",
      );
    }
    throw e;
  }
}

/**
 * Pertumbuhan: (nilai tahun n − nilai tahun n−1) ÷ nilai tahun n−1, sebagai pecahan.
 * @customfunction PERTUMBUHAN PERTUMBUHAN
 * @param nilai_n Nilai tahun n.
 * @param nilai_n_1 Nilai tahun sebelumnya (n−1). Kosong atau 0 menghasilkan #DIV/0!.
 * @returns Pertumbuhan sebagai pecahan (0,12 = 12%).
 */
export function pertumbuhan(nilai_n: unknown, nilai_n_1: unknown): number {
  const n = bacaAngka(nilai_n, "nilai_n");
  const n1 = bacaAngka(nilai_n_1, "nilai_n_1");
  satuanSama({ nama: "nilai_n", v: nilai_n, n }, { nama: "nilai_n_1", v: nilai_n_1, n: n1 });
  return hitung(() => pecahan(rumus.pertumbuhan(n, n1)));
}

/**
 * Tingkat kemajuan terhadap Renstra: realisasi tahun n ÷ target akhir Renstra, sebagai pecahan.
 * @customfunction KEMAJUAN KEMAJUAN
 * @param realisasi Realisasi tahun n.
 * @param target_akhir Target akhir periode Renstra, dalam satuan yang sama; batas seperti "≤ 2%" dibaca angkanya. Kosong atau 0 menghasilkan #DIV/0!.
 * @param [polaritas] "positif" (bawaan: R ÷ T), "negatif", "negatif-b" atau "stabil": diukur seperti CAPAIAN, sama dengan tabel LKjIP.
 * @returns Tingkat kemajuan sebagai pecahan.
 */
export function kemajuan(realisasi: unknown, target_akhir: unknown, polaritas?: unknown): number {
  const r = bacaAngka(realisasi, "realisasi");
  const t = bacaTarget(target_akhir, "target_akhir");
  satuanSama({ nama: "realisasi", v: realisasi, n: r }, { nama: "target_akhir", v: target_akhir, n: t });
  const p = bacaPolaritas(polaritas);
  return hitung(() => pecahan(rumus.tingkatKemajuan(r, t, p)));
}

/**
 * Deviasi anggaran kas: (capaian RAK − serapan) ÷ capaian RAK, sebagai pecahan; positif berarti belanja tertinggal.
 * @customfunction DEVIASI_KAS DEVIASI_KAS
 * @param realisasi_rp Realisasi anggaran s/d triwulan ini (rupiah).
 * @param anggaran_kas Anggaran kas (RAK) s/d triwulan ini (rupiah).
 * @param pagu Pagu anggaran (rupiah). Kosong atau 0 menghasilkan #DIV/0!.
 * @returns Deviasi sebagai pecahan.
 */
export function deviasiKas(realisasi_rp: unknown, anggaran_kas: unknown, pagu: unknown): number {
  const r = bacaAngka(realisasi_rp, "realisasi_rp");
  const kas = bacaAngka(anggaran_kas, "anggaran_kas");
  const p = bacaAngka(pagu, "pagu");
  return hitung(() => pecahan(rumus.deviasiAnggaranKas(r, kas, p).deviasi));
}

/**
 * Predikat capaian: Sangat Tinggi ≥ 91%, Tinggi ≥ 76%, Sedang ≥ 66%, Rendah ≥ 51%, selain itu Sangat Rendah.
 * @customfunction PREDIKAT PREDIKAT
 * @param capaian Capaian sebagai sel persen (97,44% = 0,9744) atau teks "97,44%"; dibandingkan pada 2 desimal persen. Sel kosong menghasilkan teks kosong.
 * @param [skala] "permendagri86" (bawaan: Sangat Tinggi … Sangat Rendah) atau "baik" (Sangat Baik … Sangat Kurang).
 * @returns Predikat capaian.
 */
export function predikat(capaian: unknown, skala?: unknown): string {
  // A capaian not filled in yet has no predikat (not the lowest one).
  if (kosong(capaian)) return "";
  const c = roundTo(persenPoin(bacaCapaian(capaian, "capaian")), 2);
  const s = bacaSkala(skala);
  return hitung(() => rumus.predikat(c, s));
}

/**
 * Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017): nilai 25–100 dari jawaban responden.
 * @customfunction IKM IKM
 * @param nilai_unsur Rentang jawaban: satu baris per responden, 9 kolom unsur, tiap nilai 1–4. Baris kosong dilewati.
 * @returns Nilai IKM unit pelayanan (25–100).
 */
export function ikm(nilai_unsur: unknown[][]): number {
  // Checked here, by the row of the range the officer selected: the formula counts respondents after blank rows.
  const responden = barisBerisi(nilai_unsur).map(({ nomor, sel }) => bacaJawaban(sel, nomor));
  if (responden.length === 0) {
    throw galatNilai("nilai_unsur kosong: pilih rentang jawaban responden (satu baris per responden, 9 kolom).");
  }
  return hitung(() => rumus.ikm(responden).nilai.toNumber());
}

/**
 * Mutu pelayanan dari nilai IKM: A (Sangat Baik), B (Baik), C (Kurang Baik) atau D (Tidak Baik).
 * @customfunction MUTU_IKM MUTU_IKM
 * @param nilai_ikm Nilai IKM 25–100, misalnya hasil SAKIP.IKM; sel persen (83,37%) juga dibaca sebagai 83,37.
 * @returns Kode dan label mutu, misalnya "B (Baik)".
 */
export function mutuIkm(nilai_ikm: unknown): string {
  const dibaca = bacaAngka(nilai_ikm, "nilai_ikm");
  // A score shown with a % format (83,37%) holds 0,8337: no score lies in 0,25–1, so it can only be that.
  const nilai = dibaca.gte(0.25) && dibaca.lte(1) ? dibaca.times(100) : dibaca;
  return hitung(() => {
    const mutu = rumus.mutuIkm(nilai);
    return `${mutu.kode} (${mutu.label})`;
  });
}

/**
 * Mengubah angka yang tertulis sebagai teks Indonesia menjadi angka: "412.786.800,00" → 412786800, "0,39%" → 0,0039.
 * @customfunction ANGKA ANGKA
 * @param teks Teks angka dengan titik pemisah ribuan dan koma desimal; persen menjadi pecahan.
 * @returns Angka.
 */
export function angka(teks: unknown): number {
  return bacaAngka(teks, "teks").toNumber();
}

/**
 * Apakah realisasi kualitatif mencapai targetnya pada skala yang sama: predikat (AA … D), opini BPK (WTP, WDP, TW,
 * TMP), kategori (Sangat Baik … Sangat Kurang), tingkat, zona atau Ada/Tidak ada.
 * @customfunction TERCAPAI TERCAPAI
 * @param realisasi Realisasi indikator sebagai teks, misalnya "B" atau "WTP".
 * @param target Target indikator pada skala yang sama, misalnya "BB" atau "WTP".
 * @returns "Tercapai" atau "Tidak tercapai".
 */
export function tercapai(realisasi: unknown, target: unknown): string {
  const r = bacaNilaiKualitatif(realisasi, "realisasi");
  const t = bacaNilaiKualitatif(target, "target");
  const hasil = tercapaiKualitatif(r, t);
  if (hasil === null) {
    throw galatNilai(`realisasi "${r.nilai}" dan target "${t.nilai}" tidak berada pada skala yang sama.`);
  }
  return hasil ? "Tercapai" : "Tidak tercapai";
}
