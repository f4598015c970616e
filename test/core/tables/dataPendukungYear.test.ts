/**
 * Data Pendukung filled for another year than the report's (a new year's sheet added to last year's workbook): its
 * last-year figures, total anggaran and belanja are that year's, never printed as this report's.
 */
import Decimal from "decimal.js";
import { buildDataPendukungTemplate, readDataPendukung } from "../../../src/core/tables/dataPendukung";
import { dataPendukungOfYear } from "../../../src/core/tables/dataPendukungYear";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { seedModel } from "./factory";
import { amountLabelsOf, catalogOf } from "../../../src/core/model/messages";

function filledFor(tahun: number) {
  const model = seedModel();
  const { data } = readDataPendukung(specToGrid(buildDataPendukungTemplate(model)));
  return {
    ...data,
    tahun,
    totalAnggaran: new Decimal(15_000_000_000),
    indikator: data.indikator.map((i) => ({
      ...i,
      targetTahunLalu: new Decimal(35),
      realisasiTahunLalu: new Decimal(30),
    })),
  };
}

test("filled for the report's year: used as written", () => {
  const dp = filledFor(2022);
  expect(dataPendukungOfYear(dp, 2022, "Data Pendukung")).toEqual({ data: dp, findings: [] });
});

test("filled for an earlier year: its year's figures left out, one warning at its Tahun cell, the rest kept", () => {
  const dp = filledFor(2022);
  const { data, findings } = dataPendukungOfYear(dp, 2023, "Data Pendukung");
  expect(data?.indikator.every((i) => i.targetTahunLalu === null && i.realisasiTahunLalu === null)).toBe(true);
  expect(data?.totalAnggaran).toBeNull();
  expect(data?.indikator.map((i) => [i.indikator, i.polaritas, i.targetAkhirRenstra])).toEqual(
    dp.indikator.map((i) => [i.indikator, i.polaritas, i.targetAkhirRenstra]),
  );
  expect(findings.map((f) => [f.severity, f.messageKey, f.cell, f.params.tahunDp, f.params.tahun])).toEqual([
    ["warning", "data-pendukung-uncertain.tahun", dp.labelCells?.tahun, 2022, 2023],
  ]);
  // Its two amounts are years, and Hasil Pemeriksaan and the pane call them so, not names (dp31 F8).
  expect(amountLabelsOf(catalogOf("id"), findings[0])).toEqual({
    expected: "Tahun lembar sumber",
    actual: "Tahun di Data Pendukung",
  });
  expect(
    amountLabelsOf(catalogOf("id"), { rule: "data-pendukung-uncertain", messageKey: "data-pendukung-uncertain.place" }),
  ).toEqual({ expected: "Nama di lembar sumber", actual: "Nama di Data Pendukung" });
});

test("no year written, or the report's year unknown: nothing to compare, used as written", () => {
  const dp = { ...filledFor(2022), tahun: null };
  expect(dataPendukungOfYear(dp, 2023, "Data Pendukung").findings).toEqual([]);
  expect(dataPendukungOfYear(filledFor(2022), null, "Data Pendukung").findings).toEqual([]);
});
