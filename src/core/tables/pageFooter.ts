/**
 * Longest office name the left footer holds beside `Halaman 3 dari 21` on a sheet printed at 100 %: a name of 120
 * characters ran over the page number (measured in LibreOffice, A4 landscape); 104 still fitted. The full name is in
 * every sheet's title.
 */
const MAX_FOOTER_NAME = 90;

/**
 * The page footer of every generated sheet, in Excel's header/footer codes: the office's name and the year on the
 * left, `Halaman 3 dari 21` on the right (counted per sheet, as Excel prints a sheet). `&` in a name is doubled; a
 * very long name is shortened at a word with `…`.
 */
export function pageFooter(namaPerangkatDaerah: string, tahun: string): string {
  const nama = shortened(namaPerangkatDaerah.trim().replace(/\s+/g, " ")).replace(/&/g, "&&");
  const left = [nama, `LKjIP Tahun ${tahun}`].filter((s) => s !== "").join(" · ");
  return `&L${left}&RHalaman &P dari &N`;
}

function shortened(name: string): string {
  if (name.length <= MAX_FOOTER_NAME) return name;
  const cut = name.slice(0, MAX_FOOTER_NAME - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > MAX_FOOTER_NAME / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:-]+$/, "")}…`;
}
