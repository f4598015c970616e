import { isA1 } from "../../grid/address";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { sheetName } from "../modelAccess";

/**
 * rupiah-unit (info): the sheet writes its Rupiah in thousands or millions (`dalam ribuan rupiah`, `Rp (000)`), so
 * recognition read every Rupiah figure multiplied back to rupiah; the officer is told where the sheet says so.
 */
export function rupiahUnit(model: SheetModel): Finding[] {
  const unit = model.rupiahUnit;
  if (!unit || typeof unit.cell !== "string" || !isA1(unit.cell) || typeof unit.factor !== "number") return [];
  return [
    makeFinding({
      rule: "rupiah-unit",
      sheet: sheetName(model),
      cell: unit.cell,
      key: "rupiah-unit",
      params: {
        cell: unit.cell,
        teks: String(unit.text ?? ""),
        satuan: unit.factor >= 1_000_000 ? "jutaan rupiah" : "ribuan rupiah",
      },
    }),
  ];
}
