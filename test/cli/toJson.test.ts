import { D } from "../../src/core/numbers/decimal";
import { modelToJson, PengukuranKinerjaJson } from "../../src/core/model/toJson";
import { MaybeNumber, PengukuranKinerjaModel, SubKegiatan } from "../../src/core/model/types";

const n = (value: string, cell: string, decimals = 2): MaybeNumber => ({ value: new D(value), decimals, cell });

function sub(name: string, row: number, pagu: string, realisasi: string | null): SubKegiatan {
  return {
    level: "subKegiatan",
    kode: `2.18.03.2.01.000${row}`,
    name,
    cell: `M${row + 1}`,
    row,
    pagu: n(pagu, `N${row + 1}`),
    anggaranKas: [n("0", `O${row + 1}`, 0), n(pagu, `P${row + 1}`), null, null],
    realisasi: realisasi === null ? null : n(realisasi, `S${row + 1}`, 0),
    capaian: null,
    levelEvidence: "kode",
  };
}

function model(): PengukuranKinerjaModel {
  return {
    layout: "pengukuran-kinerja",
    sheet: "TW I",
    triwulan: 1,
    tahun: 2022,
    title: ["PENGUKURAN KINERJA", "S/D TRIWULAN I TAHUN 2022"],
    columns: { tujuan: 1 },
    headerRows: [3, 4],
    dataRows: [6, 12],
    findings: [],
    tujuan: [
      {
        no: "1",
        name: "Meningkatnya Nilai Investasi Daerah",
        cell: "B7",
        row: 6,
        sasaran: [
          {
            name: "Meningkatnya Nilai Penanaman Modal",
            cell: "D7",
            row: 6,
            indikator: [
              {
                name: "Persentase Potensi dan Peluang Investasi yang Dipromosikan",
                cell: "E7",
                formulasi: ["Nilai Kumulatif PM Tahun n", "Σ nilai investasi tahun n-1"],
                target: [n("0.39", "G7"), n("0.39", "H7"), n("0.39", "I7"), null],
                realisasi: n("-0.89", "K7"),
                capaian: n("-228.21", "L7"),
                persen: true,
                row: 6,
              },
            ],
            program: [
              {
                level: "program",
                name: "PROGRAM PROMOSI PENANAMAN MODAL",
                cell: "M7",
                row: 6,
                pagu: n("49421000.00", "N7"),
                anggaranKas: [n("0", "O7", 0), n("49421000", "P7"), n("0", "Q7", 0), n("0", "R7", 0)],
                realisasi: n("800000", "S7", 0),
                capaian: n("1.62", "T7"),
                levelEvidence: "kata",
                kegiatan: [
                  {
                    level: "kegiatan",
                    kode: "2.18.03.2.01",
                    name: "Penyelenggaraan Promosi Penanaman Modal",
                    cell: "M8",
                    row: 7,
                    pagu: n("49421000", "N8"),
                    anggaranKas: [null, null, null, null],
                    realisasi: n("800000", "S8", 0),
                    capaian: n("1.62", "T8"),
                    levelEvidence: "kode",
                    subKegiatan: [
                      sub("Pelaksanaan Kegiatan Promosi", 8, "49421000", "800000"),
                      sub("Kosong", 9, "0", null),
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe("modelToJson", () => {
  const json = modelToJson(model()) as PengukuranKinerjaJson;

  it("has the layout, sheet, triwulan and tahun at the top", () => {
    expect(Object.keys(json)).toEqual(["layout", "sheet", "triwulan", "tahun", "tujuan"]);
    expect(json.layout).toBe("pengukuran-kinerja");
    expect(json).toMatchObject({ sheet: "TW I", triwulan: 1, tahun: 2022 });
  });

  it("gives every node the cell of its name", () => {
    const tujuan = json.tujuan[0];
    const sasaran = tujuan.sasaran[0];
    expect([tujuan.cell, sasaran.cell, sasaran.indikator[0].cell, sasaran.program[0].cell]).toEqual([
      "B7",
      "D7",
      "E7",
      "M7",
    ]);
    expect(sasaran.program[0].kegiatan[0].subKegiatan.map((s) => s.cell)).toEqual(["M9", "M10"]);
  });

  it("writes percentages in percent points and empties as null", () => {
    const indikator = json.tujuan[0].sasaran[0].indikator[0];
    expect(indikator).toEqual({
      name: "Persentase Potensi dan Peluang Investasi yang Dipromosikan",
      cell: "E7",
      formulasi: ["Nilai Kumulatif PM Tahun n", "Σ nilai investasi tahun n-1"],
      target: [0.39, 0.39, 0.39, null],
      realisasi: -0.89,
      capaian: -228.21,
      persen: true,
    });
  });

  it("writes amounts in Rupiah as numbers, kode only where the sheet has one", () => {
    const program = json.tujuan[0].sasaran[0].program[0];
    expect(program).not.toHaveProperty("kode");
    expect(program).toMatchObject({
      pagu: 49421000,
      anggaranKas: [0, 49421000, 0, 0],
      realisasi: 800000,
      capaian: 1.62,
    });
    const kegiatan = program.kegiatan[0];
    expect(kegiatan).toMatchObject({ kode: "2.18.03.2.01", anggaranKas: [null, null, null, null] });
    expect(kegiatan.subKegiatan[1]).toEqual({
      kode: "2.18.03.2.01.0009",
      name: "Kosong",
      cell: "M10",
      pagu: 0,
      anggaranKas: [0, 0, null, null],
      realisasi: null,
      capaian: null,
    });
  });

  it("survives JSON.stringify unchanged (plain data only)", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
