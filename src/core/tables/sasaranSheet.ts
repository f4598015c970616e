import { sasaranHeading } from "./text";
import { SheetSpec } from "./sheetSpec";
import { LkjipContext, newBuilder, SasaranFacts } from "./lkjipContext";
import { SasaranTable } from "./sasaranTableKit";
import { writeCapaianTahunIni, writePerbandinganRenstra, writePerbandinganTahunLalu } from "./capaianTables";
import { writeAlokasi, writeEfisiensi, writePencapaianKinerjaAnggaran } from "./anggaranTables";
import { writeKeberhasilan, writeProgramPenunjang, writeRencanaTindakLanjut } from "./narrativeTables";
import { writeTitleBlock } from "./titleBlock";
import { writePerbandinganRenstraSumber } from "./renstraTables";
import { composeSheets, Section } from "./sheetComposer";
import { TableGap } from "./tableGaps";

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

/** The Rencana Tindak Lanjut follows this table (Keberhasilan/Kegagalan), as in the seed. */
const RTL_AFTER = SASARAN_TABLES.indexOf(writeKeberhasilan);

const WIDTHS = [26, 30, 22, 16, 30, 16, 16, 14];

export function sasaranSheetName(s: SasaranFacts): string {
  return `LKjIP SS ${s.roman}`;
}

/**
 * The sheets of one sasaran: its tables numbered from `firstTable` (3.1 for the first sasaran), on one sheet, or
 * more when a table is taller than a page (see composeSheets).
 */
export function buildSasaranSheets(
  ctx: LkjipContext,
  s: SasaranFacts,
  firstTable: number,
): { specs: SheetSpec[]; gaps: TableGap[] } {
  const sections: Section[] = [];
  sasaranTables(ctx).forEach((write, i) => {
    const nomor = `3.${firstTable + i}`;
    sections.push({ nomor, label: `Tabel ${nomor}`, write: (b, row) => write({ b, row, ctx, s, nomor }) });
    if (i === RTL_AFTER) {
      sections.push({
        label: `RTL SS ${s.roman}`,
        write: (b, row) => writeRencanaTindakLanjut({ b, row, ctx, s, nomor }, WIDTHS.length),
      });
    }
  });
  const group = composeSheets({
    name: sasaranSheetName(s),
    widths: WIDTHS,
    newBuilder: (w) => newBuilder(ctx, w),
    title: (b) =>
      writeTitleBlock(
        b,
        ctx,
        WIDTHS.length,
        `BAB III AKUNTABILITAS KINERJA · ${sasaranHeading(s.roman, s.sasaran.name)}`,
      ),
    sections,
  });
  for (const spec of group.specs) spec.subject = s.sasaran.name;
  return group;
}
