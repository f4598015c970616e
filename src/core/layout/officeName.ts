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

const OFFICE_WORD =
  /\b(?:DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN POLISI|RUMAH SAKIT|RSUD|KECAMATAN|KELURAHAN|BAGIAN|BIRO|UPTD|UPT)\b/i;
/** What follows the name in a title line: the period (`TRIWULAN IV TAHUN 2022`, `S/D TW III`, `TA. 2022`). */
const PERIOD_TAIL =
  /\s*[(,-]?\s*\b(?:TAHUN|TA\.?|TRIWULAN|TRW|TW|S\/D|S\.D\.?|SAMPAI|PERIODE|SEMESTER|BULAN|PER)\b[\s\S]*$/i;
