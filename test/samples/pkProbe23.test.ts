/**
 * Pengukuran Kinerja sheets of the round-23 probe (test/fixtures/pk-probe23); misread before the fix each test names.
 */
import { readPkProbe } from "./pkProbeRead";

const read = (file: string) => readPkProbe("pk-probe23", file);

describe("a kinerja half grouped by figure (REALISASI merged over TW I … TW IV) is read at the report's quarter", () => {
  it("the TW III sheet's realisasi and capaian are its TW III columns (read as none before, and nothing said)", async () => {
    const { model, serious } = await read("05-grup-target-real-cap.xlsx");
    expect(model.triwulan).toBe(3);
    const indikator = model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator));
    expect(indikator.map((i) => [i.cell, i.realisasi?.value.toString(), i.capaian?.cell])).toEqual([
      ["D8", "68.5", "P8"],
      ["D9", "81", "P9"],
      ["D14", "61.2", "P14"],
    ]);
    expect(model.columns).toMatchObject({ realisasiKinerja: 11, capaianKinerja: 15 });
    expect(serious).toEqual([]);
  });

  it("a wrong TW III capaian is found at its cell (the sheet passed as correct before)", async () => {
    const { serious } = await read("06-grup-capaian-tw3-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.cell, f.actual?.toString()])).toEqual([
      ["capaian-kinerja-mismatch", "P8", "92.5"],
    ]);
    expect(serious[0].message).toContain("target TW III 70");
  });
});
