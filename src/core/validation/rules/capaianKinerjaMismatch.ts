import Decimal from "decimal.js";
import { Finding } from "../finding";
import { Indikator, SheetModel } from "../../model/types";
import { capaianKinerja } from "../../formulas/capaianKinerja";
import { Polaritas } from "../../formulas/polaritas";
import { roundTo } from "../../numbers/decimal";
import { formatPersen } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
import { cellIn, indikators, num, romawi, sheetName, shownDecimals } from "../modelAccess";
import { targetTriwulan } from "../indikatorTarget";
import { nilaiIndikator } from "../wording";
import { OpsiValidasi } from "../opsi";

/** The indikator's polaritas from the options; positif when unknown or when the lookup fails. */
export function polaritasOf(ind: Indikator, opsi: OpsiValidasi): Polaritas {
  try {
    return opsi.polaritas?.(typeof ind.name === "string" ? ind.name : "") ?? "positif";
  } catch {
    return "positif";
  }
}

/** Recomputed capaian kinerja, or null when it cannot be computed (target 0, realisasi 0 for negatif-b). */
export function recomputeCapaianKinerja(realisasi: Decimal, target: Decimal, polaritas: Polaritas): Decimal | null {
  try {
    return capaianKinerja(realisasi, target, polaritas);
  } catch {
    return null;
  }
}

/** capaian-kinerja-mismatch: the stated capaian equals the recomputed one at the precision it is shown. */
export function capaianKinerjaMismatch(model: SheetModel, opsi: OpsiValidasi = {}): Finding[] {
  const findings: Finding[] = [];
  for (const ind of indikators(model)) {
    const stated = num(ind.capaian);
    const realisasi = num(ind.realisasi);
    const target = targetTriwulan(model, ind);
    if (stated === null || realisasi === null || target.value === null) continue;
    const polaritas = polaritasOf(ind, opsi);
    const exact = recomputeCapaianKinerja(realisasi, target.value, polaritas);
    if (exact === null) continue;
    const decimals = shownDecimals(ind.capaian);
    const computed = roundTo(exact, decimals);
    const shown = roundTo(stated, decimals);
    if (computed.equals(shown)) continue;
    const cell = cellIn(model, ind.row, "capaianKinerja", ind.capaian);
    if (cell === null) continue;
    const persen = ind.persen === true;
    findings.push(
      makeFinding(
        "capaian-kinerja-mismatch",
        sheetName(model),
        cell,
        computed,
        shown,
        `Capaian kinerja di ${cell} (${formatPersen(shown, decimals)}) tidak sama dengan hasil hitung ulang ` +
          `${formatPersen(computed, decimals)} dari realisasi ${nilaiIndikator(realisasi, shownDecimals(ind.realisasi), persen)} ` +
          `dan target TW ${romawi(target.triwulan)} ${nilaiIndikator(target.value, shownDecimals(target.number), persen)} ` +
          `(polaritas ${polaritas}).`,
      ),
    );
  }
  return findings;
}
