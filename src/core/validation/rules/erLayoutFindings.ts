import { isA1 } from "../../grid/address";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { list, sheetName } from "../modelAccess";

/**
 * What recognising an Evaluasi Renja sheet noticed about its layout: blocks pasted below the table's total
 * (outside-totals, info: recognised, but not in what the total adds up) and columns of text numbers whose dots or
 * commas can be read both as thousands and as decimals (ambiguous-separator: the reading taken is said).
 */
export function erLayoutFindings(model: SheetModel): Finding[] {
  if (model.layout !== "evaluasi-renja") return [];
  const sheet = sheetName(model);
  const out: Finding[] = [];
  for (const block of list(model.outsideTotals)) {
    if (!block || typeof block.cell !== "string" || !Array.isArray(block.rows)) continue;
    const [first, last] = block.rows;
    if (!isA1(block.cell) || typeof first !== "number" || typeof last !== "number") continue;
    out.push(
      makeFinding({
        rule: "outside-totals",
        sheet,
        cell: block.cell,
        expected: null,
        actual: null,
        key: "outside-totals",
        params: { cell: block.cell, dari: first + 1, sampai: last + 1, total: String(block.totalCell ?? "") },
      }),
    );
  }
  for (const column of list(model.ambiguousColumns)) {
    if (!column || typeof column.cell !== "string" || !isA1(column.cell)) continue;
    const contoh = list(column.examples)
      .filter((e) => typeof e === "string")
      .join(", ");
    const params = { cell: column.cell, contoh };
    out.push(
      column.reading === "desimal"
        ? makeFinding({
            rule: "ambiguous-separator",
            sheet,
            cell: column.cell,
            key: "ambiguous-separator.desimal",
            params,
          })
        : makeFinding({
            rule: "ambiguous-separator",
            sheet,
            cell: column.cell,
            key: "ambiguous-separator.ribuan",
            params,
          }),
    );
  }
  return out;
}
