import Decimal from "decimal.js";
import { D } from "../core/numbers/decimal";
import { parseIndonesianNumber } from "../core/numbers/parseNumber";
import { formatAngka } from "../core/numbers/format";
import { Polaritas, parsePolaritas } from "../core/formulas/polaritas";
import { SkalaPredikat } from "../core/formulas/predikat";
import { JUMLAH_UNSUR_IKM } from "../core/formulas/ikm";
import { galatNilai } from "./galatExcel";
import { NilaiSkala, nilaiKualitatifOf } from "../core/formulas/nilaiKualitatif";
import { parseTargetBound } from "../core/numbers/targetRange";

/**
 * Excel passes an empty cell as null on some platforms and as 0 on others, and an omitted optional argument as null.
 * A blank string (a cell holding `=""`) counts as empty too.
 */
export function kosong(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function tampilkan(v: unknown): string {
  if (typeof v === "boolean") return "nilai logika (BENAR/SALAH)";
  if (typeof v === "string") return `"${v.trim()}"`;
  if (typeof v === "number") return `angka ${Number.isFinite(v) ? formatAngka(new D(v)) : String(v)}`;
  return "nilai galat atau nilai yang bukan angka maupun teks";
}

/**
 * An optional argument left empty: as kosong, and 0, which is how some Excel platforms pass an empty cell (no
 * polaritas, skala or other word argument is a number).
 */
function kosongOpsional(v: unknown): boolean {
  return kosong(v) || v === 0;
}

/**
 * An argument as the number Excel computes with: numbers as they are (a cell showing 97,37% holds 0,9737), text in
 * Indonesian notation (`"412.786.800,00"` → 412786800, `"0,39%"` → 0,0039) and an empty cell as 0, as `=A1/B1` does,
 * so that a blank target gives #DIV/0! on every platform.
 */
export function bacaAngka(v: unknown, nama: string): Decimal {
  if (kosong(v)) return new D(0);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw galatNilai(`${nama} bukan angka yang sah.`);
    return new D(v);
  }
  if (typeof v === "string") {
    const hasil = parseIndonesianNumber(v);
    if (hasil.kind === "number") return hasil.percent ? hasil.value.div(100) : hasil.value;
    throw galatNilai(`${nama} bukan angka: ${tampilkan(v)}. Tulis angka seperti 412.786.800,00 atau 0,39%.`);
  }
  throw galatNilai(`${nama} harus berupa angka, bukan ${tampilkan(v)}.`);
}

/**
 * A target: as bacaAngka, and a target written as a bound (`"≥ 80%"`, `"maks. 5"`) is its number. Which way is
 * better is the polaritas argument's to say: a bound does not change the formula.
 */
export function bacaTarget(v: unknown, nama: string): Decimal {
  const batas = typeof v === "string" ? parseTargetBound(v) : null;
  if (batas) return batas.percent ? batas.value.div(100) : batas.value;
  return bacaAngka(v, nama);
}

/** A ratio of two figures of one unit read as written: between 10% and 1000%. */
const RASIO_WAJAR = { min: new D(0.1), max: new D(10) };

function wajar(q: Decimal): boolean {
  return q.abs().gte(RASIO_WAJAR.min) && q.abs().lte(RASIO_WAJAR.max);
}

/**
 * Two figures of one unit: one written as a percentage in text (`"8%"`, `"≥ 80%"`, read as 0,08 and 0,8) and the
 * other a number without `%` that is meant in percent points (5 for 5%) give a ratio a hundred times off (62,5 =
 * 6.250%, or 0,6%): refused with what to write instead, when their ratio read as written is out of all measure and
 * the number read as points brings it within (fn37: values up to 10, the usual ones where less is better, passed).
 */
export function satuanSama(
  a: { nama: string; v: unknown; n: Decimal },
  b: { nama: string; v: unknown; n: Decimal },
): void {
  const persen = (v: unknown) => typeof v === "string" && v.includes("%");
  if (persen(a.v) === persen(b.v) || a.n.isZero() || b.n.isZero()) return;
  const ditulis = a.n.div(b.n);
  const poin = persen(a.v) ? ditulis.times(100) : ditulis.div(100);
  if (wajar(ditulis) || !wajar(poin)) return;
  throw galatNilai(
    `${a.nama} (${tampilkanNilai(a.v)}) dan ${b.nama} (${tampilkanNilai(b.v)}) ditulis dalam satuan berbeda: ` +
      "yang satu persen, yang lain angka poin. Tulis keduanya sebagai persen (97%) atau keduanya sebagai angka (97).",
  );
}

function tampilkanNilai(v: unknown): string {
  return typeof v === "string" ? `"${v.trim()}"` : typeof v === "number" ? formatAngka(new D(v)) : String(v);
}

/** Above this a capaian read as a fraction (1000%) is no capaian: the cell holds percent points (62,5 for 62,5%). */
const CAPAIAN_TERBESAR = 10;

/**
 * A capaian where its size decides a label or a band (PREDIKAT, EFISIENSI_PMK): as bacaAngka, but a number above
 * 1000% is refused with what to type instead, rather than read as 6.250% and labelled Sangat Tinggi. (A ratio such
 * as CAPAIAN or EFISIENSI needs no guard: both its arguments are in the same unit.)
 */
export function bacaCapaian(v: unknown, nama: string): Decimal {
  const nilai = bacaAngka(v, nama);
  if (nilai.abs().lte(CAPAIAN_TERBESAR)) return nilai;
  const poin = formatAngka(nilai);
  throw galatNilai(
    `${nama} (${poin}) terbaca ${formatAngka(nilai.times(100))}%: capaian tampaknya ditulis dalam poin persen. ` +
      `Format selnya sebagai persen (${poin}%) atau tulis pecahannya (${formatAngka(nilai.div(100))}).`,
  );
}

/** A range argument. Excel always passes a matrix; a lone value (in tests or older hosts) becomes a 1×1 range. */
export function bacaRentang(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  return v.map((baris) => (Array.isArray(baris) ? baris : [baris]));
}

/** The cells of a range row by row, each with a position the user can find: "baris 2, kolom 1". */
export function selRentang(v: unknown): { nilai: unknown; letak: string }[] {
  return bacaRentang(v).flatMap((baris, r) =>
    baris.map((nilai, k) => ({ nilai, letak: `baris ${r + 1}, kolom ${k + 1}` })),
  );
}

/** Rows of a range with their 1-based number; rows whose cells are all empty or 0 (blank on some platforms) are left out. */
export function barisBerisi(v: unknown): { nomor: number; sel: unknown[] }[] {
  return bacaRentang(v)
    .map((sel, i) => ({ nomor: i + 1, sel }))
    .filter(({ sel }) => !sel.every((x) => kosong(x) || x === 0));
}

export function bacaPolaritas(v: unknown): Polaritas {
  if (kosongOpsional(v)) return "positif";
  const polaritas = typeof v === "string" ? parsePolaritas(v) : null;
  if (polaritas === null) {
    throw galatNilai(
      `polaritas tidak dikenal: ${tampilkan(v)}. Pilih "positif", "negatif", "negatif-b" atau "stabil".`,
    );
  }
  return polaritas;
}

const SKALA = new Map<string, SkalaPredikat>([
  ["permendagri86", "permendagri86"],
  ["permendagri862017", "permendagri86"],
  ["baik", "baik"],
]);

/** `"permendagri86"` (default, Sangat Tinggi … Sangat Rendah) or `"baik"` (Sangat Baik … Sangat Kurang). */
export function bacaSkala(v: unknown): SkalaPredikat {
  if (kosongOpsional(v)) return "permendagri86";
  const skala = typeof v === "string" ? SKALA.get(v.toLowerCase().replace(/[^a-z0-9]/g, "")) : undefined;
  if (skala === undefined) {
    throw galatNilai(`skala tidak dikenal: ${tampilkan(v)}. Pilih "permendagri86" atau "baik".`);
  }
  return skala;
}

/** One respondent's nine answers, each 1–4, named by its row and column in the range when one is not. */
export function bacaJawaban(sel: unknown[], nomor: number): Decimal[] {
  if (sel.length !== JUMLAH_UNSUR_IKM) {
    throw galatNilai(
      `nilai_unsur baris ${nomor} harus memiliki ${JUMLAH_UNSUR_IKM} nilai unsur (tertulis ${sel.length}).`,
    );
  }
  return sel.map((v, k) => {
    const letak = `nilai_unsur baris ${nomor}, kolom ${k + 1}`;
    if (kosong(v)) throw galatNilai(`${letak} kosong: isi 1, 2, 3 atau 4.`);
    const d = bacaAngka(v, letak);
    if (!d.isInteger() || d.lessThan(1) || d.greaterThan(4)) {
      throw galatNilai(`${letak} harus 1, 2, 3 atau 4 (tertulis ${d.toString().replace(".", ",")}).`);
    }
    return d;
  });
}

/** A value on an ordered scale (`BB`, `WTP`, `Baik`), or #VALUE! saying which argument and what was written. */
export function bacaNilaiKualitatif(v: unknown, nama: string): NilaiSkala {
  if (kosong(v)) throw galatNilai(`${nama} kosong: isi nilai seperti "BB", "WTP" atau "Baik".`);
  const nilai = typeof v === "string" ? nilaiKualitatifOf(v) : null;
  if (nilai === null) {
    throw galatNilai(
      `${nama} ${tampilkan(v)} bukan nilai kualitatif yang dikenal (predikat AA…D, opini WTP/WDP/TW/TMP, ` +
        "Sangat Baik…Sangat Kurang, Sangat Tinggi…Sangat Rendah, zona Hijau/Kuning/Merah, Ada/Tidak ada).",
    );
  }
  return nilai;
}
