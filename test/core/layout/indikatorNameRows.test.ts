/**
 * An indikator's name typed over two rows by hand, the second holding the rest of the name and nothing else: one
 * indikator (layout/hierarchy.ts, continuesIndikatorName), told from an indikator of its own without figures.
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { indikatorSheet } from "../tables/indikatorSheet";

describe("a name alone on the row under an indikator with figures", () => {
  const names = (second: string) => {
    const grid = indikatorSheet([
      ["Meningkatnya layanan", "Persentase ibu hamil mendapatkan", 90, 90, 90, 90, 90, 100, "PROGRAM SATU", 1000, 800],
      ["", second, null, null, null, null, null, null, "Kegiatan Satu", 1000, 800],
    ]);
    const model = analyseWorkbook([grid]).models[0] as PengukuranKinerjaModel;
    return model.tujuan[0].sasaran[0].indikator.map((i) => i.name);
  };

  test("starting in lower case, continues its name", () => {
    expect(names("pelayanan sesuai standar")).toEqual(["Persentase ibu hamil mendapatkan pelayanan sesuai standar"]);
  });

  test("starting with a capital, is an indikator of its own (its figures missing, as a finding says)", () => {
    expect(names("Indeks Kepuasan Masyarakat")).toEqual([
      "Persentase ibu hamil mendapatkan",
      "Indeks Kepuasan Masyarakat",
    ]);
  });
});
