/**
 * Pengukuran Kinerja sheets of the round-21 probe (test/fixtures/pk-probe21); misread before the fix each test names.
 */
import path from "node:path";
import { countModel } from "../../src/core/model/counts";
import { generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";
import { readPkProbe } from "./pkProbeRead";

const read = (file: string) => readPkProbe("pk-probe21", file);

it("a REKAP tab of the bidang tabs is the source, wherever its tab is (the last bidang's tab alone before)", async () => {
  const file = path.join(__dirname, "..", "fixtures", "pk-probe21", "H02-per-bidang-rekap.xlsx");
  const result = generateLkjip(await gridsOf(file));
  if (result.source === null) throw new Error("no table");
  expect(result.source.sheet).toBe("REKAP");
  expect(countModel(result.source)).toMatchObject({ program: 3, kegiatan: 5, subKegiatan: 9 });
});

describe("a program's indikator written under it in the name column", () => {
  it.each(["H03-indikator-program-kegiatan-di-bawah.xlsx", "M03c-indikator-program-tanpa-label.xlsx"])(
    "%s: is no part of the program's name and no kegiatan (glued to every program name before)",
    async (file) => {
      const { model, serious, pagu } = await read(file);
      expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 5, subKegiatan: 9 });
      const programs = model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.program));
      expect(programs.map((p) => p.name)).toEqual([
        "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
        "PROGRAM PENYULUHAN PERTANIAN",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ]);
      expect(pagu).toBe(9_033_500_000);
      expect(serious).toEqual([]);
    },
  );
});
