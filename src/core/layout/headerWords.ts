import { PkColumnKey } from "../model/columns";

export type Quarter = 1 | 2 | 3 | 4;

/** What one header label says about its column. */
export type HeaderClass =
  /**
   * `superseded`: a budget before its revision (`PAGU MURNI`, `PAGU AWAL`, `ANGGARAN SEBELUM PERUBAHAN`): a pagu
   * column without that word wins over it wherever it stands (offices keep the original beside the revised pagu,
   * often hidden); a gross realisasi (`REALISASI SP2D`) beside the netto after refunds, likewise.
   */
  | {
      kind: "key";
      key: PkColumnKey;
      weak?: boolean;
      superseded?: boolean;
      year?: number;
      /** A realisasi up to a quarter (`REALISASI S/D TW II`): one of several such columns is a part (RealisasiPart). */
      upTo?: Quarter;
    }
  /**
   * A group word over quarter columns: `TARGET`, `ANGGARAN KAS`. `superseded`: the plan as first set (`MURNI`,
   * `AWAL`, `SEBELUM PERUBAHAN`), read only where no revised one is there. `tahunan`: a target that names the year
   * (`TARGET TAHUNAN`), the year's target beside targets up to a quarter (resolveColumns).
   */
  | { kind: "group"; group: "target" | "kas"; tahunan?: true; superseded?: true }
  /**
   * `REALISASI` / `CAPAIAN` without a word saying kinerja or anggaran: decided by the side of the table. `quarter`:
   * under `TRIWULAN III` in a table of a group per quarter (TARGET | REALISASI | CAPAIAN each).
   */
  | { kind: "ambiguous"; what: "realisasi" | "capaian"; quarter?: Quarter; year?: number }
  /** `TW I` without a group word: a target or an anggaran kas column, decided by the side of the table. */
  | {
      kind: "quarter";
      quarter: Quarter;
      /**
       * Under `RENCANA AKSI`: the quarter's planned action, in words as often as a target; a quarter's target only
       * where no other column holds the year's target (resolveColumns).
       */
      aksi?: true;
    }
  /**
   * One quarter's own realisasi or capaian (`TW II` under `REALISASI` in a yearly recap): a header column, read by
   * no rule (the model holds the realisasi up to the report's triwulan).
   */
  | { kind: "quarterOnly"; part?: RealisasiPart; figure?: QuarterFigure }
  /** A month of an anggaran kas planned per month (`JANUARI` under `ANGGARAN KAS`, `RENCANA PENARIKAN DANA JAN`). */
  | { kind: "month"; month: number };

/**
 * One quarter's realisasi or capaian under its group word (`REALISASI` merged over `TW I | TW II …`, without a word of
 * money): on the kinerja side of the table, where the report's quarter is the indikator's realisasi or capaian.
 */
export interface QuarterFigure {
  what: "realisasi" | "capaian";
  quarter: Quarter;
}

/**
 * A column the realisasi anggaran is written in when no column holds the year's: one quarter's or one month's own
 * spending (`REALISASI (Rp)` over `TRIWULAN I | TRIWULAN II …` or `JANUARI … DESEMBER`), or the realisasi up to a
 * quarter (`s/d TW I | s/d TW II …`). Whether it is the anggaran's is told by the half of the table it stands in.
 */
export interface RealisasiPart {
  unit: "quarter" | "month";
  /** The quarter (1–4) or the month (1–12). */
  index: number;
  cumulative: boolean;
}

/** The columns of the parts of the realisasi anggaran, by quarter or month (index), all of one kind. */
export interface RealisasiParts {
  unit: "quarter" | "month";
  /** Up to each quarter (the year's is the report's quarter's), or each part's own (the year's is their sum). */
  cumulative: boolean;
  cols: { index: number; col: number }[];
}

/** Header words shown to users, per column (in `missingHeaders` and messages). */
export const COLUMN_LABELS: Record<PkColumnKey, string> = {
  no: "NO",
  tujuan: "TUJUAN",
  indikatorTujuan: "INDIKATOR TUJUAN",
  sasaran: "SASARAN STRATEGIS",
  indikatorSasaran: "INDIKATOR SASARAN",
  formulasi: "FORMULASI PERHITUNGAN",
  target1: "TARGET TW I",
  target2: "TARGET TW II",
  target3: "TARGET TW III",
  target4: "TARGET TW IV",
  realisasiKinerja: "REALISASI %",
  capaianKinerja: "CAPAIAN %",
  capaianTahunan: "CAPAIAN THD TARGET TAHUNAN",
  satuan: "SATUAN",
  polaritas: "POLARITAS",
  keterangan: "KETERANGAN",
  kode: "KODE",
  uraian: "PROGRAM / KEGIATAN / SUB KEGIATAN",
  pagu: "PAGU",
  kas1: "ANGGARAN KAS TW I",
  kas2: "ANGGARAN KAS TW II",
  kas3: "ANGGARAN KAS TW III",
  kas4: "ANGGARAN KAS TW IV",
  realisasiAnggaran: "REALISASI (Rp)",
  capaianAnggaran: "CAPAIAN (%)",
};

/** Without these there is no Pengukuran Kinerja table. */
export const REQUIRED_KEYS: readonly PkColumnKey[] = ["sasaran", "indikatorSasaran", "uraian", "pagu"];

export const TARGET_KEYS = ["target1", "target2", "target3", "target4"] as const;
export const KAS_KEYS = ["kas1", "kas2", "kas3", "kas4"] as const;

/** Upper case, punctuation and line breaks as single spaces, `%` kept as a word: `Realisasi\n(Rp)` → `REALISASI RP`. */
export function normaliseHeader(text: string): string {
  return text
    .toUpperCase()
    .replace(/%/g, " % ")
    .replace(/[^A-Z0-9% ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function has(label: string, ...words: string[]): boolean {
  return words.some((w) => hasWord(label, w));
}

/** ` ${label} `.includes(` ${word} `) without building either string: the header scan asks this thousands of times. */
function hasWord(label: string, word: string): boolean {
  for (let at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || label.charCodeAt(at - 1) === 32) && (end === label.length || label.charCodeAt(end) === 32))
      return true;
  }
  return false;
}

/** True when a normalised label has a letter: every header word has some, numbers and blanks have none. */
function hasLetter(label: string): boolean {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

const ROMAN: Record<string, Quarter> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** `TRW I`, `TW 2`, `TRIWULAN III`, `TWIV` in a normalised label; null when none. */
export function quarterOf(label: string): Quarter | null {
  const m = /\b(?:TRIWULAN|TRIW|TRW|TW|TR|Q)\s*(IV|III|II|I|[1-4])\b/.exec(label);
  return m ? ROMAN[m[1]] : null;
}

const MONTHS: Record<string, number> = {
  JANUARI: 1,
  JAN: 1,
  FEBRUARI: 2,
  PEBRUARI: 2,
  FEB: 2,
  PEB: 2,
  MARET: 3,
  MAR: 3,
  APRIL: 4,
  APR: 4,
  MEI: 5,
  JUNI: 6,
  JUN: 6,
  JULI: 7,
  JUL: 7,
  AGUSTUS: 8,
  AGT: 8,
  AGS: 8,
  AGU: 8,
  AGUST: 8,
  SEPTEMBER: 9,
  SEP: 9,
  SEPT: 9,
  OKTOBER: 10,
  OKT: 10,
  NOVEMBER: 11,
  NOV: 11,
  NOP: 11,
  DESEMBER: 12,
  DES: 12,
};

/** A month alone, or after the words of an anggaran kas (`ANGGARAN KAS JANUARI`, `RENCANA PENARIKAN DANA JAN`). */
function kasMonth(label: string): number | null {
  const space = label.lastIndexOf(" ");
  const month = MONTHS[label.slice(space + 1)];
  if (month === undefined) return null;
  const before = space < 0 ? "" : label.slice(0, space);
  return before === "" || /^(?:RENCANA )?(?:ANGGARAN KAS|KAS|RAK|PENARIKAN DANA)(?: BULAN)?$/.test(before)
    ? month
    : null;
}

/** `JANUARI`, `SEPT`: the month a label names alone (under a group word), or null. */
export function monthOf(label: string): number | null {
  return MONTHS[label] ?? null;
}

/** A bare quarter, as written under a group word: `I`, `II`, `3`. */
export function bareQuarter(label: string): Quarter | null {
  return ROMAN[label] ?? null;
}

/** Classify a normalised header label. */
export function classifyHeader(label: string): HeaderClass | null {
  const cls = classifyWords(label);
  if (cls === null || (cls.kind !== "key" && cls.kind !== "ambiguous")) return cls;
  // `PAGU TAHUN 2022` beside `PAGU TAHUN 2023`: the year a figure column names (the latest, for `2021-2026`).
  const year = latestYearIn(label);
  return year === null ? cls : { ...cls, year };
}

function latestYearIn(label: string): number | null {
  let year: number | null = null;
  for (const m of label.matchAll(/(?:^|\D)((?:19|20)\d{2})(?=\D|$)/g)) year = Math.max(year ?? 0, Number(m[1]));
  return year;
}

function classifyWords(label: string): HeaderClass | null {
  // A column headed `%` alone is the capaian of the half it stands in (beside REALISASI Rp: the serapan).
  if (label === "%") return { kind: "ambiguous", what: "capaian" };
  // Every class below needs a word; the data rows scanned for a header are mostly numbers.
  if (!hasLetter(label)) return null;
  // `BERTAMBAH / (BERKURANG)` between the pagu before and after the APBD-P, `SELISIH`, `PERGESERAN`: a change, no
  // figure of the table (under `PAGU` it would otherwise read as the pagu).
  if (has(label, "BERTAMBAH", "BERKURANG", "SELISIH", "PERGESERAN")) return null;
  // `TRIWULAN INI` (the report's quarter alone) beside `S/D TRIWULAN INI`: that quarter's own figure, never the
  // year's, as `REALISASI TW III` beside `REALISASI S/D TW III` is.
  if (THIS_QUARTER.test(label) && !isCumulative(label)) return { kind: "quarterOnly" };
  const key = (k: PkColumnKey, weak = false): HeaderClass => ({ kind: "key", key: k, ...(weak ? { weak } : {}) });
  const pagu = (weak: boolean): HeaderClass => ({
    kind: "key",
    key: "pagu",
    ...(weak ? { weak } : {}),
    ...(isOriginalBudget(label) ? { superseded: true } : {}),
  });
  if (has(label, "FORMULA", "FORMULASI", "RUMUS", "PERHITUNGAN")) return key("formulasi");
  if (has(label, "POLARITAS")) return key("polaritas");
  if (has(label, "SATUAN")) return key("satuan");
  if (has(label, "KETERANGAN") || label === "KET") return key("keterangan");
  const month = kasMonth(label);
  if (month !== null) return { kind: "month", month };

  const quarter = quarterOf(label) ?? trailingBareQuarter(label);
  const isTarget = has(label, "TARGET");
  const isKas = has(label, "KAS", "RAK");
  const isRealisasi = has(label, "REALISASI");
  const isCapaian = has(label, "CAPAIAN", "SERAPAN");
  // `ANGGARAN KAS MURNI` beside `ANGGARAN KAS PERUBAHAN`, `TARGET AWAL` beside `TARGET PERUBAHAN`: the plan as first
  // set, kept only where no revised one is there (apbdp38: the first group was read whatever its words).
  const revised = (cls: HeaderClass): HeaderClass =>
    isOriginalBudget(label) && (cls.kind === "key" || cls.kind === "group") ? { ...cls, superseded: true } : cls;
  if (quarter !== null && !isRealisasi && !isCapaian) {
    if (isTarget) return revised(key(`target${quarter}` as PkColumnKey));
    if (isKas) return revised(key(`kas${quarter}` as PkColumnKey));
    if (quarterOf(label) !== null)
      return has(label, "AKSI") ? { kind: "quarter", quarter, aksi: true } : { kind: "quarter", quarter };
  }
  // `CAPAIAN THD TARGET TW III` beside `CAPAIAN THD TARGET TAHUNAN`: the capaian against that quarter's target, the
  // sheet's capaian when the report is of that quarter (esakip36 F5).
  if (quarter !== null && isCapaian && isTarget && !isRealisasi && quarterOf(label) !== null)
    return { kind: "ambiguous", what: "capaian", quarter };
  // A realisasi of one quarter (`REALISASI TW II`) is not the year's; up to a quarter (`REALISASI S/D TW III`,
  // `SAMPAI DENGAN TRIWULAN III`, `KUMULATIF`) it is, whatever the quarter.
  if (quarter !== null && (isRealisasi || isCapaian) && quarterOf(label) !== null && !isCumulative(label)) return null;
  if (isTarget && !isRealisasi && !isCapaian)
    return revised(
      has(label, "TAHUNAN", "TAHUN")
        ? { kind: "group", group: "target", tahunan: true }
        : { kind: "group", group: "target" },
    );
  if (isKas && !isRealisasi && !isCapaian) return revised({ kind: "group", group: "kas" });

  const anggaranWord = has(label, "RP", "ANGGARAN", "KEUANGAN", "BELANJA", "SERAPAN");
  // `CAPAIAN REALISASI (%)`, `PERSENTASE REALISASI`: the realisasi as a share, a capaian (serapan) column.
  const realisasiShare = isRealisasi && (isCapaian || has(label, "PERSENTASE", "PROSENTASE")) && !has(label, "KINERJA");
  if (realisasiShare) return anggaranWord ? key("capaianAnggaran") : { kind: "ambiguous", what: "capaian" };
  if (isRealisasi) {
    // `REALISASI SP2D` (gross) beside `PENGEMBALIAN / CP` and `REALISASI NETTO`: the netto is the realisasi.
    if (anggaranWord && has(label, "SP2D", "BRUTO", "KOTOR"))
      return { kind: "key", key: "realisasiAnggaran", superseded: true };
    if (anggaranWord) {
      // `REALISASI KEUANGAN JANUARI`: one month's own spending, a part of the year's.
      const month = MONTHS[label.slice(label.lastIndexOf(" ") + 1)];
      if (month !== undefined && !isCumulative(label))
        return { kind: "quarterOnly", part: { unit: "month", index: month, cumulative: false } };
      if (quarter !== null && isCumulative(label)) return { kind: "key", key: "realisasiAnggaran", upTo: quarter };
      return key("realisasiAnggaran");
    }
    if (has(label, "KINERJA")) return key("realisasiKinerja");
    return { kind: "ambiguous", what: "realisasi" };
  }
  if (isCapaian) {
    if (anggaranWord) return key("capaianAnggaran");
    // `CAPAIAN THD TARGET TAHUNAN`: against the year's target, beside the capaian of the report's triwulan (esakip36
    // F5); the sheet's capaian where it has no other (resolveColumns).
    if (isTarget && has(label, "TAHUNAN", "TAHUN") && quarter === null) return key("capaianTahunan");
    if (has(label, "KINERJA")) return key("capaianKinerja");
    return { kind: "ambiguous", what: "capaian" };
  }
  // `KODE IKU`, `KODE INDIKATOR`: the indikator's code (`IKU 1.1`), written beside its name, not the name (esakip36 F4).
  if (/^(?:KODE|KD) (?:IKU|INDIKATOR)(?: |$)/.test(label)) return key("kode");
  if (has(label, "INDIKATOR", "IKU")) {
    if (has(label, "TUJUAN")) return key("indikatorTujuan");
    if (has(label, "PROGRAM", "KEGIATAN")) return null;
    return key("indikatorSasaran");
  }
  if (has(label, "TUJUAN")) return key("tujuan");
  if (has(label, "SASARAN")) return key("sasaran");
  if (has(label, "KODE", "KD")) return key("kode");
  if (has(label, "URAIAN", "PROGRAM", "KEGIATAN")) return key("uraian");
  if (has(label, "PAGU")) return pagu(false);
  if (has(label, "ANGGARAN", "ALOKASI", "DPA")) return pagu(true);
  if (/^(NO|NOMOR|NOMER|NO URUT)$/.test(label)) return key("no");
  return null;
}

/** `MURNI`, `AWAL`, `INDUK`, `PENETAPAN`, `SEBELUM PERUBAHAN`: the budget as first set, before its revision. */
function isOriginalBudget(label: string): boolean {
  return has(label, "MURNI", "AWAL", "INDUK", "PENETAPAN", "SEBELUM");
}

/** `TRIWULAN INI`, `TW INI`, `TRIWULAN BERJALAN`: the quarter the report is about, named without its number. */
const THIS_QUARTER = /(?:^| )(?:TRIWULAN|TRIW|TRW|TW) (?:INI|BERJALAN)(?: |$)/;

/** `S/D`, `S.D.`, `SD`, `SAMPAI DENGAN`, `KUMULATIF` in a normalised label: up to and including a quarter. */
export function isCumulative(label: string): boolean {
  return /(?:^| )(?:S D|SD|SAMPAI|HINGGA|KUMULATIF|KUMULASI)(?: |$)/.test(label);
}

/** `TARGET I`: a group word followed by a bare quarter (how a two-row header reads once combined). */
function trailingBareQuarter(label: string): Quarter | null {
  const m = /^(?:TARGET|TARGET KINERJA|ANGGARAN KAS|RENCANA ANGGARAN KAS|KAS|RAK) (IV|III|II|I|[1-4])$/.exec(label);
  return m ? ROMAN[m[1]] : null;
}

/** Words that head a group of columns in a two-row header without being a column themselves. */
export function isGroupLabel(label: string): boolean {
  const cls = classifyHeader(label);
  if (cls?.kind === "group") return true;
  // `KODE` over `URUSAN | BIDANG | PROGRAM | KEGIATAN | SUB KEGIATAN`: a code written in parts, not five names;
  // `PAGU` or `PAGU ANGGARAN (Rp)` over `MURNI | PERUBAHAN` (or `SEBELUM | SETELAH PERUBAHAN`): the original and the
  // revised pagu.
  return /^(ANGGARAN|KINERJA|KEUANGAN|CAPAIAN|REALISASI|CAPAIAN KINERJA|REALISASI KINERJA|KODE|KODE REKENING|PAGU(?: ANGGARAN)?(?: RP| RUPIAH)?)$/.test(
    label,
  );
}
