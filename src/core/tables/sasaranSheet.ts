import { SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { LkjipContext, SasaranFacts } from "./lkjipContext";
import { SasaranTable } from "./sasaranTableKit";
import { writeCapaianTahunIni, writePerbandinganRenstra, writePerbandinganTahunLalu } from "./capaianTables";
import { writeAlokasi, writeEfisiensi, writePencapaianKinerjaAnggaran } from "./anggaranTables";
import { writeKeberhasilan, writeProgramPenunjang } from "./narrativeTables";
import { writeTitleBlock } from "./titleBlock";
import { writePerbandinganRenstraSumber } from "./renstraTables";

/** The Bab III tables of one sasaran, in the seed's order. */
export const SASARAN_TABLES: ((t: SasaranTable) => number)[] = [
  writeCapaianTahunIni,
  writePerbandinganTahunLalu,
  writePerbandinganRenstra,
  writeAlokasi,
  writePencapaianKinerjaAnggaran,
  writeEfisiensi,
  writeKeberhasilan,
  writeProgramPenunjang,
];

/** The tables of one sasaran for this source: the Renstra comparison from the source's own columns when it has them. */
export function sasaranTables(ctx: LkjipContext): ((t: SasaranTable) => number)[] {
  if (!ctx.renstraFromSource) return SASARAN_TABLES;
  return SASARAN_TABLES.map((write) => (write === writePerbandinganRenstra ? writePerbandinganRenstraSumber : write));
}

const WIDTHS = [26, 30, 22, 16, 30, 16, 16, 14];

export function sasaranSheetName(s: SasaranFacts): string {
  return `LKjIP SS ${s.roman}`;
}

/** One sheet per sasaran; its tables are numbered from `firstTable` (3.1 for the first sasaran). */
export function buildSasaranSheet(ctx: LkjipContext, s: SasaranFacts, firstTable: number): SheetSpec {
  const b = new SheetBuilder(WIDTHS);
  let row = writeTitleBlock(
    b,
    ctx,
    WIDTHS.length,
    `BAB III AKUNTABILITAS KINERJA · Sasaran Strategis ${s.roman}: ${s.sasaran.name}`,
  );
  sasaranTables(ctx).forEach((write, i) => {
    row = write({ b, row, ctx, s, nomor: `3.${firstTable + i}` });
  });
  return b.build(sasaranSheetName(s), "lkjip-table");
}
