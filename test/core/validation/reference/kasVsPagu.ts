// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match; since
// issue 8 a row with an anggaran kas cell that holds text is not checked, and a pagu whose four anggaran kas cells
// are all empty is reported as not filled in; since the layout probes of round 3 a mismatch names the anggaran kas
// cells left empty; since the findings probe of round 11 a parent that is the sum of its children in pagu and in
// every anggaran kas column is not reported again (its children are); since the probes of round 12 cumulative
// anggaran kas columns (`S/D TW IV`) compare their TW IV with the pagu, and a report before TW IV whose later
// quarters' kas is empty on every row (some row short of its pagu) is one missing-value at that column's header.
// Since this stop a mismatch whose parent's sums point at one kas column names that cell as the likely slip.
import Decimal from "decimal.js";
import { BudgetNode } from "../../../../src/core/model/types";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, num, sumOf, legacyFinding, LegacyFinding, unreadableIn } from "./helpers";
import {
  BudgetColumn,
  budgetNodes,
  kasKumulatif,
  list,
  sheetName,
  triwulanOf,
} from "../../../../src/core/validation/modelAccess";
import { toA1 } from "../../../../src/core/grid/address";

const KAS = ["kas1", "kas2", "kas3", "kas4"];

/** The sentence naming the anggaran kas cells left empty, after a mismatch (`Sel anggaran kas Q8, R8 belum diisi.`). */
function emptyKas(model: SheetModel, node: BudgetNode, kas: (Decimal | null)[]): string {
  const cells = KAS.flatMap((k, q) => (kas[q] === null ? [budgetCell(model, node, k as BudgetColumn)] : [])).filter(
    (c): c is string => c !== null,
  );
  return cells.length > 0 ? ` Sel anggaran kas ${cells.join(", ")} belum diisi.` : "";
}

/** The row's pagu and each anggaran kas equal its children's summed (a child's empty cell adds nothing). */
function sumsItsChildren(node: BudgetNode, children: BudgetNode[]): boolean {
  if (children.length === 0) return false;
  const pagu = num(node.pagu);
  const childPagu = children.map((c) => num(c.pagu));
  if (pagu === null || children.some((c) => unreadableIn(c, "pagu")) || childPagu.every((p) => p === null))
    return false;
  if (!sumOf(childPagu).equals(pagu)) return false;
  // A kas cell of its own that holds text: not known to be its children's sum.
  if (KAS.some((k) => unreadableIn(node, k))) return false;
  return KAS.every((k, q) => {
    if (children.some((c) => unreadableIn(c, k))) return false;
    const own = num(list(node.anggaranKas)[q] ?? null) ?? new Decimal(0);
    return sumOf(children.map((c) => num(list(c.anggaranKas)[q] ?? null))).equals(own);
  });
}

/**
 * The sentence naming the likely slip: the parent's kas adds up to its pagu and its children break its sum in one
 * kas column only, by `off`, this row's Σ kas less its pagu; "" when no single column says so.
 */
function likelySlip(
  model: SheetModel,
  node: BudgetNode,
  parent: { node: BudgetNode; children: BudgetNode[] } | undefined,
  off: Decimal,
): string {
  if (!parent) return "";
  const pagu = num(parent.node.pagu);
  if (pagu === null || KAS.some((k) => unreadableIn(parent.node, k))) return "";
  const own = KAS.map((_, q) => num(list(parent.node.anggaranKas)[q] ?? null));
  if (!sumOf(own).equals(pagu)) return "";
  const differing = KAS.filter((k, q) => {
    const theirs = sumOf(parent.children.map((c) => num(list(c.anggaranKas)[q] ?? null)));
    return !theirs.minus(own[q] ?? 0).isZero();
  });
  if (KAS.some((k) => parent.children.some((c) => unreadableIn(c, k))) || differing.length !== 1) return "";
  const q = KAS.indexOf(differing[0]);
  const theirs = sumOf(parent.children.map((c) => num(list(c.anggaranKas)[q] ?? null)));
  if (!theirs.minus(own[q] ?? 0).equals(off)) return "";
  const kasCell = budgetCell(model, node, differing[0] as BudgetColumn);
  const indukCell = budgetCell(model, parent.node, differing[0] as BudgetColumn);
  if (!kasCell || !indukCell) return "";
  return (
    ` Kemungkinan salah ketik di ${kasCell}: hanya pada kolom itu baris induknya (${indukCell}) tidak sama dengan ` +
    "jumlah baris di bawahnya, dengan selisih yang sama."
  );
}

/** kas-vs-pagu: Σ anggaran kas TW I–IV of a row equals its pagu. */
export function kasVsPagu(model: SheetModel): LegacyFinding[] {
  const later = laterQuartersEmpty(model);
  if (later !== null) return later;
  const findings: LegacyFinding[] = [];
  const cumulative = kasKumulatif(model);
  const parentOf = new Map<BudgetNode, { node: BudgetNode; children: BudgetNode[] }>();
  for (const r of budgetNodes(model)) for (const c of r.children) parentOf.set(c, r);
  for (const { node, children } of budgetNodes(model)) {
    const pagu = num(node.pagu);
    const kas = list(node.anggaranKas).slice(0, 4).map(num);
    // Cumulative columns: only the year's (S/D TW IV) is compared, so only its text stops the check.
    const read = cumulative ? ["kas4"] : KAS;
    if (pagu === null || read.some((k) => unreadableIn(node, k))) continue;
    if (sumsItsChildren(node, children)) continue;
    if (cumulative && kas[3] === null && KAS.some((k, q) => kas[q] !== null || unreadableIn(node, k))) {
      const cell = budgetCell(model, node, "pagu");
      const kasCell = budgetCell(model, node, "kas4");
      if (pagu.isZero() || cell === null || kasCell === null) continue;
      findings.push(
        legacyFinding(
          "kas-vs-pagu",
          sheetName(model),
          cell,
          null,
          pagu,
          `Anggaran kas s/d TW IV untuk pagu di ${cell} (${formatRupiah(pagu)}) belum diisi: sel ${kasCell} kosong.`,
        ),
      );
      continue;
    }
    if (cumulative && kas[3] !== null) {
      const cell = budgetCell(model, node, "pagu");
      const kasCell = budgetCell(model, node, "kas4");
      if (kas[3].equals(pagu) || cell === null || kasCell === null) continue;
      findings.push(
        legacyFinding(
          "kas-vs-pagu",
          sheetName(model),
          cell,
          kas[3],
          pagu,
          `Pagu di ${cell} (${formatRupiah(pagu)}) tidak sama dengan anggaran kas s/d TW IV di ${kasCell} ` +
            `(${formatRupiah(kas[3])}); selisih ${formatRupiah(pagu.minus(kas[3]).abs())}.`,
        ),
      );
      continue;
    }
    if (kas.every((k) => k === null)) {
      const cell = budgetCell(model, node, "pagu");
      if (pagu.isZero() || cell === null) continue;
      findings.push(
        legacyFinding(
          "kas-vs-pagu",
          sheetName(model),
          cell,
          null,
          pagu,
          `Anggaran kas TW I–IV untuk pagu di ${cell} (${formatRupiah(pagu)}) belum diisi: keempat selnya kosong.`,
        ),
      );
      continue;
    }
    const total = sumOf(kas);
    if (total.equals(pagu)) continue;
    const cell = budgetCell(model, node, "pagu");
    if (cell === null) continue;
    findings.push(
      legacyFinding(
        "kas-vs-pagu",
        sheetName(model),
        cell,
        total,
        pagu,
        `Pagu di ${cell} (${formatRupiah(pagu)}) tidak sama dengan jumlah anggaran kas TW I–IV (${formatRupiah(total)}); ` +
          `selisih ${formatRupiah(pagu.minus(total).abs())}.` +
          (emptyKas(model, node, kas) || likelySlip(model, node, parentOf.get(node), total.minus(pagu))),
      ),
    );
  }
  return findings;
}

const ROMAWI = ["I", "II", "III", "IV"];

/** A report before TW IV that plans its kas only up to its triwulan: one missing-value, else null. */
function laterQuartersEmpty(model: SheetModel): LegacyFinding[] | null {
  const n = triwulanOf(model);
  if (n === null || n === 4 || !KAS.some((k) => typeof model.columns?.[k as BudgetColumn] === "number")) return null;
  const nodes = budgetNodes(model).map((r) => r.node);
  const kasOf = (node: BudgetNode) => KAS.map((_, q) => num(list(node.anggaranKas)[q] ?? null));
  const laterFilled = nodes.some((node) =>
    KAS.some((k, q) => q >= n && (kasOf(node)[q] !== null || unreadableIn(node, k))),
  );
  if (laterFilled || !nodes.some((node) => kasOf(node).some((k) => k !== null))) return null;
  const short = nodes.some((node) => {
    const pagu = num(node.pagu);
    const kas = kasOf(node);
    const year = kasKumulatif(model) ? (kas[3] ?? new Decimal(0)) : sumOf(kas);
    return pagu !== null && !unreadableIn(node, "pagu") && !year.equals(pagu);
  });
  if (!short) return null;
  const col = model.columns?.[`kas${n + 1}` as BudgetColumn];
  if (typeof col !== "number") return [];
  const cell = toA1(model.headerRows[1], col);
  return [
    legacyFinding(
      "missing-value",
      sheetName(model),
      cell,
      null,
      null,
      `Anggaran kas mulai TW ${ROMAWI[n]} kosong di semua baris (kolom ${cell} dan sesudahnya). Laporan ini s/d ` +
        `TW ${ROMAWI[n - 1]}, jadi jumlah anggaran kas belum dibandingkan dengan pagu; isi rencana kas setahun bila ` +
        "sudah ada.",
    ),
  ];
}
