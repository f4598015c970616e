import { Level } from "../model/types";

const CODE = /^[0-9X]{1,2}(?:\.[0-9A-Z]{1,5})*$/i;
const CODE_PREFIX = /^([0-9X]{1,2}(?:\.[0-9A-Z]{1,5}){2,})\.?(?:[\s:–—-]+|$)(.*)$/is;
/** The same with spaces around the dots (`1 . 03 . 01 PROGRAM …`), as typed by hand or in older printouts. */
const SPACED_CODE_PREFIX = /^([0-9X]{1,2}(?:\s*\.\s*[0-9A-Z]{1,5}){2,})\s*\.?(?:[\s:–—-]+|$)(.*)$/is;

/** A Permendagri 90/2019 style code: `2.18.03`, `X.XX.01`, `2.18.03.2.01.0001`. */
export function looksLikeCode(text: string): boolean {
  return text !== "" && CODE.test(text.trim());
}

/** Split a code written in front of a name: `2.18.03 PROGRAM …` → kode `2.18.03`, name `PROGRAM …`. */
export function splitCode(text: string): { kode?: string; name: string } {
  // A code starts with a digit or X; most names do not, and need no regular expression.
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 88 || c === 120)) return { name: text };
  const m = CODE_PREFIX.exec(text) ?? SPACED_CODE_PREFIX.exec(text);
  if (!m) return { name: text };
  return { kode: m[1].replace(/\s+/g, ""), name: m[2].trim() };
}

/**
 * An account code of belanja (Kepmendagri 050-5889/2021: akun 5, kelompok 1–4 in one digit, then jenis, objek,
 * rincian objek in two digits and sub rincian in four: `5.1.02.01.01.0024`): a rekening row that SIPD-fed sheets list
 * under each sub kegiatan, not a program, kegiatan or sub kegiatan, whose codes have two digits after the urusan
 * (`5.01.01.2.01.0001`). A short one (`5`, `5.1`, `5.1.02`) is one only with a name of belanja (`5.1 BELANJA
 * OPERASI`): such a number may also be a row's outline number.
 */
export function isRekeningBelanja(kode: string | undefined, name: string): boolean {
  // `5.1 BELANJA OPERASI`: a code too short to be split off the name; `Belanja Pegawai` without any code: a jenis
  // belanja by its name (no program, kegiatan or sub kegiatan of the nomenclature is named so).
  if (kode === undefined) return /^5(?:\.[1-4])?\.?\s+belanja\b/i.test(name) || JENIS_BELANJA.test(name);
  if (/^5\.[1-4](?:\.\d{2}){2,3}(?:\.\d{4})?$/.test(kode)) return true;
  return /^5(?:\.[1-4](?:\.\d{2})?)?$/.test(kode) && /^belanja\b/i.test(name);
}

/**
 * The jenis and kelompok belanja of the chart of accounts (Permendagri 90/2019, Lampiran: akun 5), and the rincian
 * that name them first (`Belanja Modal Peralatan dan Mesin`, `Belanja Barang dan Jasa BOS`).
 */
const JENIS_BELANJA =
  /^belanja\s+(?:pegawai|barang|modal|hibah|bantuan|subsidi|bunga|tidak\s+terduga|bagi\s+hasil|operasi|transfer)\b/i;

/** Level by the number of code segments: 3 program, 5 kegiatan, 6 or more sub kegiatan; others say nothing. */
export function codeLevel(kode: string | undefined): Level | null {
  if (!kode) return null;
  const segments = kode.split(".").filter((s) => s !== "").length;
  if (segments === 3) return "program";
  if (segments === 5) return "kegiatan";
  if (segments >= 6) return "subKegiatan";
  return null;
}

const NUMBERING = String.raw`(?:[0-9]{1,3}|[A-Za-z]|[IVX]{1,4})[.)]\s+`;
/** `II. `, `IV) `: programs numbered in Roman numerals (unit39 D2: `II. PROGRAM …` was read as a kegiatan). */
const ROMAN_NUMBERING = /^[IVX]{1,4}[.)]\s/;
const PROGRAM_WORD = new RegExp(`^(?:${NUMBERING})?PROGRAM\\b`, "i");
const SUB_WORD = new RegExp(`^(?:${NUMBERING})?SUB[\\s-]*KEGIATAN\\s*[:.\\-]`, "i");
const KEGIATAN_WORD = new RegExp(`^(?:${NUMBERING})?KEGIATAN\\s*[:.\\-]`, "i");

/**
 * Level by the word the name starts with. `PROGRAM …` in any case; `Kegiatan: …` / `Sub Kegiatan: …` only with a
 * separator, since names may themselves start with the word kegiatan (`Kegiatan Promosi …`).
 */
export function wordLevel(name: string): Level | null {
  // Without a numbering (`1. `, `a) `) the word starts the name, and its first letter says which one it can be.
  const c0 = name.charCodeAt(0) | 0x20;
  const c1 = name.charCodeAt(1);
  const numbered = (c0 >= 0x30 && c0 <= 0x39) || c1 === 0x2e || c1 === 0x29 || ROMAN_NUMBERING.test(name);
  if ((numbered || c0 === 0x70) && PROGRAM_WORD.test(name)) return "program";
  if ((numbered || c0 === 0x73) && SUB_WORD.test(name)) return "subKegiatan";
  if ((numbered || c0 === 0x6b) && KEGIATAN_WORD.test(name)) return "kegiatan";
  return null;
}

/**
 * A name written in capitals (`PENANAMAN MODAL`): a name in capitals wrapped onto the next row goes on in capitals, so
 * words in another case there are a line of their own.
 */
export function inCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A name that begins with `urusan` (or `bidang urusan`), after a numbering or code, and what follows the word. */
const URUSAN_START = /^((?:(?:[0-9X]{1,2}(?:\.[0-9X]{1,2})?|[IVX]{1,4}|[A-Z])[.)]?\s+)?)(bidang\s+)?urusan\b\s*(.*)$/is;
/** What follows the word in an urusan heading: `Pemerintahan …`, `Wajib …`, `Pilihan`, `Bidang …`, `: Kesehatan`. */
const URUSAN_REST = /^(?:pemerintahan|wajib|pilihan|bidang|[:\-–—]|$)/i;

/**
 * An urusan (or bidang urusan) heading by its words: `URUSAN PEMERINTAHAN WAJIB …`, `1.02 URUSAN …`, `BIDANG URUSAN
 * …`, `Urusan : Kesehatan`, `URUSAN KESEHATAN` in capitals. A name that only begins with the word and goes on as a
 * kegiatan's does (`Urusan Keuangan Perangkat Daerah`) is none (words35 D3: it was taken for an urusan heading, and
 * on an Evaluasi Renja form the rows under it mis-levelled).
 */
export function isUrusanHeading(text: string): boolean {
  const m = URUSAN_START.exec(text);
  if (!m) return false;
  const [, numbering, bidang, rest] = m;
  return numbering !== "" || bidang !== undefined || URUSAN_REST.test(rest) || inCapitals(text);
}

/** Revenue by name: `PENDAPATAN DAERAH`, `Pendapatan BLUD`. */
export function isPendapatanName(name: string): boolean {
  return /^pendapatan\b/i.test(name);
}

/** An account code of akun 4, revenue (`4`, `4.1.4.16.01`, `4 . 1 . 4`); urusan 4 is `4.01`. */
export function isAkunPendapatan(kode: string): boolean {
  return /^4(?:\.\d(?:\.\d+)*)?\.?$/.test(kode.replace(/\s+/g, ""));
}
