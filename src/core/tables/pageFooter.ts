/**
 * The page footer of every generated sheet, in Excel's header/footer codes: the office's name and the year on the
 * left, `Halaman 3 dari 21` on the right (counted per sheet, as Excel prints a sheet). `&` in a name is doubled.
 */
export function pageFooter(namaPerangkatDaerah: string, tahun: string): string {
  const nama = namaPerangkatDaerah.trim().replace(/&/g, "&&");
  const left = [nama, `LKjIP Tahun ${tahun}`].filter((s) => s !== "").join(" · ");
  return `&L${left}&RHalaman &P dari &N`;
}
