/**
 * Indikator measured on an ordered scale (predikat SAKIP `BB`, opini BPK `WTP`) in a Pengukuran Kinerja sheet: their
 * target and realisasi cells are values, not numbers that could not be read; a stated capaian on the wrong side of
 * the target is found; the tables print the values and say whether the target is reached.
 */
import { Grid } from "../../../src/core/grid/grid";
import { indikatorSheet, pct, Value } from "./indikatorSheet";
import { analyseWorkbook, generateLkjip } from "../../../src/core/pipeline";
import { recognise } from "../../../src/core/layout/recognise";
import { modelToJson, PengukuranKinerjaJson } from "../../../src/core/model/toJson";
import { renderMessage } from "../../../src/core/model/messages/render";
import { pkModel } from "../layout/helpers/pkModel";
import { cellOf } from "./formulaEval";
import { sheet, table } from "./specHelpers";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { DATA_PENDUKUNG_HEADER_ROW } from "../../../src/core/tables/dataPendukung";
import { INDIKATOR_ORDER } from "../../../src/core/tables/dataPendukungTemplate";

function qualitativeSheet(sakipCapaian: Value): Grid {
  return indikatorSheet([
    ["Meningkatnya akuntabilitas", "Opini BPK", "", "", "", "WTP", "WTP", pct(1), "PROGRAM SATU", 1000, 800],
    ["", "Nilai SAKIP", "", "", "", "BB", "B", sakipCapaian, "Kegiatan Satu", 1000, 800],
    ["", "Predikat Reformasi Birokrasi", "", "", "", "BB", "A", "Tercapai", "Sub Kegiatan Satu", 1000, 800],
  ]);
}

const serious = (grid: Grid) =>
  analyseWorkbook([grid])
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.messageKey, f.cell]);

describe("K values on an ordered scale in a Pengukuran Kinerja sheet", () => {
  test("are read as values: no unreadable-value, no missing target or realisasi; inspect names them", () => {
    const m = pkModel(recognise(qualitativeSheet(pct(0.9))));
    const [opini, sakip] = m.tujuan[0].sasaran[0].indikator;
    expect(opini.unreadable).toBeUndefined();
    expect(opini.kualitatif?.target4?.nilai).toBe("WTP");
    expect(sakip.kualitatif?.realisasiKinerja).toMatchObject({ skala: "predikat", nilai: "B", cell: "G6" });
    const json = modelToJson(m) as PengukuranKinerjaJson;
    expect(json.tujuan[0].sasaran[0].indikator[1].nilaiKualitatif).toEqual({
      target4: "BB",
      realisasiKinerja: "B",
    });
    // B against BB stated at 90%: below 100%, as it should be.
    expect(serious(qualitativeSheet(pct(0.9)))).toEqual([]);
  });

  test("a stated capaian of 100% for B against a target of BB is on the wrong side of the target", () => {
    expect(serious(qualitativeSheet(pct(1)))).toEqual([["capaian-kinerja-mismatch.kualitatif-tidak-tercapai", "H6"]]);
    const f = analyseWorkbook([qualitativeSheet(pct(1))]).findings.find((x) => x.cell === "H6")!;
    expect(f.message).toBe(
      "Capaian kinerja di H6 (100,00%) tidak sesuai: realisasi B di bawah target TW IV BB pada skala yang sama, jadi " +
        "targetnya tidak tercapai (capaian kurang dari 100%).",
    );
    expect(renderMessage(f.messageKey, f.params, "en")).toContain("realisation B is below the Q4 target BB");
    // Written as a word: the same.
    expect(serious(qualitativeSheet("Tercapai"))).toEqual([
      ["capaian-kinerja-mismatch.kualitatif-tidak-tercapai", "H6"],
    ]);
  });

  test("the tables print the values and whether each target is reached; no note calls a target empty", () => {
    const result = generateLkjip([qualitativeSheet(pct(0.9))]);
    if (!result.source) throw new Error("no source");
    const ss = sheet(result.specs, "LKjIP SS I");
    const t = table(ss, "3.1");
    const rows = [t.firstData, t.firstData + 1, t.firstData + 2];
    expect(rows.map((r) => [2, 3, 4].map((c) => cellOf(ss, r, c)?.value))).toEqual([
      ["WTP", "WTP", "Tercapai"],
      ["BB", "B", "Tidak tercapai"],
      ["BB", "A", "Tercapai"],
    ]);
    expect(cellOf(ss, t.firstData + 1, 4)?.sources).toEqual(["F6", "G6"]);
    const notes = ss.cells.map((c) => c.cell.value).filter((v): v is string => typeof v === "string");
    expect(notes.filter((n) => /kosong di lembar sumber|target tahunan kosong/i.test(n))).toEqual([]);
    // Predikat, tingkat kemajuan and efisiensi have no percentage to work with: left empty, and Hasil Pemeriksaan
    // says why (the efisiensi table's gaps are grouped per sasaran, as every other reason of theirs).
    const kualitatif = result.tableFindings.filter((f) => f.messageKey === "table-cell-empty.kualitatif");
    expect(kualitatif.map((f) => [f.params.tabel, f.params.kolom])).toEqual([
      ["3.1, 3.3, 3.6", "Predikat / Tingkat Kemajuan / Capaian Kinerja"],
      ["3.6", "Tingkat Efisiensi"],
    ]);
    expect(kualitatif[0].message).toContain("berupa nilai kualitatif");
    expect(sheet(result.specs, "LKjIP Bab II").cells.map((c) => c.cell.value)).toEqual(
      expect.arrayContaining(["WTP", "BB"]),
    );
  });

  test("`belum` is no value beside a number or as a target: no Tercapai, no formula over the text (bad34 F1, F2)", () => {
    const grid = indikatorSheet([
      ["Meningkatnya akuntabilitas", "Dokumen tersedia", "", "", "", "Ada", "belum", "", "PROGRAM SATU", 1000, 800],
      ["", "Indeks kepuasan", "", "", "", "belum", "belum", "", "Kegiatan Satu", 1000, 800],
      ["", "Persentase layanan", "", "", "", "belum", pct(0.83), "", "Sub Kegiatan Satu", 1000, 800],
      ["", "Persentase tuntas", "", "", "", pct(0.8), "belum", "", "Sub Kegiatan Dua", 0, 0],
    ]);
    const result = generateLkjip([grid]);
    if (!result.source) throw new Error("no source");
    const ss = sheet(result.specs, "LKjIP SS I");
    const t = table(ss, "3.1");
    const row = (i: number) => [2, 3, 4].map((c) => cellOf(ss, t.firstData + i, c)?.value ?? null);
    // Against `Ada`, `belum` is `Tidak ada`: a value (printed as written), the target not reached.
    expect(row(0)).toEqual(["Ada", "belum", "Tidak tercapai"]);
    expect(row(1)).toEqual([null, null, null]);
    expect(row(2)[0]).toBeNull();
    expect(cellOf(ss, t.firstData + 2, 4)?.formula).toBeUndefined();
    expect(row(3)[1]).toBeNull();
    const said = result.analysis.findings.map((f) => `${f.cell} ${f.messageKey}`);
    expect(said).toEqual(
      expect.arrayContaining([
        "F6 missing-value.target-belum",
        "G6 missing-value.realisasi-kinerja-belum",
        "F7 missing-value.target-belum",
        "G8 missing-value.realisasi-kinerja-belum",
      ]),
    );
    expect(said).not.toContain("G5 missing-value.realisasi-kinerja-belum");
  });

  test("last year's values and the target akhir typed as words in Data Pendukung are read and printed", () => {
    const grid = qualitativeSheet(pct(0.9));
    const first = generateLkjip([grid]);
    if (!first.source) throw new Error("no source");
    const dp = specToGrid(first.specs.find((s) => s.kind === "data-pendukung")!);
    const row = dp.cells[DATA_PENDUKUNG_HEADER_ROW + 1]; // Opini BPK
    const put = (column: (typeof INDIKATOR_ORDER)[number], value: string) => {
      row[INDIKATOR_ORDER.indexOf(column)] = { value };
    };
    put("targetTahunLalu", "WTP");
    put("realisasiTahunLalu", "WDP");
    put("targetAkhirRenstra", "Wajar Tanpa Pengecualian");
    const again = generateLkjip([grid, dp]);
    if (!again.source) throw new Error("no source");
    const all = [...again.analysis.findings, ...again.dataPendukungFindings];
    expect(all.filter((f) => f.rule === "unreadable-value")).toEqual([]);
    const ss = sheet(again.specs, "LKjIP SS I");
    const lalu = table(ss, "3.2").firstData;
    expect([2, 3, 4].map((c) => cellOf(ss, lalu, c)?.value)).toEqual(["WTP", "WDP", "WTP"]);
    const renstra = table(ss, "3.3").firstData;
    // As written: the target akhir in words, this year's as its letters.
    expect([2, 3, 4].map((c) => cellOf(ss, renstra, c)?.value)).toEqual([
      "Wajar Tanpa Pengecualian",
      "WTP",
      "Tercapai",
    ]);
    expect(cellOf(ss, renstra, 4)?.sources).toEqual(["G5", expect.stringMatching(/^'Data Pendukung'!H\d+$/)]);
  });
});
