import { recognise } from "../../../src/core/layout/recognise";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { seedTw4 } from "./helpers/seedData";
import { buildSheet } from "./helpers/seedLayout";
import { outlineData, outlineModel } from "./helpers/outline";
import { pkModel } from "./helpers/pkModel";

function recogniseTw4(): { model: PengukuranKinerjaModel; data: ReturnType<typeof seedTw4> } {
  const data = seedTw4();
  const built = buildSheet(data.tujuan, {
    name: "TW IV 2022",
    title: data.title,
    signature: data.signature,
    numbers: "typed",
  });
  return { model: pkModel(recognise(built.grid)), data };
}

describe("seed TW IV: real numbers with number formats, and a kegiatan whose sub kegiatan do not add up", () => {
  const { model, data } = recogniseTw4();

  test("triwulan 4 of 2022", () => {
    expect([model.triwulan, model.tahun]).toEqual([4, 2022]);
  });

  test("fractions with a % format become percent points; the budget capaian stays in points", () => {
    const ind = model.tujuan[0].sasaran[0].indikator[0];
    expect(ind.target[0]?.value.toString()).toBe("0.39");
    expect(ind.target[0]?.decimals).toBe(2);
    expect(ind.realisasi?.value.toString()).toBe("0.38");
    expect(ind.capaian?.value.toString()).toBe("97.44");
    expect(ind.persen).toBe(true);
    const program = model.tujuan[0].sasaran[0].program[0];
    expect(program.capaian?.value.toString()).toBe("99.84");
    expect(program.pagu?.value.toString()).toBe("55599900");
    expect(program.pagu?.decimals).toBe(0);
    expect(model.tujuan[3].no).toBe("4.");
  });

  test("kegiatan 246.174.400 keeps all four sub kegiatan (adding up to 250.634.400), said once, at the kegiatan (msg40 D5: once per row)", () => {
    const program = model.tujuan[1].sasaran[0].program[0];
    expect(program.name).toBe("PROGRAM PELAYANAN PENANAMAN MODAL");
    expect(program.kegiatan).toHaveLength(1);
    const kegiatan = program.kegiatan[0];
    expect(kegiatan.pagu?.value.toString()).toBe("246174400");
    expect(kegiatan.levelEvidence).toBe("posisi");
    expect(kegiatan.subKegiatan.map((s) => s.pagu?.value.toString())).toEqual([
      "110765800",
      "56176300",
      "3249800",
      "80442500",
    ]);
    const uncertain = model.findings.filter((f) => f.rule === "level-uncertain");
    expect(uncertain.map((f) => f.cell)).toEqual(["M22", "M28"]);
    expect(uncertain.every((f) => f.severity === "info")).toBe(true);
    expect(uncertain[0].message).toMatch(
      /^Sel M22: .*dianggap kegiatan di bawah program .*\(M21\), dan 4 baris di bawahnya sub kegiatannya, menurut letaknya saja/,
    );
  });

  test("the next program's lone kegiatan stays a kegiatan", () => {
    const penunjang = model.tujuan[1].sasaran[0].program[1];
    expect(penunjang.kegiatan.map((k) => [k.name, k.subKegiatan.length])).toEqual([
      ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 0],
    ]);
    expect(model.findings.find((f) => f.cell === penunjang.kegiatan[0].cell)?.rule).toBe("level-uncertain");
  });

  test("the whole tree matches the seed data", () => {
    expect(outlineModel(model)).toEqual(outlineData(data.tujuan));
  });
});
