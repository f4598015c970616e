import { Lang } from "../numbers/format";
import { GeneratedKind } from "./sheetSpec";

/**
 * Longest office name the left footer holds beside `Halaman 3 dari 21` on a sheet printed at 100 % (measured when the
 * count was printed; `Halaman 3` is shorter): a name of 120
 * characters ran over the page number (measured in LibreOffice, A4 landscape); 104 still fitted. The full name is in
 * every sheet's title.
 */
const MAX_FOOTER_NAME = 90;
/**
 * A longer name is printed whole in a smaller font (`&7`, 7 points), up to this length: a name shortened in the
 * footer lost the part that tells the office apart (printpk38 D6: `…Keluarga…`, the kabupaten dropped). 170 keeps
 * the whole footer within Excel's 255 characters with the longest rest (` · LKjIP Tahun 2022 · Data Pendukung (bukan
 * bagian laporan)` and the codes); a name of 152 characters took three fifths of an A4 landscape line at 7 points.
 */
const MAX_SMALL_FOOTER_NAME = 170;
const SMALL_FONT = "&7";

/** What a sheet that is no part of the report says it is in its footer: printed with the workbook, it tells itself apart. */
const NOT_THE_REPORT: Partial<Record<GeneratedKind, string>> = {
  "hasil-pemeriksaan": "Hasil Pemeriksaan (bukan bagian laporan)",
  "data-pendukung": "Data Pendukung (bukan bagian laporan)",
};

/** Hasil Pemeriksaan in English (`--lang en`) says the same in its footer. */
const HASIL_PEMERIKSAAN_EN = "Check results (not part of the report)";

/**
 * The page footer of every generated sheet, in Excel's header/footer codes: the office's name and the year on the
 * left (and, on Hasil Pemeriksaan and Data Pendukung, that they are no part of the report), `Halaman 3` on the right.
 * Pages are counted across the sheets printed together, from the report's first sheet (`firstPageNumber`); a count
 * of all pages (`dari &N`) would take in the officer's own sheets whenever the whole workbook is printed (`Halaman 1
 * dari 110` for a report of 44 pages). `&` in a name is doubled; a long name is printed smaller, and a very long one
 * shortened at a word with `…`.
 */
export function pageFooter(
  namaPerangkatDaerah: string,
  tahun: string,
  kind: GeneratedKind = "lkjip-table",
  lang: Lang = "id",
): string {
  const whole = namaPerangkatDaerah.trim().replace(/\s+/g, " ");
  const small = whole.length > MAX_FOOTER_NAME;
  const nama = shortened(whole, small ? MAX_SMALL_FOOTER_NAME : MAX_FOOTER_NAME).replace(/&/g, "&&");
  const english = lang === "en" && kind === "hasil-pemeriksaan";
  const what = english ? HASIL_PEMERIKSAAN_EN : (NOT_THE_REPORT[kind] ?? "");
  const left = [nama, english ? `LKjIP ${tahun}` : `LKjIP Tahun ${tahun}`, what].filter((s) => s !== "").join(" · ");
  // A digit right after `&7` would be read as part of the size (`&71`): a space keeps them apart.
  const size = small ? `${SMALL_FONT}${/^\d/.test(left) ? " " : ""}` : "";
  return `&L${size}${left}&R${english ? "Page" : "Halaman"} &P`;
}

function shortened(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:-]+$/, "")}…`;
}
