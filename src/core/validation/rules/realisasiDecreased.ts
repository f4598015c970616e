import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { matchBudgetNodes } from "../matchNodes";
import { budgetCell, num, sheetName, shortName, triwulanOf } from "../modelAccess";

function compare(earlier: SheetModel, later: SheetModel): Finding[] {
  const findings: Finding[] = [];
  for (const [old, node] of matchBudgetNodes(earlier, later)) {
    const now = num(node.realisasi);
    const then = num(old.realisasi);
    if (now === null || then === null || !now.lessThan(then)) continue;
    const cell = budgetCell(later, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding({
        rule: "realisasi-decreased",
        sheet: sheetName(later),
        cell,
        expected: then,
        actual: now,
        key: "realisasi-decreased",
        params: {
          tingkat: node.level,
          nama: shortName(node.name),
          cell,
          sheet: sheetName(later),
          triwulan: triwulanOf(later) ?? 0,
          realisasi: now,
          triwulanLalu: triwulanOf(earlier) ?? 0,
          sheetLalu: sheetName(earlier),
          realisasiLalu: then,
        },
        level: node.level,
        name: node.name,
      }),
    );
  }
  return findings;
}

/**
 * realisasi-decreased: among sheets of the same tahun, each sheet's cumulative realisasi is compared with the sheet
 * of the nearest earlier triwulan (the last such sheet in the workbook when there are several).
 */
export function realisasiDecreased(models: SheetModel[]): Finding[] {
  const dated = models.filter(
    (m) => m && typeof m === "object" && typeof m.tahun === "number" && triwulanOf(m) !== null,
  );
  const findings: Finding[] = [];
  for (const later of dated) {
    let earlier: SheetModel | null = null;
    for (const m of dated) {
      if (m.tahun !== later.tahun || triwulanOf(m)! >= triwulanOf(later)!) continue;
      if (earlier === null || triwulanOf(m)! >= triwulanOf(earlier)!) earlier = m;
    }
    if (earlier) findings.push(...compare(earlier, later));
  }
  return findings;
}
