import { ErColumnKey, ErGroup } from "../../model/columns";
import { bareQuarter, Quarter, quarterOf } from "../headerWords";

/** What one label of an Evaluasi Renja header says about the columns under it. */
export type ErHeaderClass =
  /** A column of its own: No, Sasaran, Kode, the names, Indikator, Satuan, … */
  | { kind: "key"; key: ErSingleKey }
  /** The title of a numbered group (`Target Renstra …`, `Realisasi Kinerja Pada Triwulan`); quarter when it says. */
  | { kind: "group"; group: ErGroupWord; quarter?: Quarter }
  /** A unit under a group: K (or Volume, Kinerja), % (progress), Rp (or Anggaran, Keuangan). */
  | { kind: "unit"; unit: "K" | "Persen" | "Rp" }
  /** A quarter under the triwulan group: `I`, `TW II`, `Triwulan III`. */
  | { kind: "quarter"; quarter: Quarter };

export type ErSingleKey = Exclude<ErColumnKey, `${ErGroup}${"K" | "Persen" | "Rp"}`>;

/** A group title as the words say it; `realisasiTw` is settled by its quarter, `realisasiRenstraAny` by position. */
export type ErGroupWord = Exclude<ErGroup, `realisasiTw${number}`> | "realisasiTw" | "realisasiRenstraAny";

/** Header words shown to users when a column is missing. */
export const ER_LABELS = {
  uraian: "URUSAN/BIDANG URUSAN DAN PROGRAM/KEGIATAN",
  indikator: "INDIKATOR KINERJA PROGRAM (OUTCOME)/KEGIATAN (OUTPUT)",
  targetRenja: "TARGET KINERJA DAN ANGGARAN RENJA",
  triwulan: "REALISASI KINERJA PADA TRIWULAN",
} as const;

/** Words offices shorten in a crowded header (`Tgt. Renja`, `Real. Renstra s.d. Tahun Lalu`, `Tkt. Cap.`). */
const SHORT_FOR: Readonly<Record<string, string>> = {
  TGT: "TARGET",
  TRGT: "TARGET",
  REAL: "REALISASI",
  REALS: "REALISASI",
  CAP: "CAPAIAN",
  CAPAI: "CAPAIAN",
  TKT: "TINGKAT",
  // `Real. TW` over `TW I` … `TW IV` (er33 D3).
  TW: "TRIWULAN",
  TRW: "TRIWULAN",
  TRIW: "TRIWULAN",
};

function words(label: string): Set<string> {
  return new Set(
    label
      .split(" ")
      .filter((w) => w !== "")
      .map((w) => SHORT_FOR[w] ?? w),
  );
}

function hasAny(w: Set<string>, ...list: string[]): boolean {
  return list.some((x) => w.has(x));
}

/** The plan documents: RENSTRA (five-year, RPJMD at Pemda level) and RENJA (the year's, RKPD at Pemda level). */
const RENSTRA = ["RENSTRA", "RESNTRA", "RPJMD"];
const RENJA = ["RENJA", "RKPD", "DPA"];

/** Words that say "up to" a quarter (`s.d.`, `s/d`, `sampai dengan`), as normaliseHeader leaves them. */
const UP_TO = new Set(["S", "D", "SD", "SAMPAI", "DENGAN", "HINGGA"]);

/** The plan a title names (`RENSTRA`, `RENJA`), for a title under it that names only TARGET or REALISASI. */
export function planWordsOf(label: string): string {
  return [...words(label)].filter((x) => RENSTRA.includes(x) || RENJA.includes(x)).join(" ");
}

/** A title over both the target and the realisasi of a plan (`Capaian Renstra: Target … dan Realisasi …`). */
export function isTargetAndRealisasi(label: string): boolean {
  const w = words(label);
  return w.has("TARGET") && w.has("REALISASI");
}

/** Classify a normalised label (see normaliseHeader) of an Evaluasi Renja header. */
export function classifyErLabel(label: string): ErHeaderClass | null {
  if (label === "") return null;
  const unit = unitOf(label);
  if (unit) return { kind: "unit", unit };
  const bare = bareQuarter(label);
  if (bare !== null) return { kind: "quarter", quarter: bare };
  const w = words(label);
  const quarter = quarterOf(label) ?? semesterOf(label) ?? undefined;
  // `TW II`, and `s.d. TW II` / `sampai dengan Triwulan II` under a cumulative realisasi title.
  if (quarter !== undefined && [...w].filter((x) => !UP_TO.has(x)).length <= 2) return { kind: "quarter", quarter };

  // (15) is `Tingkat Capaian …`, or `Cap. Renstra … (%)` in a crowded header (no target or realisasi named).
  if (w.has("CAPAIAN") && (w.has("TINGKAT") || (hasAny(w, ...RENSTRA) && !w.has("TARGET") && !w.has("REALISASI")))) {
    // Some copies add the capaian of the year's Renja (13 / 8) beside the form's (15) against the Renstra.
    if (hasAny(w, ...RENJA) && !hasAny(w, ...RENSTRA)) return { kind: "group", group: "capaianRenja" };
    return { kind: "group", group: "tingkatCapaian" };
  }
  if (w.has("TARGET") && !w.has("REALISASI")) {
    if (hasAny(w, ...RENSTRA)) return { kind: "group", group: "targetRenstra" };
    if (hasAny(w, ...RENJA) || (w.has("TAHUN") && w.has("BERJALAN"))) return { kind: "group", group: "targetRenja" };
    // `Target K` | `Target Rp` in a header of one row: the year's target, told apart by its unit alone.
    if (onlyUnitsBeside(w, "TARGET")) return { kind: "group", group: "targetRenja" };
    return null;
  }
  if (w.has("REALISASI")) {
    if (w.has("TRIWULAN") || hasAny(w, ...SEMESTER) || quarter !== undefined)
      return { kind: "group", group: "realisasiTw", quarter };
    // Up to last year (7), whichever plan it names: Tabel T-C.29 says `Realisasi Target Kinerja … s/d dengan Renja
    // SKPD Tahun Lalu (2023)`.
    if (hasAny(w, "LALU", "SEBELUMNYA")) return { kind: "group", group: "realisasiRenstra" };
    if (hasAny(w, ...RENSTRA)) return { kind: "group", group: "realisasiRenstraAny" };
    if (hasAny(w, ...RENJA) || w.has("DIEVALUASI") || w.has("EVALUASI")) return { kind: "group", group: "realisasi" };
    // `Real Tahun 2024 K` in a header of one row: the year's realisasi (13).
    if (w.has("TAHUN") && [...w].some((x) => YEAR.test(x)) && onlyUnitsBeside(w, "REALISASI", "TAHUN"))
      return { kind: "group", group: "realisasi" };
    return null;
  }
  if (w.has("INDIKATOR")) return { kind: "key", key: "indikator" };
  if (w.has("VISI")) return { kind: "key", key: "visi" };
  if (w.has("MISI")) return { kind: "key", key: "misi" };
  if (w.has("SASARAN") && hasAny(w, "RPJMD", "RKPD", "RPJMN")) return { kind: "key", key: "sasaranRpjmd" };
  if (w.has("TUJUAN")) return { kind: "key", key: "tujuan" };
  if (w.has("SASARAN")) return { kind: "key", key: "sasaran" };
  // `Kode dan Urusan/Bidang Urusan … dan Program/Kegiatan`: the names, each written after its code.
  if ((w.has("KODE") || w.has("KD")) && !(w.has("DAN") && w.has("URUSAN") && hasAny(w, "PROGRAM", "KEGIATAN")))
    return { kind: "key", key: "kode" };
  if (hasAny(w, "URUSAN", "PROGRAM", "KEGIATAN", "URAIAN")) return { kind: "key", key: "uraian" };
  if (w.has("SATUAN")) return { kind: "key", key: "satuan" };
  if (w.has("PENANGGUNG") || (w.has("UNIT") && hasAny(w, "PD", "PERANGKAT", "KERJA")))
    return { kind: "key", key: "unitPd" };
  if (w.has("KETERANGAN") || label === "KET") return { kind: "key", key: "keterangan" };
  if (/^(NO|NOMOR|NOMER|NO URUT)$/.test(label)) return { kind: "key", key: "no" };
  return null;
}

const SEMESTER = ["SEMESTER", "SMT", "SEM"];

const YEAR = /^(?:19|20)\d\d$/;
/** The units a one-row header writes after a group's title (`Target K`, `Real Tahun 2024 Rp`). */
const UNIT_WORDS = new Set(["K", "RP", "KINERJA", "ANGGARAN", "KEUANGAN", "FISIK", "VOLUME", "VOL", "%"]);

/** The label is the given words, a year and a unit (K, Rp, …) after them, nothing else. */
function onlyUnitsBeside(w: Set<string>, ...title: string[]): boolean {
  let unit = false;
  for (const x of w) {
    if (UNIT_WORDS.has(x)) unit = true;
    else if (!title.includes(x) && !YEAR.test(x)) return false;
  }
  return unit;
}

/**
 * A half year as the quarter it ends with: `Semester I` is realisasi up to TW II, `Semester II` the rest of the year
 * up to TW IV. A semester form (Realisasi Kinerja Pada Semester I / II) holds its halves in those quarters' places,
 * so the year is still the sum of what the form holds.
 */
export function semesterOf(label: string): Quarter | null {
  const m = /\b(?:SEMESTER|SMT|SEM)\s*(II|I|[12])\b/.exec(label);
  if (!m) return null;
  return m[1] === "I" || m[1] === "1" ? 2 : 4;
}

/** True when a label speaks of semesters: the bare `I` / `II` under it are halves, not quarters. */
export function isSemesterTitle(label: string): boolean {
  return hasAny(words(label), ...SEMESTER);
}

/** A bare `I` / `II` under a semester title: the quarter that half ends with. */
export function semesterQuarter(bare: Quarter): Quarter | null {
  return bare === 1 ? 2 : bare === 2 ? 4 : null;
}

function unitOf(label: string): "K" | "Persen" | "Rp" | null {
  switch (label) {
    case "K":
    case "KINERJA":
    case "VOLUME":
    case "VOL":
    case "FISIK":
      return "K";
    case "%":
    case "PERSEN":
    case "K %":
    case "FISIK %":
    case "PROGRES":
    case "PROGRES %":
      return "Persen";
    case "RP":
    case "RP %":
    case "ANGGARAN":
    case "KEUANGAN":
    case "ANGGARAN RP":
    case "KEUANGAN RP":
      return "Rp";
    default:
      // `Rp (000)`, `Rp (ribuan)`, `Rp juta`, `Rp (Rp.000)`: Rupiah in a larger unit is still the Rp column.
      return /^(?:RP|ANGGARAN RP|KEUANGAN RP) (?:RP )?(?:000|RIBUAN|RIBU|JUTA|JUTAAN)$/.test(label) ? "Rp" : null;
  }
}
