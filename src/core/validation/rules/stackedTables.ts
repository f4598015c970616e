import { toA1 } from "../../grid/address";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { id } from "../../model/messages";
import { SheetModel } from "../../model/sheetModel";
import { StackedTable } from "../../model/types";
import { list, sheetName } from "../modelAccess";

/**
 * stacked-tables (warning): the sheet holds tables of several periods one below the other; recognition read the
 * latest alone (layout/stackedTables.ts). Said at the first row of the table read, with the others' periods and rows.
 * Tables of other units under the sheet's own (`Unit Organisasi : RSUD …`) are left out of its report: said at the
 * first of them, with their names and rows.
 */
export function stackedTables(model: SheetModel): Finding[] {
  const tables = list(model.stackedTables) as StackedTable[];
  const read = tables.find((t) => t?.read);
  if (!read || !Array.isArray(read.rows)) return [];
  const cell = toA1(read.rows[0], 0);
  const others = tables.filter((t) => t !== read && Array.isArray(t?.rows));
  const units = others.filter((t) => typeof t.unit === "string");
  if (units.length > 0 && units.length === others.length) {
    return [
      makeFinding({
        rule: "stacked-tables",
        sheet: sheetName(model),
        cell: toA1(units[0].rows[0], 0),
        expected: period(read),
        actual: units.map((t) => t.unit as string).join(", "),
        key: "stacked-tables.unit",
        params: {
          baris: read.rows[0] + 1,
          sampai: read.rows[1] + 1,
          lainnya: units.map((t) => `${t.unit} (${t.rows[0] + 1}–${t.rows[1] + 1})`).join(", "),
        },
      }),
    ];
  }
  return [
    makeFinding({
      rule: "stacked-tables",
      sheet: sheetName(model),
      cell,
      expected: period(read),
      actual: others.map(period).join(", "),
      key: "stacked-tables",
      params: {
        jumlah: tables.length,
        periode: period(read),
        baris: read.rows[0] + 1,
        lainnya: others.map((t) => `${period(t)} (${t.rows[0] + 1})`).join(", "),
      },
    }),
  ];
}

/** `TW IV 2023`: the triwulan as the messages write it in Bahasa Indonesia, the same text in both languages. */
function period(t: StackedTable): string {
  const tw = typeof t.triwulan === "number" ? id.triwulan(t.triwulan) : "";
  return [tw, t.tahun ?? ""].filter((x) => x !== "").join(" ");
}
