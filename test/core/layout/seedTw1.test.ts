import { recognise } from "../../../src/core/layout/recognise";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { seedTw1 } from "./helpers/seedData";
import { buildSheet } from "./helpers/seedLayout";
import { budgetNodes, outlineData, outlineModel } from "./helpers/outline";
import { pkModel } from "./helpers/pkModel";

function recogniseTw1(): { model: PengukuranKinerjaModel; data: ReturnType<typeof seedTw1> } {
  const data = seedTw1();
  // As in the seed: NO and TUJUAN are merged over the first sasaran only; the next sasaran's tujuan cell is empty.
  data.tujuan[1].onlyFirstSasaran = true;
  const built = buildSheet(data.tujuan, { title: data.title, signature: data.signature });
  return { model: pkModel(recognise(built.grid)), data };
}

describe("seed TW I: two-row merged header, column numbers, merged tujuan and sasaran, numbers as text", () => {
  const { model, data } = recogniseTw1();

  test("finds the header, skips the column numbers and stops before the signature", () => {
    expect(model.headerRows).toEqual([4, 5]);
    expect(model.dataRows).toEqual([7, 76]);
    expect(model.columns).toEqual({
      no: 0,
      tujuan: 1,
      indikatorTujuan: 2,
      sasaran: 3,
      indikatorSasaran: 4,
      formulasi: 5,
      target1: 6,
      target2: 7,
      target3: 8,
      target4: 9,
      realisasiKinerja: 10,
      capaianKinerja: 11,
      uraian: 12,
      pagu: 13,
      kas1: 14,
      kas2: 15,
      kas3: 16,
      kas4: 17,
      realisasiAnggaran: 18,
      capaianAnggaran: 19,
    });
  });

  test("reads triwulan, tahun and the title lines", () => {
    expect(model.triwulan).toBe(1);
    expect(model.tahun).toBe(2022);
    expect(model.title).toEqual(data.title);
  });

  test("4 tujuan and 5 sasaran; the sasaran with an empty tujuan cell stays under tujuan 2", () => {
    expect(model.tujuan.map((t) => [t.no, t.cell, t.sasaran.length])).toEqual([
      ["1", "B8", 1],
      ["2", "B21", 2],
      ["3", "B60", 1],
      ["4", "B71", 1],
    ]);
    const t2 = model.tujuan[1];
    expect(t2.sasaran.map((s) => [s.name, s.cell, s.row])).toEqual([
      ["Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan", "D21", 20],
      ["Meningkatnya Kinerja Lembaga dan Aparatur", "D27", 26],
    ]);
    expect(model.tujuan[3].indikatorTujuan).toBe("Meningkatkan kualitas perlindungan tenaga kerja");
  });

  test("the last sasaran keeps both indikator, each with a two-line formulasi", () => {
    const [first, second] = model.tujuan[3].sasaran[0].indikator;
    expect(model.tujuan[3].sasaran[0].indikator).toHaveLength(2);
    expect(first.name).toBe("Persentase kasus perselisihan hubungan industrial yang diselesaikan");
    expect(first.cell).toBe("E71");
    expect(first.formulasi).toEqual([
      "Jumlah kasus hubungan industrial yang diselesaikan dengan anjuran dan perjanjian bersama",
      "Jumlah kasus yang dicatatkan",
    ]);
    expect(first.target.map((t) => t?.value.toNumber())).toEqual([70, 70, 70, 70]);
    expect(first.target[0]?.cell).toBe("G71");
    expect(first.capaian?.value.toNumber()).toBe(17);
    expect(first.capaian?.decimals).toBe(2);
    // The seed gives the second indikator no name: it is kept, with a finding at its name cell.
    expect(second.name).toBe("");
    expect(second.cell).toBe("F73");
    expect(second.formulasi).toEqual(["Jumlah Perusahaan memenuhi persyaratan kerja", "Jumlah Total Perusahaan"]);
    expect(second.realisasi?.value.toNumber()).toBe(4.48);
    expect(model.findings.find((f) => f.cell === "E73")).toMatchObject({ rule: "missing-name", severity: "error" });
  });

  test("percentages are in percent points and keep their cells", () => {
    const ind = model.tujuan[0].sasaran[0].indikator[0];
    expect(ind.persen).toBe(true);
    expect(ind.target[3]).toMatchObject({ cell: "J8", decimals: 2 });
    expect(ind.target[3]?.value.toNumber()).toBe(0.39);
    expect(ind.realisasi?.value.toNumber()).toBe(-0.89);
    expect(ind.capaian?.value.toNumber()).toBe(-228.21);
    expect(ind.formulasi).toHaveLength(2);
  });

  test("programs, kegiatan and sub kegiatan per sasaran", () => {
    const counts = model.tujuan.flatMap((t) =>
      t.sasaran.map((s) => [
        s.program.length,
        s.program.reduce((n, p) => n + p.kegiatan.length, 0),
        s.program.reduce((n, p) => n + p.kegiatan.reduce((m, k) => m + k.subKegiatan.length, 0), 0),
      ]),
    );
    expect(counts).toEqual([
      [4, 4, 5],
      [1, 1, 4],
      [1, 8, 24],
      [2, 4, 5],
      [1, 2, 4],
    ]);
  });

  test("values and cells of a program, a kegiatan and a sub kegiatan", () => {
    const program = model.tujuan[0].sasaran[0].program[2];
    expect(program).toMatchObject({
      level: "program",
      name: "PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN",
      cell: "M14",
      row: 13,
    });
    expect(program.levelEvidence).toBe("kata");
    expect(program.pagu).toMatchObject({ cell: "N14", decimals: 2 });
    expect(program.pagu?.value.toString()).toBe("412786800");
    expect(program.anggaranKas.map((k) => k?.value.toString())).toEqual([
      "72110600",
      "153877000",
      "149178000",
      "37621200",
    ]);
    expect(program.anggaranKas[0]?.cell).toBe("O14");
    expect(program.realisasi?.value.toString()).toBe("24270000");
    expect(program.capaian?.value.toString()).toBe("5.88");
    const kegiatan = program.kegiatan[0];
    expect(kegiatan).toMatchObject({ level: "kegiatan", cell: "M15", levelEvidence: "aritmetika" });
    expect(kegiatan.subKegiatan.map((s) => [s.cell, s.pagu?.value.toString()])).toEqual([
      ["M16", "375108000"],
      ["M17", "37678800"],
    ]);
    const empty = model.tujuan[3].sasaran[0].program[0];
    expect(empty.anggaranKas).toEqual([null, null, null, null]);
    expect(empty.realisasi).toBeNull();
    expect(empty.capaian?.value.toNumber()).toBe(0);
  });

  test("a sub kegiatan row without a name is kept with a missing-name finding", () => {
    const pelindungan = model.tujuan[2].sasaran[0].program[1].kegiatan[2];
    expect(pelindungan.name).toBe("Pelindungan PMI (Pra dan Purna");
    expect(pelindungan.subKegiatan).toHaveLength(1);
    expect(pelindungan.subKegiatan[0]).toMatchObject({ name: "", cell: "M70" });
    expect(model.findings.find((f) => f.cell === "M70")).toMatchObject({ rule: "missing-name", sheet: "TW I 2022" });
  });

  test("the whole tree matches the seed data, and arithmetic closes everywhere so no level is uncertain", () => {
    expect(outlineModel(model)).toEqual(outlineData(data.tujuan));
    expect(model.findings.map((f) => f.rule).sort()).toEqual(["missing-name", "missing-name"]);
    expect(
      budgetNodes(model)
        .filter((n) => n.level !== "program")
        .every((n) => n.levelEvidence === "aritmetika"),
    ).toBe(true);
  });
});
