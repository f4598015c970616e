// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match; since
// issue 8 a cell that holds text is never reported empty; since the round-17 probe a sheet without any realisasi
// says so once instead of at every row.
import { BudgetNode, Indikator } from "../../../../src/core/model/types";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { capaianAnggaran } from "../../../../src/core/formulas/anggaran";
import { formatPersen } from "../../../../src/core/numbers/format";
import { budgetCell, num, roundTo, legacyFinding, LegacyFinding, unreadableIn, levelWord, romawi } from "./helpers";
import {
  budgetNodes,
  cellIn,
  indikators,
  sheetName,
  shortName,
  triwulanOf,
} from "../../../../src/core/validation/modelAccess";
import { targetTriwulan } from "../../../../src/core/validation/indikatorTarget";
import { OpsiValidasi } from "../../../../src/core/validation/opsi";
import { polaritasOf, recomputeCapaianKinerja } from "../../../../src/core/validation/rules/capaianKinerjaMismatch";

/** Precision of a suggested capaian when the sheet shows none. */
const SARAN_DESIMAL = 2;

function budgetGaps(model: SheetModel, node: BudgetNode, realisasiToo: boolean): LegacyFinding[] {
  if (shortName(node.name) === "") return [];
  const sheet = sheetName(model);
  const subject = `${levelWord(node.level)} "${shortName(node.name)}"`;
  const out: LegacyFinding[] = [];
  const pagu = num(node.pagu);
  const realisasi = num(node.realisasi);
  const paguCell = pagu === null && !unreadableIn(node, "pagu") ? budgetCell(model, node, "pagu") : null;
  if (paguCell)
    out.push(
      legacyFinding("missing-value", sheet, paguCell, null, null, `Pagu di ${paguCell} kosong untuk ${subject}.`),
    );
  const realisasiCell =
    realisasiToo && realisasi === null && !unreadableIn(node, "realisasiAnggaran")
      ? budgetCell(model, node, "realisasiAnggaran")
      : null;
  if (realisasiCell) {
    out.push(
      legacyFinding(
        "missing-value",
        sheet,
        realisasiCell,
        null,
        null,
        `Realisasi anggaran di ${realisasiCell} kosong untuk ${subject}.`,
      ),
    );
  }
  if (
    node.capaian == null &&
    !unreadableIn(node, "capaianAnggaran") &&
    pagu !== null &&
    !pagu.isZero() &&
    realisasi !== null
  ) {
    const cell = budgetCell(model, node, "capaianAnggaran");
    const saran = roundTo(capaianAnggaran(realisasi, pagu), SARAN_DESIMAL);
    if (cell) {
      out.push(
        legacyFinding(
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

function indikatorGaps(model: SheetModel, ind: Indikator, opsi: OpsiValidasi, realisasiToo: boolean): LegacyFinding[] {
  const sheet = sheetName(model);
  const subject =
    shortName(ind.name) === ""
      ? `indikator di baris ${typeof ind.row === "number" ? ind.row + 1 : "?"}`
      : `indikator "${shortName(ind.name)}"`;
  const out: LegacyFinding[] = [];
  const target = targetTriwulan(model, ind);
  const realisasi = num(ind.realisasi);
  if (target.value === null && !target.unreadable && target.cell) {
    const which =
      triwulanOf(model) === null ? "Target (tidak ada triwulan yang terisi)" : `Target TW ${romawi(target.triwulan)}`;
    out.push(
      legacyFinding(
        "missing-value",
        sheet,
        target.cell,
        null,
        null,
        `${which} di ${target.cell} kosong untuk ${subject}.`,
      ),
    );
  }
  const realisasiCell =
    realisasiToo && realisasi === null && !unreadableIn(ind, "realisasiKinerja")
      ? cellIn(model, ind.row, "realisasiKinerja", ind.realisasi)
      : null;
  if (realisasiCell) {
    out.push(
      legacyFinding(
        "missing-value",
        sheet,
        realisasiCell,
        null,
        null,
        `Realisasi kinerja di ${realisasiCell} kosong untuk ${subject}.`,
      ),
    );
  }
  if (ind.capaian == null && !unreadableIn(ind, "capaianKinerja") && realisasi !== null && target.value !== null) {
    const exact = recomputeCapaianKinerja(realisasi, target.value, polaritasOf(model, ind, opsi));
    const cell = cellIn(model, ind.row, "capaianKinerja");
    if (exact !== null && cell) {
      const saran = roundTo(exact, SARAN_DESIMAL);
      out.push(
        legacyFinding(
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
export function missingValue(model: SheetModel, opsi: OpsiValidasi = {}): LegacyFinding[] {
  const nodes = budgetNodes(model);
  const realised =
    nodes.some(({ node }) => node.realisasi != null || unreadableIn(node, "realisasiAnggaran")) ||
    indikators(model).some((i) => i.realisasi != null || unreadableIn(i, "realisasiKinerja"));
  const first = nodes[0] ? budgetCell(model, nodes[0].node, "realisasiAnggaran") : null;
  const once =
    !realised && first
      ? [
          legacyFinding(
            "missing-value",
            sheetName(model),
            first,
            null,
            null,
            `Lembar "${sheetName(model)}" belum berisi realisasi apa pun (kolom realisasi kosong, mulai ${first}), ` +
              "seperti lembar yang disiapkan untuk triwulan berikutnya: realisasi dan capaiannya belum dapat diperiksa.",
          ),
        ]
      : [];
  const realisasiToo = once.length === 0;
  return [
    ...once,
    ...nodes.flatMap(({ node }) => budgetGaps(model, node, realisasiToo)),
    ...indikators(model).flatMap((ind) => indikatorGaps(model, ind, opsi, realisasiToo)),
  ];
}
