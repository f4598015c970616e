import Decimal from "decimal.js";
import { isA1 } from "../../grid/address";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { sheetName } from "../modelAccess";

/**
 * rupiah-unit (info): the sheet writes its Rupiah in thousands or millions (`dalam ribuan rupiah`, `Rp (000)`), so
 * recognition read every Rupiah figure multiplied back to rupiah; the officer is told where the sheet says so.
 * Raised to a warning (`.angka-penuh`) where the sheet says so but its amounts are in full rupiah already, and were
 * read as written (SheetModelBase.rupiahUnitIgnored).
 */
export function rupiahUnit(model: SheetModel): Finding[] {
  const ignored = model.rupiahUnitIgnored;
  if (ignored && isA1(ignored.cell) && isA1(ignored.medianCell)) {
    const contoh = new Decimal(ignored.median);
    return [
      makeFinding({
        rule: "rupiah-unit",
        raised: true,
        sheet: sheetName(model),
        cell: ignored.cell,
        key: "rupiah-unit.angka-penuh",
        params: {
          cell: ignored.cell,
          teks: ignored.text,
          satuan: unitName(ignored.factor),
          contoh,
          contohCell: ignored.medianCell,
          dikali: contoh.times(ignored.factor),
        },
      }),
    ];
  }
  const unit = model.rupiahUnit;
  if (!unit || typeof unit.cell !== "string" || !isA1(unit.cell) || typeof unit.factor !== "number") return [];
  return [
    makeFinding({
      rule: "rupiah-unit",
      sheet: sheetName(model),
      cell: unit.cell,
      key: "rupiah-unit",
      params: { cell: unit.cell, teks: String(unit.text ?? ""), satuan: unitName(unit.factor) },
    }),
  ];
}

function unitName(factor: number): string {
  return factor >= 1_000_000 ? "jutaan rupiah" : "ribuan rupiah";
}
