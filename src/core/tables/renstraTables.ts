import { tingkatKemajuan } from "../formulas";
import { toA1 } from "../grid/address";
import { NumberCell } from "../model/types";
import { tercapaiKualitatif } from "../formulas/nilaiKualitatif";
import { emptyCell, formulaCell, indikatorValueCell, percentValueCell, textCell } from "./cellStyles";
import { sourcesOf } from "./cellSources";
import { computed } from "./engineValues";
import { capaianKinerjaFormula } from "./excelFormulas";
import { renstraNote } from "./notes";
import { IndikatorFacts, tahunLabel } from "./lkjipContext";
import { RenstraFigures } from "./lkjipSource";
import {
  beginTable,
  dataCellOf,
  dataKualitatif,
  dataPendukungCell,
  dataSource,
  dataValueCell,
  endTable,
  kualitatifCell,
  leaveEmpty,
  SasaranTable,
  subjectOf,
  writeIndikatorRows,
} from "./sasaranTableKit";
import { CellSpec } from "./sheetSpec";

type RenstraColumn = "target" | "realisasiLalu" | "realisasiSdTahun";

/**
 * Perbandingan s.d. akhir Renstra from a source that holds the Renstra figures itself (the Evaluasi Renja form):
 * Sasaran | Indikator | Target akhir Renstra (6) | Realisasi s.d. tahun lalu (7) | Realisasi s.d. tahun n (14) |
 * Tingkat capaian (15), the last as a formula over the row (the sheet's own (15) where (6) or (14) is missing). The
 * form's own figures come first; where its (6) is empty, the target akhir Renstra the officer gave in Data Pendukung
 * stands in. A cell neither holds stays empty, and the reason goes beside the row and to Hasil Pemeriksaan.
 */
export function writePerbandinganRenstraSumber(t: SasaranTable): number {
  const { ctx, b } = t;
  const labels: Record<RenstraColumn, string> = {
    target: "Target Akhir Renstra",
    realisasiLalu: `Realisasi s.d. ${tahunLabel(ctx, -1)}`,
    realisasiSdTahun: `Realisasi s.d. ${tahunLabel(ctx)}`,
  };
  const top = beginTable(t, "Perbandingan Capaian Kinerja s.d. Akhir Periode Renstra", [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: labels.target.toUpperCase() },
    { label: `REALISASI s.d. ${tahunLabel(ctx, -1)}` },
    { label: `REALISASI s.d. ${tahunLabel(ctx)}` },
    { label: "TINGKAT CAPAIAN (%)" },
  ]);
  const rows = writeIndikatorRows(t, top, 5, (row, f) => {
    const r = f.renstra;
    const fromDp = r?.target ? null : (f.data?.targetAkhirRenstra ?? null);
    (["target", "realisasiLalu", "realisasiSdTahun"] as const).forEach((column, i) => {
      const figure = r?.[column] ?? null;
      const cell = figureCell(figure, f);
      const kualitatif = r?.kualitatif?.[column];
      if (figure) b.set(row, 2 + i, cell);
      else if (kualitatif) b.set(row, 2 + i, kualitatifCell(kualitatif));
      else if (column === "target" && (fromDp !== null || dataKualitatif(f, "targetAkhirRenstra")))
        b.set(row, 2, dataValueCell(ctx, f, "targetAkhirRenstra", fromDp));
      else renstraGap(t, row, 2 + i, f, column, labels[column], cell);
    });
    const target = r?.target ?? null;
    const targetValue = target?.value ?? fromDp;
    const sdTahun = r?.realisasiSdTahun ?? null;
    const targetK = target ? undefined : r?.kualitatif?.target;
    const sdTahunK = sdTahun ? undefined : r?.kualitatif?.realisasiSdTahun;
    const tercapai = targetK && sdTahunK && !r?.tingkatCapaian ? tercapaiKualitatif(sdTahunK, targetK) : null;
    if (tercapai !== null) {
      // Values on an ordered scale: whether the realisasi so far has reached the target akhir, not a percentage.
      const text = tercapai ? "Tercapai" : "Belum tercapai";
      const from = sourcesOf(target ?? targetK, sdTahun ?? sdTahunK);
      b.set(row, 5, textCell(text, { align: "center", sources: from }));
    } else if (targetValue !== null && sdTahun && !targetValue.isZero()) {
      const value = computed(() => tingkatKemajuan(sdTahun.value, targetValue, f.polaritas));
      const formula = capaianKinerjaFormula(toA1(row, 2), toA1(row, 4), f.polaritas);
      const dpSource = target ? null : dataSource(ctx, f, "targetAkhirRenstra");
      b.set(row, 5, { ...formulaCell(formula, value, "percent"), sources: sourcesOf(target, sdTahun, dpSource) });
    } else if (r?.tingkatCapaian) {
      b.set(row, 5, { ...percentValueCell(r.tingkatCapaian.value), sources: [r.tingkatCapaian.cell] });
    } else if (targetValue !== null && sdTahun) {
      // A target of 0: no ratio, and the sheet states none either.
      const at = target?.cell ?? dataCellOf(f, "targetAkhirRenstra") ?? f.indikator.cell;
      const sheetOf = target ? ctx.model.sheet : ctx.dataPendukungSheet;
      leaveEmpty(
        t,
        row,
        5,
        emptyCell(),
        {
          kolom: "Tingkat Capaian",
          subject: subjectOf(t, f),
          reason: "capaian-kinerja",
          fix: { sheet: sheetOf, cell: at },
          key: `renstra:nol:${f.indikator.cell}`,
        },
        `Tingkat Capaian tidak dihitung: target akhir Renstra 0 (${sheetOf}!${at}).`,
      );
    } else {
      // The empty input is already reported for its own column.
      b.set(row, 5, emptyCell());
    }
  });
  const note = renstraNote(
    "Tingkat capaian",
    "realisasi s.d. tahun ini",
    t.s.indikator.map((f) => f.polaritas),
  );
  return endTable(t, top + rows, 6, [note]);
}

function figureCell(v: NumberCell | null, f: IndikatorFacts): CellSpec {
  const c = indikatorValueCell(v?.value ?? null, f.indikator.persen, v?.decimals);
  return v ? { ...c, sources: [v.cell] } : c;
}

/** Where else the target akhir Renstra may be given: its Data Pendukung cell. */
function dpHint(t: SasaranTable, f: IndikatorFacts): string {
  const at = dataPendukungCell(t.ctx, f, "targetAkhirRenstra");
  return `; atau isi di ${at.sheet}!${at.cell}`;
}

/** A Renstra cell the source sheet leaves empty: one finding per column, a note beside the row. */
function renstraGap(
  t: SasaranTable,
  row: number,
  col: number,
  f: IndikatorFacts,
  column: keyof RenstraFigures["cells"] & RenstraColumn,
  kolom: string,
  cell: CellSpec,
): void {
  const at = f.renstra?.cells[column] ?? f.indikator.cell;
  leaveEmpty(
    t,
    row,
    col,
    cell,
    {
      kolom,
      subject: subjectOf(t, f),
      reason: "source-renstra",
      fix: { sheet: t.ctx.model.sheet, cell: at },
      key: `renstra:${column}`,
    },
    `${kolom} kosong di lembar "${t.ctx.model.sheet}" (sel ${at})${column === "target" ? dpHint(t, f) : ""}.`,
  );
}
