import { Finding } from "../finding";
import { BudgetNode, Indikator, SheetModel } from "../../model/types";
import { capaianAnggaran } from "../../formulas/anggaran";
import { roundTo } from "../../numbers/decimal";
import { formatPersen } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import {
  budgetCell,
  cellIn,
  indikators,
  levelWord,
  num,
  romawi,
  sheetName,
  shortName,
  triwulanOf,
} from "../modelAccess";
import { targetTriwulan } from "../indikatorTarget";
import { OpsiValidasi } from "../opsi";
import { polaritasOf, recomputeCapaianKinerja } from "./capaianKinerjaMismatch";

/** Precision of a suggested capaian when the sheet shows none. */
const SARAN_DESIMAL = 2;

/** "<What> di <cell> kosong untuk <subject>.": a required cell left empty. */
function emptyCellFinding(sheet: string, cell: string, what: string, subject: string): Finding {
  return makeFinding("missing-value", sheet, cell, null, null, `${what} di ${cell} kosong untuk ${subject}.`);
}

function budgetGaps(model: SheetModel, node: BudgetNode): Finding[] {
  if (shortName(node.name) === "") return [];
  const sheet = sheetName(model);
  const subject = `${levelWord(node.level)} "${shortName(node.name)}"`;
  const out: Finding[] = [];
  const pagu = num(node.pagu);
  const realisasi = num(node.realisasi);
  const paguCell = pagu === null ? budgetCell(model, node, "pagu") : null;
  if (paguCell) out.push(emptyCellFinding(sheet, paguCell, "Pagu", subject));
  const realisasiCell = realisasi === null ? budgetCell(model, node, "realisasiAnggaran") : null;
  if (realisasiCell) out.push(emptyCellFinding(sheet, realisasiCell, "Realisasi", subject));
  if (node.capaian == null && pagu !== null && !pagu.isZero() && realisasi !== null) {
    const cell = budgetCell(model, node, "capaianAnggaran");
    const saran = roundTo(capaianAnggaran(realisasi, pagu), SARAN_DESIMAL);
    if (cell) {
      out.push(
        makeFinding(
          "missing-value",
          sheet,
          cell,
          saran,
          null,
          `Capaian anggaran di ${cell} kosong, padahal dapat dihitung dari realisasi ÷ pagu (${formatPersen(saran, SARAN_DESIMAL)}).`,
        ),
      );
    }
  }
  return out;
}

function indikatorGaps(model: SheetModel, ind: Indikator, opsi: OpsiValidasi): Finding[] {
  const sheet = sheetName(model);
  const subject =
    shortName(ind.name) === ""
      ? `indikator di baris ${typeof ind.row === "number" ? ind.row + 1 : "?"}`
      : `indikator "${shortName(ind.name)}"`;
  const out: Finding[] = [];
  const target = targetTriwulan(model, ind);
  const realisasi = num(ind.realisasi);
  if (target.value === null && target.cell) {
    const which =
      triwulanOf(model) === null ? "Target (tidak ada triwulan yang terisi)" : `Target TW ${romawi(target.triwulan)}`;
    out.push(emptyCellFinding(sheet, target.cell, which, subject));
  }
  const realisasiCell = realisasi === null ? cellIn(model, ind.row, "realisasiKinerja", ind.realisasi) : null;
  if (realisasiCell) out.push(emptyCellFinding(sheet, realisasiCell, "Realisasi", subject));
  if (ind.capaian == null && realisasi !== null && target.value !== null) {
    const exact = recomputeCapaianKinerja(realisasi, target.value, polaritasOf(ind, opsi));
    const cell = cellIn(model, ind.row, "capaianKinerja");
    if (exact !== null && cell) {
      const saran = roundTo(exact, SARAN_DESIMAL);
      out.push(
        makeFinding(
          "missing-value",
          sheet,
          cell,
          saran,
          null,
          `Capaian kinerja di ${cell} kosong, padahal dapat dihitung dari realisasi dan target TW ${romawi(target.triwulan)} ` +
            `(${formatPersen(saran, SARAN_DESIMAL)}).`,
        ),
      );
    }
  }
  return out;
}

/** missing-value: pagu, realisasi, target of TW n or a computable capaian left empty. */
export function missingValue(
  model: SheetModel,
  opsi: OpsiValidasi = {},
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const out: Finding[] = [];
  const { refs, pagu, realisasi, capaian } = facts;
  for (let i = 0; i < refs.length; i++) {
    // Pagu and realisasi filled in, and no capaian to suggest (a zero pagu, or a capaian there): nothing is missing.
    if (pagu.present[i] && realisasi.present[i] && (pagu.sen[i] === 0 || capaian.filled[i])) continue;
    out.push(...budgetGaps(model, refs[i].node));
  }
  for (const ind of indikators(model)) out.push(...indikatorGaps(model, ind, opsi));
  return out;
}
