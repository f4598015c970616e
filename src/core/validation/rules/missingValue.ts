import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { BudgetNode, Indikator } from "../../model/types";
import { SheetModel } from "../../model/sheetModel";
import { capaianAnggaran } from "../../formulas/anggaran";
import { belumDiisi } from "../../formulas/nilaiKualitatif";
import { roundTo } from "../../numbers/decimal";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import {
  budgetCell,
  budgetNodes,
  cellIn,
  headerCell,
  holdsRealisasi,
  indikators,
  isBudgetUnreadable,
  isUnreadable,
  num,
  sheetName,
  shortName,
  triwulanOf,
} from "../modelAccess";
import { TargetTriwulan, targetTriwulan } from "../indikatorTarget";
import { OpsiValidasi } from "../opsi";
import { polaritasOf, recomputeAgainst } from "./capaianKinerjaMismatch";

/**
 * A Pengukuran Kinerja header without any realisasi column (neither kinerja nor Rupiah): nothing realised is read or
 * checked, which must not pass for a sheet without findings. Said once, at the header's first cell.
 */
function realisasiColumnsMissing(model: SheetModel): Finding | null {
  if (model.layout !== "pengukuran-kinerja") return null;
  const columns = model.columns ?? {};
  if (columns.pagu === undefined) return null;
  if (columns.realisasiAnggaran !== undefined || columns.realisasiKinerja !== undefined) return null;
  return atHeader(model, "missing-value.realisasi-columns");
}

/** A missing-value about the header itself, at its first cell, naming its row. */
function atHeader(
  model: SheetModel,
  key: "missing-value.realisasi-columns" | "missing-value.realisasi-anggaran-column",
): Finding {
  const cell = headerCell(model);
  const params = { cell, baris: (Array.isArray(model.headerRows) ? model.headerRows[0] : 0) + 1 };
  return makeFinding({ rule: "missing-value", sheet: sheetName(model), cell, key, params });
}

/**
 * A Pengukuran Kinerja header with a kinerja realisasi but no realisasi anggaran for the year so far (a column of one
 * quarter's own, `REALISASI TRIWULAN III (Rp)`, is no such column, and no set of quarter or month columns adds up to
 * the report's period): no realisasi anggaran is read, and no budget check that needs it runs. Said once, at the
 * header's first cell, rather than let the sheet pass for one without findings.
 */
function realisasiAnggaranColumnMissing(model: SheetModel): Finding | null {
  if (model.layout !== "pengukuran-kinerja") return null;
  const columns = model.columns ?? {};
  if (columns.pagu === undefined || columns.realisasiAnggaran !== undefined) return null;
  if (budgetNodes(model).some(({ node }) => node.realisasi !== null)) return null;
  return atHeader(model, "missing-value.realisasi-anggaran-column");
}

/**
 * A sheet whose realisasi columns are all empty, on every budget row and indikator: one finding at the first
 * program's (or indikator's) realisasi cell. Null when any realisasi is written, or there is no row to have one.
 */
function sheetWithoutRealisasi(model: SheetModel): Finding | null {
  if (holdsRealisasi(model)) return null;
  const firstNode = budgetNodes(model)[0]?.node;
  const firstInd = indikators(model)[0];
  const cell =
    (firstNode ? budgetCell(model, firstNode, "realisasiAnggaran") : null) ??
    (firstInd ? cellIn(model, firstInd.row, "realisasiKinerja") : null);
  if (cell === null) return null;
  return makeFinding({
    rule: "missing-value",
    sheet: sheetName(model),
    cell,
    key: "missing-value.no-realisasi",
    params: { cell, lembar: sheetName(model) },
  });
}

/** Precision of a suggested capaian when the sheet shows none. */
const SARAN_DESIMAL = 2;

/** A cell that holds text is not empty: only an empty cell is reported missing. */
/** Which empty cells are said: a sheet without any realisasi says so once (sheetWithoutRealisasi), not per row. */
interface GapsOf {
  realisasi: boolean;
}

function budgetGaps(model: SheetModel, node: BudgetNode, gapsOf: GapsOf): Finding[] {
  const nama = shortName(node.name);
  if (nama === "") return [];
  const sheet = sheetName(model);
  const about = { sheet, level: node.level, name: node.name };
  const out: Finding[] = [];
  const pagu = num(node.pagu);
  const realisasi = num(node.realisasi);
  const paguCell = pagu === null && !isBudgetUnreadable(model, node, "pagu") ? budgetCell(model, node, "pagu") : null;
  if (paguCell) {
    out.push(
      makeFinding({
        ...about,
        rule: "missing-value",
        cell: paguCell,
        key: "missing-value.pagu",
        params: { cell: paguCell, tingkat: node.level, nama },
      }),
    );
  }
  const realisasiCell =
    gapsOf.realisasi && realisasi === null && !isBudgetUnreadable(model, node, "realisasiAnggaran")
      ? budgetCell(model, node, "realisasiAnggaran")
      : null;
  if (realisasiCell) {
    out.push(
      makeFinding({
        ...about,
        rule: "missing-value",
        cell: realisasiCell,
        key: "missing-value.realisasi-anggaran",
        params: { cell: realisasiCell, tingkat: node.level, nama },
      }),
    );
  }
  if (
    node.capaian == null &&
    !isBudgetUnreadable(model, node, "capaianAnggaran") &&
    pagu !== null &&
    !pagu.isZero() &&
    realisasi !== null
  ) {
    const cell = budgetCell(model, node, "capaianAnggaran");
    const saran = roundTo(capaianAnggaran(realisasi, pagu), SARAN_DESIMAL);
    if (cell) {
      out.push(
        makeFinding({
          ...about,
          rule: "missing-value",
          cell,
          expected: saran,
          key: "missing-value.capaian-anggaran",
          params: { cell, saran, desimal: SARAN_DESIMAL },
        }),
      );
    }
  }
  return out;
}

function indikatorGaps(model: SheetModel, ind: Indikator, opsi: OpsiValidasi, gapsOf: GapsOf): Finding[] {
  const about = { sheet: sheetName(model), level: "indikator", name: ind.name };
  const subject = { nama: shortName(ind.name), baris: typeof ind.row === "number" ? ind.row + 1 : 0 };
  const out: Finding[] = [];
  const target = targetTriwulan(model, ind);
  const realisasi = num(ind.realisasi);
  const strip = Array.isArray(ind.targetStrip) && ind.targetStrip[target.triwulan - 1] === true;
  if (
    target.value === null &&
    target.rentang === null &&
    !target.kualitatif &&
    !target.unreadable &&
    !strip &&
    target.cell
  ) {
    const cell = target.cell;
    out.push(
      triwulanOf(model) === null
        ? makeFinding({
            ...about,
            rule: "missing-value",
            cell,
            key: "missing-value.target-no-triwulan",
            params: { cell, ...subject },
          })
        : makeFinding({
            ...about,
            rule: "missing-value",
            cell,
            key: "missing-value.target",
            params: { triwulan: target.triwulan, cell, ...subject },
          }),
    );
  }
  const realisasiCell =
    gapsOf.realisasi &&
    realisasi === null &&
    !isUnreadable(ind, "realisasiKinerja") &&
    !ind.kualitatif?.realisasiKinerja
      ? cellIn(model, ind.row, "realisasiKinerja", ind.realisasi)
      : null;
  if (realisasiCell) {
    out.push(
      makeFinding({
        ...about,
        rule: "missing-value",
        cell: realisasiCell,
        key: "missing-value.realisasi-kinerja",
        params: { cell: realisasiCell, ...subject },
      }),
    );
  }
  out.push(...notYetWritten(ind, target, gapsOf.realisasi, about, subject));
  if (ind.capaian == null && !isUnreadable(ind, "capaianKinerja") && realisasi !== null) {
    const exact = recomputeAgainst(realisasi, target, polaritasOf(model, ind, opsi));
    const cell = cellIn(model, ind.row, "capaianKinerja");
    if (exact !== null && cell) {
      const saran = roundTo(exact, SARAN_DESIMAL);
      out.push(
        makeFinding({
          ...about,
          rule: "missing-value",
          cell,
          expected: saran,
          key: "missing-value.capaian-kinerja",
          params: { cell, triwulan: target.triwulan, saran, desimal: SARAN_DESIMAL },
        }),
      );
    }
  }
  return out;
}

/**
 * `belum` for a target, or for a realisasi whose target is not on the scale of whether something exists: the figure
 * is not filled in yet (find32 D1, bad34). Against a target of `Ada`, `belum` reads as `Tidak ada`; against a target
 * of 80% (or none) it is no value at all, and the capaian stated beside it cannot be checked.
 */
function notYetWritten(
  ind: Indikator,
  target: TargetTriwulan,
  realisasiGaps: boolean,
  about: { sheet: string; level: string; name: string },
  subject: { nama: string; baris: number },
): Finding[] {
  const out: Finding[] = [];
  const realisasi = ind.kualitatif?.realisasiKinerja;
  // Against a target on the scale of whether something exists (`Ada`), `belum` is its value `Tidak ada`.
  const targetOnScale = target.kualitatif !== null && !belumDiisi(target.kualitatif);
  if (realisasiGaps && realisasi && belumDiisi(realisasi) && !targetOnScale) {
    out.push(
      makeFinding({
        ...about,
        rule: "missing-value",
        cell: realisasi.cell,
        key: "missing-value.realisasi-kinerja-belum",
        params: { cell: realisasi.cell, tertulis: realisasi.text, ...subject },
      }),
    );
  }
  const written = target.kualitatif;
  if (written && belumDiisi(written)) {
    out.push(
      makeFinding({
        ...about,
        rule: "missing-value",
        cell: written.cell,
        key: "missing-value.target-belum",
        params: { triwulan: target.triwulan, cell: written.cell, tertulis: written.text, ...subject },
      }),
    );
  }
  return out;
}

/**
 * A sheet whose sub kegiatan rows all leave pagu and realisasi empty while every kegiatan above them has its pagu (a
 * form kept with its Rp on kegiatan rows, the sub kegiatan listed for their indikator): one finding at the first
 * sub kegiatan's pagu cell instead of two per row. Null otherwise (an empty cell among filled ones is its own
 * finding).
 */
function subKegiatanWithoutRp(model: SheetModel, facts: BudgetFacts): Finding | null {
  const { refs, pagu, realisasi } = facts;
  let subs = 0;
  let first: BudgetNode | null = null;
  for (let i = 0; i < refs.length; i++) {
    const node = refs[i].node;
    if (node.level === "kegiatan" && (node as { subKegiatan?: unknown[] }).subKegiatan?.length && !pagu.present[i])
      return null;
    if (node.level !== "subKegiatan") continue;
    if (pagu.present[i] || realisasi.present[i]) return null;
    if (isBudgetUnreadable(model, node, "pagu") || isBudgetUnreadable(model, node, "realisasiAnggaran")) return null;
    subs++;
    first ??= node;
  }
  if (subs < 2 || first === null) return null;
  const cell = budgetCell(model, first, "pagu");
  if (!cell) return null;
  return makeFinding({
    sheet: sheetName(model),
    level: "subKegiatan",
    name: first.name,
    rule: "missing-value",
    cell,
    key: "missing-value.sub-kegiatan-rp",
    params: { cell, jumlah: subs },
  });
}

/**
 * missing-value: pagu, realisasi, target of TW n or a computable capaian left empty. A cell that holds text has its
 * unreadable-value finding instead: it is never called empty.
 */
export function missingValue(
  model: SheetModel,
  opsi: OpsiValidasi = {},
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const out: Finding[] = [];
  const noRealisasi = realisasiColumnsMissing(model) ?? realisasiAnggaranColumnMissing(model);
  if (noRealisasi) out.push(noRealisasi);
  // A sheet without any realisasi yet (set up ahead for a later triwulan): said once, not at every row.
  const unfilled = noRealisasi ? null : sheetWithoutRealisasi(model);
  if (unfilled) out.push(unfilled);
  const gapsOf = { realisasi: unfilled === null };
  const { refs, pagu, realisasi, capaian } = facts;
  const budgetOnKegiatan = subKegiatanWithoutRp(model, facts);
  if (budgetOnKegiatan) out.push(budgetOnKegiatan);
  for (let i = 0; i < refs.length; i++) {
    // Pagu and realisasi filled in, and no capaian to suggest (a zero pagu, or a capaian there): nothing is missing.
    if (pagu.present[i] && realisasi.present[i] && (pagu.sen[i] === 0 || capaian.filled[i] || capaian.unreadable[i]))
      continue;
    const level = refs[i].node.level;
    // Urusan and bidang rows head their programs; an Evaluasi Renja form need not repeat figures on them.
    if (level === "urusan" || level === "bidang") continue;
    // A form that keeps its Rp on kegiatan rows only: said once, above.
    if (budgetOnKegiatan && level === "subKegiatan") continue;
    out.push(...budgetGaps(model, refs[i].node, gapsOf));
  }
  for (const ind of indikators(model)) out.push(...indikatorGaps(model, ind, opsi, gapsOf));
  return out;
}
