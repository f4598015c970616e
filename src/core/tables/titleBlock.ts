import { SheetBuilder } from "./sheetBuilder";
import { LkjipContext, partYearPeriod, tahunLabel } from "./lkjipContext";

/**
 * The lines at the top of every LKjIP sheet: report title with the year (and, before Triwulan IV, how far the
 * realisasi reaches, in the form's own words: a quarter or a half year), the office name (blank until Data Pendukung
 * or the source's title gives it) with the kabupaten or kota the title names, and the section. Returns the first
 * free row after a blank one.
 */
export function writeTitleBlock(b: SheetBuilder, ctx: LkjipContext, width: number, section: string): number {
  const period = partYearPeriod(ctx);
  const partial = period ? ` (s.d. ${period}; realisasi belum mencakup setahun penuh)` : "";
  const lines: { text: string; bold?: boolean; fontSize?: number }[] = [
    {
      text: `LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN ${tahunLabel(ctx)}${partial}`,
      bold: true,
      fontSize: 12,
    },
    { text: officeLine(ctx.namaPerangkatDaerah, ctx.namaPemda).toUpperCase(), bold: true },
    { text: section, bold: true },
  ];
  lines.forEach((l, i) => {
    const { text, ...style } = l;
    b.set(i, 0, { value: text || null, ...style, align: "center", wrap: true });
    b.merge(i, 0, i, width - 1);
  });
  return lines.length + 1;
}

/**
 * `DINAS SOSIAL` and `KABUPATEN MARGALAYA` → `DINAS SOSIAL KABUPATEN MARGALAYA`; a name that already says it as it is,
 * also in short (`Dinas Sosial Kab. Margalaya`, `… Prov. Jawa Timur`).
 */
export function officeLine(office: string, pemda: string | undefined): string {
  const name = office.trim();
  if (!pemda) return name;
  const words = (t: string) =>
    ` ${t.toUpperCase()} `
      .replace(/\bKAB\b\.?/g, " KABUPATEN ")
      .replace(/\bPROV\b\.?/g, " PROVINSI ")
      .replace(/\s+/g, " ");
  if (words(name).includes(words(pemda))) return name;
  return name === "" ? pemda : `${name} ${pemda}`;
}

/**
 * The office as the page footer names it: with the kabupaten or kota the title names, in the office name's own case
 * (`Dinas Sosial Kabupaten Margalaya`, `DINAS SOSIAL KABUPATEN MARGALAYA`).
 */
export function footerOffice(office: string, pemda: string | undefined): string {
  const name = office.trim();
  const shouting = name === name.toUpperCase();
  const cased = pemda && !shouting ? pemda.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase()) : pemda;
  return officeLine(name, cased);
}
