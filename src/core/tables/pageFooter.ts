import { Lang } from "../numbers/format";
import { GeneratedKind } from "./sheetSpec";

/**
 * Longest office name the left footer holds beside `Halaman 3 dari 21` on a sheet printed at 100 % (measured when the
 * count was printed; `Halaman 3` is shorter): a name of 120
 * characters ran over the page number (measured in LibreOffice, A4 landscape); 104 still fitted. The full name is in
 * every sheet's title.
 */
const MAX_FOOTER_NAME = 90;

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
 * dari 110` for a report of 44 pages). `&` in a name is doubled; a very long name is shortened at a word with `…`.
 */
export function pageFooter(
  namaPerangkatDaerah: string,
  tahun: string,
  kind: GeneratedKind = "lkjip-table",
  lang: Lang = "id",
): string {
  const nama = shortened(namaPerangkatDaerah.trim().replace(/\s+/g, " ")).replace(/&/g, "&&");
  const english = lang === "en" && kind === "hasil-pemeriksaan";
  const what = english ? HASIL_PEMERIKSAAN_EN : (NOT_THE_REPORT[kind] ?? "");
  const left = [nama, english ? `LKjIP ${tahun}` : `LKjIP Tahun ${tahun}`, what].filter((s) => s !== "").join(" · ");
  return `&L${left}&R${english ? "Page" : "Halaman"} &P`;
}

function shortened(name: string): string {
  if (name.length <= MAX_FOOTER_NAME) return name;
  const cut = name.slice(0, MAX_FOOTER_NAME - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > MAX_FOOTER_NAME / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:-]+$/, "")}…`;
}
