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
 */
export function stackedTables(model: SheetModel): Finding[] {
  const tables = list(model.stackedTables) as StackedTable[];
  const read = tables.find((t) => t?.read);
  if (!read || !Array.isArray(read.rows)) return [];
  const cell = toA1(read.rows[0], 0);
  const others = tables.filter((t) => t !== read && Array.isArray(t?.rows));
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
