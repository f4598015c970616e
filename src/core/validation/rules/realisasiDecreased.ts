import { Finding } from "../finding";
import { BudgetNode, SheetModel } from "../../model/types";
import { formatRupiah } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
import { budgetCell, budgetNodes, levelWord, num, romawi, sheetName, shortName, triwulanOf } from "../modelAccess";

function normalise(name: unknown): string {
  return typeof name === "string" ? name.replace(/\s+/g, " ").trim().toLowerCase() : "";
}

/**
 * Key of every budget node: the path of (level, normalised name, occurrence among same-named siblings) from the
 * sheet down. Programs are keyed within the whole sheet, since sasaran are worded differently between triwulan.
 */
function keyedNodes(model: SheetModel): Map<string, BudgetNode> {
  const keys = new Map<string, BudgetNode>();
  const parentKey = new Map<BudgetNode, string>();
  const seen = new Map<string, number>();
  for (const { node, children } of budgetNodes(model)) {
    const prefix = parentKey.get(node) ?? "";
    const base = `${prefix}/${typeof node.level === "string" ? node.level : ""}:${normalise(node.name)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const key = `${base}#${occurrence}`;
    keys.set(key, node);
    for (const c of children) parentKey.set(c, key);
  }
  return keys;
}

function compare(earlier: SheetModel, later: SheetModel): Finding[] {
  const before = keyedNodes(earlier);
  const findings: Finding[] = [];
  for (const [key, node] of keyedNodes(later)) {
    const old = before.get(key);
    const now = num(node.realisasi);
    const then = old ? num(old.realisasi) : null;
    if (now === null || then === null || !now.lessThan(then)) continue;
    const cell = budgetCell(later, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding(
        "realisasi-decreased",
        sheetName(later),
        cell,
        then,
        now,
        `Realisasi ${levelWord(node.level)} "${shortName(node.name)}" di ${cell} sheet "${sheetName(later)}" ` +
          `s/d TW ${romawi(triwulanOf(later) ?? 0)} (${formatRupiah(now)}) lebih kecil daripada realisasi s/d ` +
          `TW ${romawi(triwulanOf(earlier) ?? 0)} di sheet "${sheetName(earlier)}" (${formatRupiah(then)}); ` +
          `realisasi kumulatif tidak boleh turun.`,
      ),
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
