import { formatModelTree } from "../../../src/cli/format/modelTree";
import { recognise } from "../../../src/core/layout/recognise";
import { indikatorSheet, pct } from "../../core/tables/indikatorSheet";
import { seedModel } from "../../core/tables/factory";

describe("lkjip inspect's outline", () => {
  test("writes a range, a bound and a value on a scale as the sheet does, not as an empty target", () => {
    const grid = indikatorSheet([
      ["Meningkatnya akuntabilitas", "Opini BPK", "", "", "", "WTP", "WTP", "Tercapai", "PROGRAM SATU", 1000, 800],
      ["", "Persentase layanan", "", "", "85-90", "≥ 90%", pct(0.92), pct(1.0222), "Kegiatan Satu", 1000, 800],
    ]);
    const model = recognise(grid).model!;
    const lines = formatModelTree(model).filter((l) => l.includes("Indikator"));
    expect(lines).toEqual([
      "      Indikator [B5] Opini BPK: target TW I–IV - | - | - | WTP; realisasi WTP; capaian Tercapai",
      "      Indikator [B6] Persentase layanan: target TW I–IV - | - | 85-90 | ≥ 90%; realisasi 92,00%; capaian 102,22%",
    ]);
  });
});

test("a tujuan or sasaran without a name (a sheet without that column) is said to have none, as an indikator is", () => {
  const model = seedModel();
  model.tujuan[0].name = "";
  model.tujuan[0].sasaran[0].name = "";
  const lines = formatModelTree(model);
  expect(lines.filter((l) => l.endsWith("(tanpa nama)")).map((l) => l.trim().split(" ")[0])).toEqual([
    "Tujuan",
    "Sasaran",
  ]);
});
