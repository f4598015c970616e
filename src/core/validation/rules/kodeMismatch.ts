import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetNode } from "../../model/types";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { sheetName } from "../modelAccess";
import { OpsiValidasi } from "../opsi";

/**
 * kode-mismatch: a row whose full Permendagri 90/2019 code does not continue its parent's (sub kegiatan
 * 1.03.10.2.02.0003 under kegiatan 1.03.10.2.01) stands under the wrong parent, whose sums then take it in: the
 * sum findings say what is off, this one says why. Only codes written in full are compared (a code with no more
 * segments than its parent's is a local number); `X`/`XX` segments match any. A sheet where most parents and
 * children disagree writes codes of another scheme, and gets no finding.
 */
export function kodeMismatch(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const pairs: { node: BudgetNode; parent: BudgetNode }[] = [];
  let compared = 0;
  for (const { node: parent, children } of facts.refs) {
    const parentCode = segments(parent.kode);
    if (parentCode === null) continue;
    for (const child of children) {
      const childCode = segments(child.kode);
      if (childCode === null || childCode.length <= parentCode.length) continue;
      compared++;
      if (!continues(childCode, parentCode)) pairs.push({ node: child, parent });
    }
  }
  if (pairs.length === 0 || pairs.length * 2 > compared) return [];
  return pairs.map(({ node, parent }) =>
    makeFinding({
      rule: "kode-mismatch",
      sheet: sheetName(model),
      cell: node.cell,
      expected: parent.kode as string,
      actual: node.kode as string,
      key: "kode-mismatch",
      params: {
        tingkat: node.level,
        cell: node.cell,
        kode: node.kode as string,
        tingkatInduk: parent.level,
        kodeInduk: parent.kode as string,
        cellInduk: parent.cell,
      },
      level: node.level,
      name: node.name,
    }),
  );
}

/** `1.03.10.2.02.0003` as its segments; null without a code of at least two segments. */
function segments(kode: string | undefined): string[] | null {
  if (typeof kode !== "string") return null;
  const parts = kode
    .replace(/\s+/g, "")
    .split(".")
    .filter((s) => s !== "");
  return parts.length >= 2 && parts.every((s) => /^(\d+|X+)$/i.test(s)) ? parts : null;
}

function continues(child: string[], parent: string[]): boolean {
  return parent.every((p, i) => sameSegment(p, child[i]));
}

function sameSegment(a: string, b: string): boolean {
  if (/^X+$/i.test(a) || /^X+$/i.test(b)) return true;
  return Number(a) === Number(b);
}
