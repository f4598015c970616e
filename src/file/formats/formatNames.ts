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
