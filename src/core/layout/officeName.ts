/**
 * The office a source sheet's title names, for the report's title block and page footer when Data Pendukung does
 * not name it yet: `PENGUKURAN KINERJA DINAS KESEHATAN KABUPATEN LUMAJANG TRIWULAN IV TAHUN 2022` → `DINAS
 * KESEHATAN KABUPATEN LUMAJANG`. From the first word that starts an office's name (Permendagri 90/2019 nomenclature
 * of Perangkat Daerah) to the end of the line, less the period the line also states; undefined when no line names one.
 */
export function officeInTitle(title: readonly string[]): string | undefined {
  for (const line of title) {
    const start = OFFICE_WORD.exec(line);
    if (!start) continue;
    const name = line
      .slice(start.index)
      .replace(PERIOD_TAIL, "")
      .replace(/[\s,.;:–-]+$/, "")
      .trim();
    if (name.split(/\s+/).length >= 2) return name;
  }
  return undefined;
}

/** The first word of an office's name (Permendagri 90/2019 nomenclature of Perangkat Daerah). */
const OFFICE_NAME =
  "(?:DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN POLISI|RUMAH SAKIT|RSUD|KECAMATAN|KELURAHAN|BAGIAN|BIRO|UPTD|UPT)\\b";
const OFFICE_WORD = new RegExp(`\\b${OFFICE_NAME}`, "i");
/** What follows the name in a title line: the period (`TRIWULAN IV TAHUN 2022`, `S/D TW III`, `TA. 2022`). */
const PERIOD_TAIL =
  /\s*[(,-]?\s*\b(?:TAHUN|TA\.?|TRIWULAN|TRW|TW|S\/D|S\.D\.?|SAMPAI|PERIODE|SEMESTER|BULAN|PER)\b[\s\S]*$/i;

/**
 * The regional government a source sheet's title names, for the report's title block beside the office: `PEMERINTAH
 * KOTA PROBOLINGGO` → `KOTA PROBOLINGGO`, `EVALUASI … LINGKUP KABUPATEN MARGALAYA` → `KABUPATEN MARGALAYA`. The first
 * line that names one, less the period it also states; not the nomenclature's `Kabupaten/Kota` nor a label
 * (`Sasaran Pembangunan Tahunan Kota : …`); undefined when no line names one.
 */
export function pemdaInTitle(title: readonly string[]): string | undefined {
  for (const line of title) {
    const found = PEMDA.exec(line.replace(PERIOD_TAIL, ""));
    if (found) return `${found[1]} ${found[2].trim().replace(/\s+/g, " ")}`;
  }
  return undefined;
}

/** `KABUPATEN`, `KAB.`, `KOTA` or `PROVINSI` and a name of up to five words (`KOTA BAU-BAU`, `PROVINSI JAWA TIMUR`). */
const PEMDA = /\b(KABUPATEN|KAB\.|KOTA|PROVINSI)\s+((?:[A-Za-z][A-Za-z'-]*\.?)(?:\s+[A-Za-z][A-Za-z'-]*\.?){0,4})\s*$/i;

/**
 * A row naming a unit of the office over its own programs, as a heading inside the table: `I. DINAS KESEHATAN
 * (INDUK)`, `II. UPTD LABORATORIUM KESEHATAN DAERAH`, `B. RSUD dr. Soetomo`. An office's name, numbered or not; no
 * program, kegiatan or sub kegiatan of the nomenclature begins with one. (`Unit Kerja : …` is told by its label.)
 */
export function isUnitHeadingText(text: string): boolean {
  return UNIT_HEADING.test(text) && text.trim().split(/\s+/).length >= 2;
}

const UNIT_HEADING = new RegExp(`^(?:(?:[IVX]{1,4}|[A-Z]|\\d{1,2})[.)]\\s+)?${OFFICE_NAME}`, "i");
