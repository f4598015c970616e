import { SheetBuilder } from "./sheetBuilder";
import { LkjipContext, tahunLabel } from "./lkjipContext";

const TRIWULAN = ["I", "II", "III", "IV"];

/**
 * The lines at the top of every LKjIP sheet: report title with the year, the office name (blank until Data
 * Pendukung gives it), the section, and the source sheet. Returns the first free row after a blank one.
 */
export function writeTitleBlock(b: SheetBuilder, ctx: LkjipContext, width: number, section: string): number {
  const tw = ctx.model.triwulan ? `s/d Triwulan ${TRIWULAN[ctx.model.triwulan - 1]} ` : "";
  const partial =
    ctx.model.triwulan !== null && ctx.model.triwulan < 4 ? "; realisasi belum mencakup setahun penuh" : "";
  const lines: { text: string; bold?: boolean; italic?: boolean; fontSize?: number }[] = [
    { text: `LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN ${tahunLabel(ctx)}`, bold: true, fontSize: 12 },
    { text: ctx.namaPerangkatDaerah.toUpperCase(), bold: true },
    { text: section, bold: true },
    {
      text: `Sumber: lembar "${ctx.model.sheet}" (${tw}tahun ${tahunLabel(ctx)}${partial})`,
      italic: true,
      fontSize: 9,
    },
  ];
  lines.forEach((l, i) => {
    const { text, ...style } = l;
    b.set(i, 0, { value: text || null, ...style, align: "center", wrap: true });
    b.merge(i, 0, i, width - 1);
  });
  return lines.length + 1;
}
