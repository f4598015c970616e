import { SourceFormat } from "./detectFormat";

/** How a format is named to the user, in Bahasa Indonesia. */
export const FORMAT_NAMES: Record<SourceFormat, string> = {
  xlsx: ".xlsx",
  xls: ".xls (Excel 97–2003)",
  ods: ".ods (OpenDocument)",
  spreadsheetml: "XML Excel 2003",
  html: "tabel HTML",
  mhtml: "halaman web MHTML",
};

/**
 * What the new .xlsx does not carry over from a file of another format (sourcePackage.ts writes values, formulas,
 * merges, number formats, widths, hidden sheets, rows and columns, and bold, indent and fill where the reader gives
 * them; a sheet's protection, whose password an .ods keeps in a form Excel cannot take, is not written), in
 * Bahasa Indonesia: said
 * whenever such a file is read, so that nothing is lost without the officer knowing.
 */
export const LEFT_OUT: Record<Exclude<SourceFormat, "xlsx">, string> = {
  xls: "grafik dan gambar, komentar, pengaturan cetak, proteksi lembar",
  ods: "grafik dan gambar, komentar, pengaturan cetak, proteksi lembar",
  spreadsheetml: "komentar, garis tepi, perataan dan teks terbungkus, baris dan kolom tersembunyi, pengaturan cetak",
  html: "garis tepi dan perataan teks",
  mhtml: "garis tepi dan perataan teks",
};
