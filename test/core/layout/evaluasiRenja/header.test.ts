import { gridFromRows } from "../../../../src/core/grid/gridBuilder";
import { CellRange, GridCell } from "../../../../src/core/grid/grid";
import {
  parseEquation,
  ratioOfColumns,
  readNumberCell,
  sumOfColumns,
} from "../../../../src/core/layout/evaluasiRenja/equations";
import { classifyErLabel } from "../../../../src/core/layout/evaluasiRenja/headerWords";
import { resolveErColumns } from "../../../../src/core/layout/evaluasiRenja/findHeader";
import { normaliseHeader } from "../../../../src/core/layout/headerWords";
import { buildErSheet } from "./helpers/erSheet";
import { erModel, erNodes, levelsOf } from "./helpers/outline";

const ALL = () => true;

describe("Evaluasi Renja: the row of column numbers and its equations", () => {
  test("equations as offices write them", () => {
    expect(readNumberCell("13 = 9 + 10 + 11 + 12")).toEqual({ number: 13, equation: "9 + 10 + 11 + 12" });
    expect(readNumberCell("(13)")).toEqual({ number: 13 });
    expect(readNumberCell("7.")).toEqual({ number: 7 });
    expect(readNumberCell("Rp")).toBeNull();
    expect(readNumberCell("13 = jumlah")).toBeNull();
    // A note in words after the number or the equation says which figures it is for; the cell still numbers (15).
    const fifteen = { number: 15, equation: "11+12+13+14" };
    expect(readNumberCell("15 = 11+12+13+14 (Rp dan K jumlah); K persentase = 14")).toEqual(fifteen);
    expect(readNumberCell("15 = 11+12+13+14; K % = 14")).toEqual(fifteen);
    expect(readNumberCell("15 (K persentase = TW IV)")).toEqual({ number: 15 });
    expect(readNumberCell("17 = 16/8 x 100%")).toEqual({ number: 17, equation: "16/8 x 100%" });
    // A number followed by words outside brackets is a name, not a column number.
    expect(readNumberCell("2 Sasaran")).toBeNull();

    const sum = parseEquation("9 + 10 + 11 + 12", ALL);
    expect(sum && sumOfColumns(sum)).toEqual([9, 10, 11, 12]);
    const renstra = parseEquation("7+13", ALL);
    expect(renstra && sumOfColumns(renstra)).toEqual([7, 13]);
    for (const text of ["14 / 6 x 100", "14/6x100%", "(14 : 6) X 100", "14 / 6 × 100 %"]) {
      const expr = parseEquation(text, (n) => n <= 20);
      expect(expr && ratioOfColumns(expr)).toEqual({ numerator: 14, denominator: 6, factor: 100 });
      expect(expr && sumOfColumns(expr)).toBeNull();
    }
    expect(parseEquation("(9)+(10)", ALL)).toEqual({
      kind: "op",
      op: "+",
      left: { kind: "column", number: 9 },
      right: { kind: "column", number: 10 },
    });
    expect(parseEquation("9 + ", ALL)).toBeNull();
    expect(parseEquation("9 ) + 10", ALL)).toBeNull();
  });

  test("the equations of a sheet, tied to the groups they name", () => {
    const built = buildErSheet({ style: "handmade", header: "fiveRows" });
    const m = erModel(built.grid);
    const n = built.numberOf;
    expect(m.equations.map((e) => [e.number, e.sum, e.ratio])).toEqual([
      [n.realisasi, [n.tw1, n.tw2, n.tw3, n.tw4], null],
      [n.realisasiSdTahun, [n.realisasiRenstra, n.realisasi], null],
      [n.tingkatCapaian, null, { numerator: n.realisasiSdTahun, denominator: n.targetRenstra, factor: 100 }],
    ]);
    expect(m.equations[0].text).toBe(`${n.realisasi} = ${n.tw1} + ${n.tw2} + ${n.tw3} + ${n.tw4}`);
    const role = (num: number | undefined) => m.columnGroups.find((g) => g.number === num)?.role;
    expect([n.targetRenstra, n.tw2, n.realisasi, n.realisasiSdTahun, n.tingkatCapaian].map(role)).toEqual([
      "targetRenstra",
      "realisasiTw2",
      "realisasi",
      "realisasiSdTahun",
      "tingkatCapaian",
    ]);
    const tw2 = m.columnGroups.find((g) => g.number === n.tw2);
    expect(tw2?.columns).toEqual([built.col("tw2K"), built.col("tw2Persen"), built.col("tw2Rp")]);
    expect(m.columnGroups.find((g) => g.number === 1)?.role).toBeNull();
  });

  test("a header without merges (each title over its first column only) is the merged header's columns", () => {
    for (const header of ["threeRows", "fiveRows"] as const) {
      const merged = erModel(buildErSheet({ style: "handmade", header }).grid);
      const flat = buildErSheet({ style: "handmade", header });
      const top = flat.grid.merges.length > 0 ? Math.min(...flat.grid.merges.map((m) => m.top)) : 0;
      // Only the header's merges go (the data's merged names stay): what an unmerged copy of the form looks like.
      flat.grid.merges = flat.grid.merges.filter((m) => m.top >= flat.firstDataRow || m.bottom < top);
      const m = erModel(flat.grid);
      expect(m.columns).toEqual(merged.columns);
      expect(m.columns.realisasiTw1Rp).toBe(flat.col("tw1Rp"));
      expect(m.columns.realisasiTw4Rp).toBe(flat.col("tw4Rp"));
    }
  });

  test("a number written over each of its columns is one group", () => {
    const built = buildErSheet({ style: "handmade", header: "threeRows" });
    const numberRow = built.numberRow as number;
    built.grid.merges = built.grid.merges.filter((m) => m.top !== numberRow || m.bottom !== numberRow);
    for (const g of ["tw1", "realisasi"]) {
      const [k, rp] = [built.col(`${g}K`), built.col(`${g}Rp`)];
      built.grid.cells[numberRow][rp] = { ...(built.grid.cells[numberRow][k] as { value: string | number }) };
    }
    const m = erModel(built.grid);
    const n = built.numberOf;
    expect(m.columnGroups.filter((g) => g.number === n.tw1)).toEqual([
      expect.objectContaining({ role: "realisasiTw1", columns: [built.col("tw1K"), built.col("tw1Rp")] }),
    ]);
    expect(m.equations.map((e) => e.number)).toEqual([n.realisasi, n.realisasiSdTahun, n.tingkatCapaian]);
  });

  test("a realisasi title without the word Triwulan over the quarters is still the realisasi per triwulan", () => {
    const original = buildErSheet({ style: "handmade", header: "fourRows" });
    const expected = erModel(original.grid).columns;
    for (const title of [
      "Realisasi Kinerja dan Anggaran Tahun 2023",
      "Realisasi Kinerja dan Anggaran Renja PD Tahun 2023",
    ]) {
      const built = buildErSheet({ style: "handmade", header: "fourRows" });
      let replaced = 0;
      built.grid.cells.forEach((row) =>
        row.forEach((cell) => {
          if (typeof cell?.value === "string" && /^Realisasi Kinerja Pada Triwulan/i.test(cell.value)) {
            cell.value = title;
            replaced++;
          }
        }),
      );
      expect(replaced).toBe(1);
      expect(erModel(built.grid).columns).toEqual(expected);
    }
  });

  test("words of the group titles", () => {
    const label = (text: string) => classifyErLabel(normaliseHeader(text));
    expect(label("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)")).toEqual({
      kind: "group",
      group: "tingkatCapaian",
    });
    // The capaian of the year's Renja some copies add is not the form's (15): a group of its own (13 / 8 × 100).
    expect(label("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)")).toEqual({
      kind: "group",
      group: "capaianRenja",
    });
    expect(label("Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu")).toEqual({
      kind: "group",
      group: "realisasiRenstra",
    });
    expect(label("Target Kinerja dan Anggaran RKPD Tahun Berjalan")).toEqual({ kind: "group", group: "targetRenja" });
    expect(label("Realisasi Kinerja Pada Triwulan II")).toEqual({ kind: "group", group: "realisasiTw", quarter: 2 });
    expect(label("Keuangan (Rp)")).toEqual({ kind: "unit", unit: "Rp" });
    for (const thousands of ["Rp (000)", "Rp. (000)", "Rp (Ribuan)", "Rp juta"])
      expect(label(thousands)).toEqual({ kind: "unit", unit: "Rp" });
    expect(label("TW III")).toEqual({ kind: "quarter", quarter: 3 });
    // A semester form: its halves stand in the places of the quarters they end with.
    expect(label("Realisasi Kinerja Pada Semester")).toEqual({ kind: "group", group: "realisasiTw" });
    expect(label("Semester I")).toEqual({ kind: "quarter", quarter: 2 });
    expect(label("Semester II")).toEqual({ kind: "quarter", quarter: 4 });
    expect(label("Realisasi Kinerja Pada Semester II")).toEqual({ kind: "group", group: "realisasiTw", quarter: 4 });
    expect(label("Target")).toBeNull();
    expect(label("PAGU")).toBeNull();
  });

  test("an application's printout: one title over the quarters, quarters numbered 1–4, its own numbering", () => {
    // As an evaluation application prints the form: (Rp) in the triwulan title, 1 2 3 4 under it, equations
    // `13=6+12` and `14=13/5x100%` in the row of numbers, merged down over the K / Rp row.
    const t = (value: string): GridCell => ({ value });
    const titles = [
      "No",
      "Sasaran",
      "Program/ Kegiatan",
      "Indikator Kinerja Program (outcome)/Kegiatan(output)",
      "Target Renstra Perangkat Daerah Pada Tahun 2023 (Akhir Periode Renstra Perangkat Daerah)",
      "",
      "Realisasi Capaian Kinerja Renstra PD sampai dengan PD tahun lalu (n-2)",
      "",
      "Target Kinerja dan Anggaran Renja PD tahun berjalan (Tahun n-1) yang di evaluasi",
      "",
      "Realisasi Kinerja Pada Triwulan (Rp)",
      ...Array(7).fill(""),
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang di Evaluasi",
      "",
      "Realisasi Kinerja dan Anggaran Renstra PD s/d tahun 2022 PD yang di Evaluasi",
      "",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Resntra PD s/d tahun 2022(%)",
      "",
      "Unit PD Penanggung Jawab",
    ];
    const quarters = [...Array(10).fill(""), "1", "", "2", "", "3", "", "4", ""];
    const numbers = [
      "1",
      "2",
      "3",
      "4",
      "5",
      "",
      "6",
      "",
      "7",
      "",
      "8",
      "",
      "9",
      "",
      "10",
      "",
      "11",
      "",
      "12",
      "",
      "13=6+12",
      "",
      "14=13/5x100%",
      "",
      "15",
    ];
    const units = [...Array(4).fill(""), ...Array(10).fill(["K", "Rp"]).flat()];
    const data = (no: string, name: string, ind: string, k: string, rp: string) => [
      no,
      "Meningkatnya investasi",
      name,
      ind,
      "",
      "",
      "",
      "",
      k,
      rp,
      "1 Dokumen",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "500.000",
      "",
      "",
      "",
      "",
      "Dinas",
    ];
    const merges: CellRange[] = [];
    const span = (top: number, left: number, bottom: number, right: number) =>
      merges.push({ top, left, bottom, right });
    for (const c of [0, 1, 2, 3, 24]) span(0, c, 1, c);
    for (const c of [4, 6, 8, 18, 20, 22]) span(0, c, 1, c + 1);
    span(0, 10, 0, 17);
    for (const c of [10, 12, 14, 16]) span(1, c, 1, c + 1);
    for (const c of [0, 1, 2, 3, 24]) span(2, c, 3, c);
    for (const c of [4, 6, 8, 10, 12, 14, 16, 18, 20, 22]) span(2, c, 2, c + 1);
    const grid = gridFromRows(
      "Monev",
      [
        titles.map(t),
        quarters.map(t),
        numbers.map(t),
        units.map(t),
        data("1", "Program Peningkatan Iklim Investasi", "Jumlah dokumen", "1 Dokumen", "1.500.000"),
        data("2", "Kegiatan: Penyusunan Peta Investasi", "Jumlah dokumen", "1 Dokumen", "1.500.000"),
      ],
      merges,
    );
    const m = erModel(grid);
    expect(m.headerRows).toEqual([0, 3]);
    expect(m.columns).toMatchObject({
      sasaran: 1,
      uraian: 2,
      indikator: 3,
      targetRenstraK: 4,
      realisasiRenstraRp: 7,
      targetRenjaK: 8,
      targetRenjaRp: 9,
      realisasiTw1K: 10,
      realisasiTw4Rp: 17,
      realisasiRp: 19,
      realisasiSdTahunK: 20,
      tingkatCapaianRp: 23,
      unitPd: 24,
    });
    expect(m.equations.map((e) => [e.number, e.sum, e.ratio])).toEqual([
      [13, [6, 12], null],
      [14, null, { numerator: 13, denominator: 5, factor: 100 }],
    ]);
    expect(erNodes(m).map(({ node }) => [node.level, node.levelEvidence])).toEqual([
      ["program", "kata"],
      ["kegiatan", "kata"],
    ]);
    const program = m.program[0];
    expect(program.pagu?.value.toNumber()).toBe(1500000);
    expect(program.realisasi?.value.toNumber()).toBe(500000);
    // Without a satuan column the unit written after a count is the satuan, not a stray text.
    expect(m.findings).toEqual([]);
    expect(program.indikator[0]).toMatchObject({ satuan: "Dokumen", persen: false });
    expect(program.indikator[0].realisasiTriwulan[0]?.value.toNumber()).toBe(1);
    expect(program.indikator[0].targetRenja?.value.toNumber()).toBe(1);
  });
});

describe("Evaluasi Renja: the K / Rp row under the row of numbers", () => {
  // Columns: No | names | indikator | satuan | Target Renja (K, Rp) | Triwulan I–IV (K, Rp each) | Realisasi Renja
  // yang dievaluasi (K, Rp) | Keterangan. The K / Rp row comes after the row of numbers, as many hand-made copies
  // have it, and says `Uraian` under the indikator title and repeats titles written on every header row.
  const t = (value: string): GridCell => ({ value });
  const titles = [
    "No",
    "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
    "Indikator Kinerja Program (outcome)/Kegiatan (output)",
    "Satuan",
    "Target Kinerja dan Anggaran Renja PD Tahun Berjalan yang Dievaluasi",
    "",
    "Realisasi Kinerja Pada Triwulan",
    ...Array(7).fill(""),
    "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
    "",
    "Keterangan",
  ];
  const quarters = ["", "", "", "", "", "", "I", "", "II", "", "III", "", "IV", "", "", "", ""];
  const numbers = ["1", "2", "3", "4", "5", "5", "6", "6", "7", "7", "8", "8", "9", "9", "10 = 6+7+8+9", "", "11"];
  const kRp = Array(6).fill(["K", "Rp"]).flat();
  const merges: CellRange[] = [];
  const span = (top: number, left: number, bottom: number, right: number) => merges.push({ top, left, bottom, right });
  for (const c of [0, 1, 2, 3, 16]) span(0, c, 1, c);
  for (const c of [4, 14]) span(0, c, 1, c + 1);
  span(0, 6, 0, 13);
  for (const c of [6, 8, 10, 12]) span(1, c, 1, c + 1);
  span(2, 14, 2, 15);
  const row = (name: string, rp: string[]) => [
    "",
    name,
    "Jumlah dokumen",
    "Dokumen",
    "4",
    rp[0],
    "1",
    rp[1],
    "1",
    rp[2],
    "1",
    rp[3],
    "1",
    rp[4],
    "4",
    rp[5],
    "",
  ];
  const data = [
    row("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", [
      "1.000.000",
      "100.000",
      "200.000",
      "300.000",
      "400.000",
      "1.000.000",
    ]),
    row("Kegiatan: Perencanaan Perangkat Daerah", [
      "1.000.000",
      "100.000",
      "200.000",
      "300.000",
      "400.000",
      "1.000.000",
    ]),
  ];
  const sheet = (units: string[]) =>
    gridFromRows(
      "Evaluasi",
      [titles.map(t), quarters.map(t), numbers.map(t), units.map(t), ...data.map((r) => r.map(t))],
      [...merges],
    );

  const kRpRow = ["", "", "", "", ...kRp, ""];
  test.each([
    ["left empty", kRpRow],
    ["with `Uraian` under the indikator and spaces elsewhere", [" ", " ", "Uraian", " ", ...kRp, " "]],
    ["repeating the titles", [titles[0], titles[1], "Uraian", "Satuan", ...kRp, "Keterangan"]],
  ])("%s: header, not a row of data", (_, units) => {
    const m = erModel(sheet(units));
    expect(m.headerRows).toEqual([0, 3]);
    expect(m.findings).toEqual([]);
    expect(levelsOf(m)).toEqual(["B5 program", "B6 kegiatan"]);
    expect(m.columns).toMatchObject({ indikator: 2, satuan: 3, targetRenjaRp: 5, realisasiTw4Rp: 13, realisasiRp: 15 });
  });

  test("a column numbered under another (`3a`) leaves the row of numbers a row of numbers", () => {
    const lettered = ["1", "2", "3", "3a", ...numbers.slice(4)];
    const grid = gridFromRows(
      "Evaluasi",
      [titles.map(t), quarters.map(t), lettered.map(t), kRpRow.map(t), ...data.map((r) => r.map(t))],
      [...merges],
    );
    const m = erModel(grid);
    expect(m.headerRows).toEqual([0, 3]);
    expect(m.findings).toEqual([]);
    expect(m.equations.map((e) => e.text)).toEqual(["10 = 6+7+8+9"]);
    expect(levelsOf(m)).toEqual(["B5 program", "B6 kegiatan"]);
  });

  test("a row that only names a program right under the header is data", () => {
    const nameOnly = ["", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", ...Array(15).fill("")];
    const grid = gridFromRows(
      "Evaluasi",
      [titles.map(t), quarters.map(t), numbers.map(t), nameOnly.map(t), ...data.map((r) => r.map(t))],
      [...merges],
    );
    const m = erModel(grid);
    expect(m.headerRows).toEqual([0, 2]);
    expect(levelsOf(m)[0]).toBe("B4 bidang");
  });
});

describe("Evaluasi Renja: tingkat capaian (15) under a % unit row", () => {
  const tingkat = (unit?: "K" | "Persen" | "Rp") => ({
    kind: "group" as const,
    group: "tingkatCapaian" as const,
    unit,
    rpWord: false,
  });
  test.each([
    ["% over both", tingkat("Persen"), tingkat("Persen")],
    ["K (%) and Rp (%)", tingkat("Persen"), tingkat("Rp")],
    ["no unit row", tingkat(), tingkat()],
    ["K and Rp", tingkat("K"), tingkat("Rp")],
  ])("%s: K then Rp", (_, k, rp) => {
    expect(resolveErColumns([k, rp]).columns).toMatchObject({ tingkatCapaianK: 0, tingkatCapaianRp: 1 });
  });

  test("the words of its unit row", () => {
    expect(classifyErLabel(normaliseHeader("Rp (%)"))).toEqual({ kind: "unit", unit: "Rp" });
    expect(classifyErLabel(normaliseHeader("K (%)"))).toEqual({ kind: "unit", unit: "Persen" });
  });
});
