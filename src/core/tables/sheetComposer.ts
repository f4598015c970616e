import { SheetBuilder } from "./sheetBuilder";
import { rowPointsOf } from "./rowHeights";
import { SheetSpec } from "./sheetSpec";
import { pageGeometry } from "./pageGeometry";
import { tableHeight } from "./pageBreaks";
import { TableGap } from "./tableGaps";

/** One table (or text block) of a group of sheets: `write` puts it at `row` and returns the next table's row. */
export interface Section {
  /** `3.4`; absent for a block without a table number (Rencana Tindak Lanjut). */
  nomor?: string;
  /** What a sheet of its own is called after: `Tabel 3.4`. */
  label: string;
  write(b: SheetBuilder, row: number): number;
}

/** Tables that belong together (Bab II, one sasaran, Realisasi Anggaran) and how their sheets begin. */
export interface SheetGroup {
  /** The first sheet's name, e.g. `LKjIP SS I`. */
  name: string;
  widths: number[];
  newBuilder(widths: number[]): SheetBuilder;
  /** The title block at the top of each sheet; returns the first free row. */
  title(b: SheetBuilder): number;
  sections: Section[];
}

/**
 * A table must fit a page with this much to spare to share a sheet: columns a sheet widens for another table's
 * numbers shrink its pages a little.
 */
const SHARED_FIT = 0.95;

/**
 * The sheets of a group. Print titles are one row range per sheet, so a table taller than a page goes on a sheet
 * of its own that repeats its header rows on every page; the tables between such tables share a sheet, each kept
 * on one page. The first sheet keeps the group's name and its title block; the others are named after their tables
 * (`LKjIP Tabel 3.4`, `LKjIP Tabel 3.5-3.8`) and begin with the table (the page footer names office and year).
 */
export function composeSheets(group: SheetGroup): { specs: SheetSpec[]; gaps: TableGap[] } {
  const specs: SheetSpec[] = [];
  const gaps: TableGap[] = [];
  let run: { b: SheetBuilder; row: number; sections: Section[] } | null = null;
  const nameFor = (sections: Section[]) => {
    if (specs.length === 0) return group.name;
    const numbered = sections.filter((s) => s.nomor !== undefined);
    if (numbered.length === 0) return `LKjIP ${sections[0].label}`;
    const first = numbered[0].nomor;
    const last = numbered[numbered.length - 1].nomor;
    return first === last ? `LKjIP Tabel ${first}` : `LKjIP Tabel ${first}-${last}`;
  };
  const flush = () => {
    if (!run) return;
    // A sheet holding one table repeats its header on a continued page, as a sheet of its own does (a table that
    // fits a page but not under the title then starts under it, rather than leave the title alone on page 1).
    const single = run.b.tables.length === 1 ? { repeatTableHeader: true } : {};
    specs.push(run.b.build(nameFor(run.sections), "lkjip-table", single));
    gaps.push(...run.b.gaps);
    run = null;
  };
  for (const section of group.sections) {
    if (group.sections.length === 1) {
      const only = group.newBuilder(group.widths);
      section.write(only, group.title(only));
      specs.push(only.build(group.name, "lkjip-table", { repeatTableHeader: true }));
      gaps.push(...only.gaps);
      continue;
    }
    // Measured on a sheet of its own; sheets after a group's first start with the table (no title block).
    let own = group.newBuilder(group.widths);
    section.write(own, 0);
    let spec = own.build("", "lkjip-table", { repeatTableHeader: true });
    if (own.tables.length > 0 && tooTall(own, spec, group.widths.length)) {
      flush();
      if (specs.length === 0) {
        own = group.newBuilder(group.widths);
        section.write(own, group.title(own));
        spec = own.build("", "lkjip-table", { repeatTableHeader: true });
      }
      spec.name = nameFor([section]);
      specs.push(spec);
      gaps.push(...own.gaps);
      continue;
    }
    if (!run) {
      const b = group.newBuilder(group.widths);
      run = { b, row: specs.length === 0 ? group.title(b) : 0, sections: [] };
    }
    run.row = section.write(run.b, run.row);
    run.sections.push(section);
  }
  flush();
  return { specs, gaps };
}

function tooTall(b: SheetBuilder, spec: SheetSpec, printed: number): boolean {
  const { capacity } = pageGeometry(spec.columnWidths.slice(0, printed), spec.print);
  const points = rowPointsOf(spec);
  const height = b.tables.reduce((h, t) => h + tableHeight(t, points), 0);
  return height > capacity * SHARED_FIT;
}
