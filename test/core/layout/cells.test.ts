import { recognise } from "../../../src/core/layout/recognise";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { budgetNodes } from "./helpers/outline";
import { BudgetRowData, buildSheet, BuiltSheet, LayoutOptions } from "./helpers/seedLayout";
import { b, INDIKATOR, oneSasaran } from "./helpers/smallSheet";
import { pkModel } from "./helpers/pkModel";

const ROWS = [
  b("program", "PROGRAM SATU", "300.000", {
    kas: ["100.000", "100.000", "50.000", "50.000"],
    realisasi: "150.000",
    capaian: "50,00",
  }),
  b("kegiatan", "Kegiatan satu", "300.000", {
    kas: ["100.000", "100.000", "50.000", "50.000"],
    realisasi: "150.000",
    capaian: "50,00",
  }),
  b("subKegiatan", "Sub satu", "300.000", {
    kas: ["100.000", "100.000", "50.000", "50.000"],
    realisasi: "150.000",
    capaian: "50,00",
  }),
];

function build(opts: LayoutOptions = {}): BuiltSheet {
  return buildSheet(oneSasaran(ROWS), { columnNumbers: "none", ...opts });
}

function read(built: BuiltSheet): PengukuranKinerjaModel {
  return pkModel(recognise(built.grid));
}

describe("reading cells", () => {
  test("##### shown for a too-narrow column, an error value and stray text are unreadable-value findings", () => {
    const built = build();
    const r = built.firstDataRow;
    built.grid.cells[r][built.col("pagu")] = { value: 300000, numFmt: "#,##0", text: "#####" };
    built.grid.cells[r + 1][built.col("kas2")] = { value: "#DIV/0!", text: "#DIV/0!" };
    built.grid.cells[r][built.col("target2")] = { value: "dua puluh" };
    const m = read(built);
    const unreadable = m.findings.filter((f) => f.rule === "unreadable-value");
    expect(unreadable).toEqual([
      {
        rule: "unreadable-value",
        severity: "error",
        sheet: "TW I 2022",
        cell: "H7",
        expected: null,
        actual: "dua puluh",
        message: 'Sel H7 berisi "dua puluh" yang tidak terbaca sebagai angka.',
        messageKey: "unreadable-value",
        params: { cell: "H7", teks: "dua puluh" },
        row: 7,
        level: "indikator",
        name: m.tujuan[0].sasaran[0].indikator[0].name,
      },
      expect.objectContaining({
        cell: "N7",
        actual: "#####",
        message: 'Sel N7 berisi "#####" yang tidak terbaca sebagai angka.',
      }),
      expect.objectContaining({ cell: "P8", actual: "#DIV/0!" }),
    ]);
    const [program, kegiatan] = budgetNodes(m);
    expect(program.pagu).toBeNull();
    expect(kegiatan.anggaranKas[1]).toBeNull();
    expect(kegiatan.anggaranKas[0]?.value.toString()).toBe("100000");
    expect(m.tujuan[0].sasaran[0].indikator[0].target[1]).toBeNull();
    // Unreadable, not empty: each row lists the columns whose cell holds text.
    expect(program.unreadable).toEqual(["pagu"]);
    expect(kegiatan.unreadable).toEqual(["kas2"]);
    expect(m.tujuan[0].sasaran[0].indikator[0].unreadable).toEqual(["target2"]);
    expect(unreadable[1]).toMatchObject({ level: "program", name: program.name });
  });

  test("a dash is a zero, an empty cell is absent", () => {
    const built = build();
    const r = built.firstDataRow;
    built.grid.cells[r][built.col("kas3")] = { value: "-" };
    built.grid.cells[r][built.col("kas4")] = undefined;
    const program = budgetNodes(read(built))[0];
    expect(program.anggaranKas[2]).toMatchObject({ cell: "Q7", decimals: 0 });
    expect(program.anggaranKas[2]?.value.toNumber()).toBe(0);
    expect(program.anggaranKas[3]).toBeNull();
    expect(program.unreadable).toBeUndefined();
  });

  test("plain numbers in a percent column are percent points; fractions need a % format", () => {
    const built = build();
    const r = built.firstDataRow;
    built.grid.cells[r][built.col("capaianAnggaran")] = { value: 99.84 };
    built.grid.cells[r][built.col("realisasiKinerja")] = { value: 0.0039, numFmt: "0.00%" };
    const m = read(built);
    expect(budgetNodes(m)[0].capaian?.value.toString()).toBe("99.84");
    const ind = m.tujuan[0].sasaran[0].indikator[0];
    expect(ind.realisasi).toMatchObject({ cell: "K7", decimals: 2 });
    expect(ind.realisasi?.value.toString()).toBe("0.39");
  });

  test("an indikator row with targets but no name is a new indikator with a missing-name finding", () => {
    const second = { ...INDIKATOR, name: "", formulasi: ["Pembilang", "Penyebut"] };
    const built = buildSheet(oneSasaran(ROWS, [INDIKATOR, second]), { columnNumbers: "none" });
    const m = read(built);
    const indikator = m.tujuan[0].sasaran[0].indikator;
    expect(indikator.map((i) => [i.name, i.cell, i.formulasi])).toEqual([
      ["Persentase capaian", "E7", ["Realisasi", "Target"]],
      ["", "F9", ["Pembilang", "Penyebut"]],
    ]);
    expect(m.findings).toEqual([
      expect.objectContaining({
        rule: "missing-name",
        severity: "error",
        cell: "E9",
        message: expect.stringMatching(/^Sel E9: /),
      }),
    ]);
  });

  test("targets on the second row of a name merged over two rows belong to that indikator", () => {
    const built = buildSheet(oneSasaran(ROWS), { columnNumbers: "none" });
    const r = built.firstDataRow;
    for (const key of ["target1", "target2", "target3", "target4", "realisasiKinerja", "capaianKinerja"] as const) {
      const c = built.col(key);
      built.grid.cells[r + 1][c] = built.grid.cells[r][c];
      built.grid.cells[r][c] = undefined;
      built.grid.merges = built.grid.merges.filter((m) => !(m.left === c && m.top === r));
    }
    const m = read(built);
    const indikator = m.tujuan[0].sasaran[0].indikator;
    expect(indikator).toHaveLength(1);
    expect(indikator[0].target[0]).toMatchObject({ cell: "G8" });
    expect(m.findings).toEqual([]);
  });

  test("a sasaran row without a sasaran name gets a sasaran without a name and a finding", () => {
    const data = oneSasaran(ROWS);
    data[0].sasaran[0].name = "";
    const m = read(buildSheet(data, { columnNumbers: "none" }));
    expect(m.tujuan[0].sasaran[0]).toMatchObject({ name: "", cell: "D7" });
    expect(m.findings.map((f) => [f.rule, f.cell])).toEqual([["missing-name", "D7"]]);
  });

  test("formulasi is kept as written, LaTeX included", () => {
    const latex =
      "$\\frac{\\text{Total dari Nilai Persepsi per Unsur}}{\\text{Total Unsur yang terisi}} \\times \\text{Nilai Penimbang}$";
    const m = read(buildSheet(oneSasaran(ROWS, [{ ...INDIKATOR, formulasi: [latex] }]), { columnNumbers: "none" }));
    expect(m.tujuan[0].sasaran[0].indikator[0].formulasi).toEqual([latex]);
  });

  test("a JUMLAH row at the bottom is not a program, kegiatan or sub kegiatan", () => {
    const rows = [...ROWS, b("subKegiatan", "JUMLAH", "600.000")];
    const m = read(buildSheet(oneSasaran(rows), { columnNumbers: "none" }));
    expect(budgetNodes(m).map((n) => n.name)).toEqual(["PROGRAM SATU", "Kegiatan satu", "Sub satu"]);
  });

  test("a name merged across from the column to its left is read from that cell", () => {
    const built = build({
      columns: ["no", "tujuan", "sasaran", "indikatorSasaran", "target1", "kode", "uraian", "pagu", "kas1"],
    });
    const r = built.firstDataRow;
    const [kode, uraian] = [built.col("kode"), built.col("uraian")];
    built.grid.cells[r][kode] = { value: "PROGRAM SATU", bold: true };
    built.grid.cells[r][uraian] = undefined;
    built.grid.merges.push({ top: r, left: kode, bottom: r, right: uraian });
    const program = budgetNodes(read(built))[0];
    expect(program).toMatchObject({ name: "PROGRAM SATU", cell: "G7", level: "program" });
    expect(program.kode).toBeUndefined();
  });
});

describe("a name wrapped over two rows, as pasted from a PDF", () => {
  const wrapped = [
    b("program", "PROGRAM PENGEMBANGAN IKLIM", "300.000", {
      kas: ["100.000", "100.000", "50.000", "50.000"],
      realisasi: "150.000",
      capaian: "50,00",
    }),
    b("kegiatan", "PENANAMAN MODAL", ""),
    ...ROWS.slice(1),
  ];

  test("the words-only row under a row with numbers continue its name", () => {
    const m = read(buildSheet(oneSasaran(wrapped), { columnNumbers: "none" }));
    const [program, kegiatan, sub] = budgetNodes(m);
    expect(program).toMatchObject({ level: "program", name: "PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL", cell: "M7" });
    expect([kegiatan.name, sub.name]).toEqual(["Kegiatan satu", "Sub satu"]);
    expect(budgetNodes(m)).toHaveLength(3);
  });

  test("not after a blank row, not a row that starts its own (PROGRAM …), and not under a row without numbers", () => {
    const own = [...wrapped];
    own[1] = b("program", "PROGRAM KEDUA", "");
    expect(budgetNodes(read(buildSheet(oneSasaran(own), { columnNumbers: "none" }))).map((n) => n.name)).toContain(
      "PROGRAM KEDUA",
    );
    const twice = [b("program", "PROGRAM SATU", ""), b("kegiatan", "Lanjutan", ""), ...ROWS.slice(1)];
    expect(budgetNodes(read(buildSheet(oneSasaran(twice), { columnNumbers: "none" }))).map((n) => n.name)).toEqual([
      "PROGRAM SATU",
      "Lanjutan",
      "Kegiatan satu",
      "Sub satu",
    ]);
    const built = buildSheet(oneSasaran(wrapped), { columnNumbers: "none" });
    // A blank row between them: the words are a row of their own.
    built.grid.cells.splice(built.firstDataRow + 1, 0, []);
    built.grid.rowCount += 1;
    expect(budgetNodes(read(built)).map((n) => n.name)).toContain("PENANAMAN MODAL");
  });
});

describe("a pagu that holds text, when finding levels", () => {
  const kas = (a: string, b2: string): BudgetRowData["kas"] => [a, b2, "-", "-"];
  const rows = [
    b("program", "PROGRAM SATU", "350.000", { kas: kas("200.000", "150.000") }),
    b("kegiatan", "Kegiatan satu", "300.000", { kas: kas("150.000", "150.000") }),
    b("subKegiatan", "Sub satu", "#####", { kas: kas("100.000", "100.000") }),
    b("subKegiatan", "Sub dua", "100.000", { kas: kas("50.000", "50.000") }),
    b("kegiatan", "Kegiatan dua", "50.000", { kas: kas("50.000", "-") }),
    b("subKegiatan", "Sub tiga", "50.000", { kas: kas("50.000", "-") }),
  ];

  test("is read as its row's Σ anggaran kas, so that its neighbours keep their levels", () => {
    // Read as 0, "Sub dua" (100.000) would head "Kegiatan dua" and "Sub tiga" (50.000 + 50.000) as a kegiatan.
    const m = read(buildSheet(oneSasaran(rows), { columnNumbers: "none" }));
    expect(budgetNodes(m).map((n) => `${n.level} ${n.name}`)).toEqual([
      "program PROGRAM SATU",
      "kegiatan Kegiatan satu",
      "subKegiatan Sub satu",
      "subKegiatan Sub dua",
      "kegiatan Kegiatan dua",
      "subKegiatan Sub tiga",
    ]);
    expect(budgetNodes(m)[2].pagu).toBeNull();
    expect(m.findings.filter((f) => f.rule === "level-uncertain")).toEqual([]);
  });
});
