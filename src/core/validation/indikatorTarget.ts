import Decimal from "decimal.js";
import { TARGET_COLUMN_KEYS } from "../model/columns";
import { Indikator, MaybeNumber, NilaiKualitatif, TargetBatas, TargetRentang } from "../model/types";
import { SheetModel } from "../model/sheetModel";
import { cellIn, isUnreadable, list, num, triwulanOf } from "./modelAccess";

export interface TargetTriwulan {
  /** 1..4: the triwulan whose target is used. */
  triwulan: number;
  number: MaybeNumber;
  value: Decimal | null;
  /** The target cell holds text that is not a number: not empty, and no value to measure against. */
  unreadable: boolean;
  /** The target is written as a range (`90-95`): value is null, and this is what is measured against. */
  rentang: TargetRentang | null;
  /** The target is a value on an ordered scale (`BB`, `WTP`): value is null, and this is what is measured against. */
  kualitatif: NilaiKualitatif | null;
  /** The target is written as a bound (`≥ 80`, `maks. 5`): `number` is its number. */
  batas: TargetBatas | null;
  /** Where the target is, or should be. */
  cell: string | null;
}

/**
 * The target an indikator's capaian is measured against: TW n of the sheet's title, or, when the title does
 * not say, the last target that is filled in (TW IV's cell when none is). A cell that holds text is filled in:
 * the target before it is not the one the sheet measures against.
 */
export function targetTriwulan(model: SheetModel, ind: Indikator): TargetTriwulan {
  const targets = list(ind.target).slice(0, 4);
  let tw = triwulanOf(model);
  if (tw !== null && model.columns[TARGET_COLUMN_KEYS[tw - 1]] === undefined) {
    // No target column for the sheet's triwulan (a sheet with one TARGET TAHUN column, read as TW IV's): the
    // target of a later triwulan that has one is the one its capaian is measured against.
    for (let q = tw + 1; q <= 4; q++) {
      if (model.columns[TARGET_COLUMN_KEYS[q - 1]] !== undefined) {
        tw = q;
        break;
      }
    }
  }
  if (tw === null) {
    tw = 4;
    for (let i = 3; i >= 0; i--) {
      if (
        num(targets[i]) !== null ||
        isUnreadable(ind, TARGET_COLUMN_KEYS[i]) ||
        rentangOf(ind, i) !== null ||
        kualitatifOf(ind, i) !== null
      ) {
        tw = i + 1;
        break;
      }
    }
  }
  const number = targets[tw - 1] ?? null;
  return {
    triwulan: tw,
    number,
    value: num(number),
    unreadable: isUnreadable(ind, TARGET_COLUMN_KEYS[tw - 1]),
    rentang: rentangOf(ind, tw - 1),
    kualitatif: kualitatifOf(ind, tw - 1),
    batas: (Array.isArray(ind.targetBatas) ? ind.targetBatas[tw - 1] : null) ?? null,
    cell: cellIn(model, ind.row, TARGET_COLUMN_KEYS[tw - 1], number),
  };
}

function kualitatifOf(ind: Indikator, q: number): NilaiKualitatif | null {
  const k = ind.kualitatif && typeof ind.kualitatif === "object" ? ind.kualitatif[TARGET_COLUMN_KEYS[q]] : undefined;
  return k && typeof k.peringkat === "number" ? k : null;
}

function rentangOf(ind: Indikator, q: number): TargetRentang | null {
  const r = Array.isArray(ind.targetRentang) ? ind.targetRentang[q] : null;
  return r && typeof r === "object" && Decimal.isDecimal(r.lo) && Decimal.isDecimal(r.hi) ? r : null;
}
