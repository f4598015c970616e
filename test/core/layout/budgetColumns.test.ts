/**
 * The budget half's columns as offices actually head them: an original pagu kept beside the revised one, a code
 * written in parts under one KODE title, a code typed as a number.
 */
import { CellRange, Grid, GridCell } from "../../../src/core/grid/grid";
import { recognise } from "../../../src/core/layout/recognise";
import { validate } from "../../../src/core/validation/validate";
import { BudgetNode, PengukuranKinerjaModel } from "../../../src/core/model/types";
import { pkModel } from "./helpers/pkModel";

type Value = string | number | GridCell | null;

function gridOf(name: string, rows: Value[][], merges: CellRange[] = []): Grid {
  const cells = rows.map((r) =>
    r.map((v): GridCell | undefined => (v === null || v === "" ? undefined : typeof v === "object" ? v : { value: v })),
  );
  return { name, rowCount: rows.length, colCount: Math.max(...rows.map((r) => r.length)), cells, merges };
}

const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** Every budget node of the model, in sheet order. */
function budgetNodes(m: PengukuranKinerjaModel): BudgetNode[] {
  return m.tujuan.flatMap((t) =>
    t.sasaran.flatMap((s) =>
      s.program.flatMap((p) => [p, ...p.kegiatan.flatMap((k) => [k, ...k.subKegiatan])] as BudgetNode[]),
    ),
  );
}

const pagus = (m: PengukuranKinerjaModel) => budgetNodes(m).map((n) => n.pagu?.value.toNumber() ?? null);

describe("two pagu columns: the revised one is the pagu", () => {
  // Sasaran, indikator, target TW I–IV, then the budget half with PAGU over MURNI | PERUBAHAN.
  const header: Value[][] = [
    ["SASARAN", "INDIKATOR", "TARGET", "", "", "", "URAIAN", "PAGU", "", "ANGGARAN KAS", "", "", "", "REALISASI (Rp)"],
    ["", "", "TW I", "TW II", "TW III", "TW IV", "", "MURNI", "PERUBAHAN", "TW I", "TW II", "TW III", "TW IV", ""],
  ];
  const headerMerges = [merge(0, 2, 0, 5), merge(0, 7, 0, 8), merge(0, 9, 0, 12)];
  const data: Value[][] = [
    ["Sasaran satu", "Indikator satu", 10, 20, 30, 40, "PROGRAM SATU", 900, 1000, 250, 250, 250, 250, 800],
    ["", "", "", "", "", "", "Kegiatan Satu", 900, 1000, 250, 250, 250, 250, 800],
  ];

  test("MURNI left of PERUBAHAN: the sums are checked against PERUBAHAN, and nothing is found", () => {
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...data], headerMerges)));
    expect(m.columns.pagu).toBe(8);
    expect(pagus(m)).toEqual([1000, 1000]);
    expect(validate([m]).filter((f) => f.rule === "kas-vs-pagu")).toEqual([]);
  });

  test("a PAGU AWAL column before a plain PAGU (often hidden) is not the pagu either", () => {
    const h = header.map((r) => [...r]);
    h[0][7] = "PAGU AWAL";
    h[0][8] = "PAGU";
    h[1][7] = "";
    h[1][8] = "";
    const m = pkModel(recognise(gridOf("TW IV 2024", [...h, ...data], [merge(0, 2, 0, 5), merge(0, 9, 0, 12)])));
    expect(m.columns.pagu).toBe(8);
    expect(pagus(m)).toEqual([1000, 1000]);
  });

  test("a sheet whose only pagu says MURNI still has its pagu", () => {
    const h = header.map((r) => r.filter((_, c) => c !== 8));
    const d = data.map((r) => r.filter((_, c) => c !== 8));
    const m = pkModel(recognise(gridOf("TW IV 2024", [...h, ...d], [merge(0, 2, 0, 5), merge(0, 8, 0, 11)])));
    expect(m.columns.pagu).toBe(7);
    expect(pagus(m)).toEqual([900, 900]);
  });
});

describe("a code written in parts under one KODE title", () => {
  const header: Value[][] = [
    ["SASARAN", "INDIKATOR", "TARGET", "", "", "", "KODE", "", "", "", "", "URAIAN", "PAGU", "REALISASI (Rp)"],
    ["", "", "TW I", "TW II", "TW III", "TW IV", "URUSAN", "BIDANG", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "", "", ""],
  ];
  const merges = [merge(0, 2, 0, 5), merge(0, 6, 0, 10), merge(0, 11, 1, 11), merge(0, 12, 1, 12)];
  const rows: Value[][] = [
    [
      "Sasaran satu",
      "Indikator",
      10,
      20,
      30,
      40,
      "1",
      "02",
      "02",
      "",
      "",
      "PROGRAM PEMENUHAN UPAYA KESEHATAN",
      1500,
      1400,
    ],
    ["", "", "", "", "", "", "1", "02", "02", "2.01", "", "Penyediaan Fasilitas Pelayanan Kesehatan", 1500, 1400],
    ["", "", "", "", "", "", "1", "02", "02", "2.01", "0014", "Pengadaan Alat Kesehatan", 1000, 900],
    ["", "", "", "", "", "", "1", "02", "02", "2.01", "0020", "Pemeliharaan Rutin Alat Kesehatan", 500, 500],
  ];

  test("names come from URAIAN, the code is its parts joined, and the levels follow the code", () => {
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...rows], merges)));
    expect(m.columns.uraian).toBe(11);
    expect(budgetNodes(m).map((n) => [n.level, n.kode, n.name])).toEqual([
      ["program", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN"],
      ["kegiatan", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan"],
      ["subKegiatan", "1.02.02.2.01.0014", "Pengadaan Alat Kesehatan"],
      ["subKegiatan", "1.02.02.2.01.0020", "Pemeliharaan Rutin Alat Kesehatan"],
    ]);
    expect(m.findings.filter((f) => f.rule === "level-uncertain")).toEqual([]);
  });

  test("a code part typed as a number keeps the decimals its format shows", () => {
    const typed = rows.map((r) => [...r]);
    typed[1][9] = { value: 2.1, numFmt: "0.00" };
    typed[2][9] = { value: 2.1, numFmt: "0.00" };
    typed[3][9] = { value: 2.1, numFmt: "0.00" };
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...typed], merges)));
    expect(budgetNodes(m).map((n) => n.kode)).toEqual([
      "1.02.02",
      "1.02.02.2.10",
      "1.02.02.2.10.0014",
      "1.02.02.2.10.0020",
    ]);
  });
});

describe("Rupiah written in thousands", () => {
  const header: Value[][] = [
    [
      "SASARAN",
      "INDIKATOR",
      "TARGET",
      "",
      "",
      "",
      "URAIAN",
      "PAGU (Rp 000)",
      "ANGGARAN KAS",
      "",
      "",
      "",
      "REALISASI (Rp)",
      "CAPAIAN (%)",
    ],
    ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", "TW I", "TW II", "TW III", "TW IV", "", ""],
  ];
  const merges = [merge(0, 2, 0, 5), merge(0, 8, 0, 11), merge(0, 7, 1, 7), merge(0, 12, 1, 12), merge(0, 13, 1, 13)];
  const data: Value[][] = [
    ["Sasaran satu", "Indikator satu", 10, 20, 30, 40, "PROGRAM SATU", 1000, 250, 250, 250, 250, 800, 80],
    ["", "", "", "", "", "", "Kegiatan Satu", 1000, 250, 250, 250, 250, 800, 80],
  ];

  test("a PAGU (Rp 000) header: amounts read as rupiah, capaian untouched, and the officer is told", () => {
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...data], merges)));
    expect(m.rupiahUnit).toMatchObject({ factor: 1000, cell: "H1" });
    expect(pagus(m)).toEqual([1_000_000, 1_000_000]);
    const program = budgetNodes(m)[0];
    expect(program.anggaranKas.map((k) => k?.value.toNumber())).toEqual([250_000, 250_000, 250_000, 250_000]);
    expect(program.realisasi?.value.toNumber()).toBe(800_000);
    expect(program.realisasi?.cell).toBe("M3");
    expect(program.capaian?.value.toNumber()).toBe(80);
    const findings = validate([m]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.filter((f) => f.rule === "rupiah-unit")).toEqual([
      expect.objectContaining({ cell: "H1", severity: "info" }),
    ]);
  });

  test("full rupiah only shown in thousands by a `#,##0,` format: nothing is multiplied", () => {
    const full = data.map((r) =>
      r.map((v, c) => (typeof v === "number" && c >= 7 && c <= 12 ? { value: v * 1000, numFmt: "#,##0," } : v)),
    );
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...full], merges)));
    expect(m.rupiahUnit).toBeUndefined();
    expect(pagus(m)).toEqual([1_000_000, 1_000_000]);
    expect(validate([m]).filter((f) => f.rule === "rupiah-unit")).toEqual([]);
  });

  test("without a word of thousands, amounts are rupiah as written", () => {
    const plain = header.map((r) => r.map((v) => (v === "PAGU (Rp 000)" ? "PAGU" : v)));
    const m = pkModel(recognise(gridOf("TW IV 2024", [...plain, ...data], merges)));
    expect(m.rupiahUnit).toBeUndefined();
    expect(pagus(m)).toEqual([1000, 1000]);
  });
});

describe("the quarters above their group word", () => {
  test("TRIWULAN I–IV over one ANGGARAN KAS: the kas of each quarter, and TARGET over TW I–IV stays four targets", () => {
    const header: Value[][] = [
      [
        "SASARAN",
        "INDIKATOR",
        "TARGET",
        "",
        "",
        "",
        "URAIAN",
        "PAGU",
        "TRIWULAN I",
        "TRIWULAN II",
        "TRIWULAN III",
        "TRIWULAN IV",
        "REALISASI (Rp)",
      ],
      ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", "ANGGARAN KAS", "", "", "", ""],
    ];
    const merges = [merge(0, 2, 0, 5), merge(1, 8, 1, 11), merge(0, 6, 1, 6), merge(0, 7, 1, 7), merge(0, 12, 1, 12)];
    const data: Value[][] = [
      ["Sasaran satu", "Indikator satu", 2, 4, 6, 8, "PROGRAM SATU", 1000, 100, 200, 300, 400, 900],
    ];
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...data], merges)));
    expect([m.columns.target1, m.columns.target2, m.columns.target3, m.columns.target4]).toEqual([2, 3, 4, 5]);
    expect([m.columns.kas1, m.columns.kas2, m.columns.kas3, m.columns.kas4]).toEqual([8, 9, 10, 11]);
    expect(validate([m]).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a group per quarter (TARGET | REALISASI | CAPAIAN under each TRIWULAN)", () => {
  const q = (n: string) => [n, n, n];
  const header: Value[][] = [
    ["PENGUKURAN KINERJA S/D TRIWULAN II TAHUN 2024"],
    [
      "SASARAN",
      "INDIKATOR",
      ...q("TRIWULAN I"),
      ...q("TRIWULAN II"),
      ...q("TRIWULAN III"),
      ...q("TRIWULAN IV"),
      "URAIAN",
      "PAGU",
      "TRIWULAN I",
      "TRIWULAN I",
      "REALISASI S/D TW II",
      "REALISASI S/D TW II",
    ],
    [
      "",
      "",
      ...Array(4).fill(["TARGET", "REALISASI", "CAPAIAN (%)"]).flat(),
      "",
      "",
      "REALISASI (Rp)",
      "CAPAIAN (%)",
      "REALISASI (Rp)",
      "CAPAIAN (%)",
    ],
  ];
  const merges = [2, 5, 8, 11].map((c) => merge(1, c, 1, c + 2)).concat([merge(1, 16, 1, 17), merge(1, 18, 1, 19)]);
  const data: Value[][] = [
    [
      "Sasaran satu",
      "Indikator satu",
      10,
      9,
      90,
      20,
      19,
      95,
      30,
      "",
      "",
      40,
      "",
      "",
      "PROGRAM SATU",
      1000,
      150,
      15,
      400,
      40,
    ],
  ];

  test("the report's triwulan's realisasi and capaian are the indikator's; the budget's are those up to it", () => {
    const m = pkModel(recognise(gridOf("Pengukuran", [...header, ...data], merges)));
    expect(m.triwulan).toBe(2);
    expect([m.columns.target1, m.columns.target2, m.columns.target3, m.columns.target4]).toEqual([2, 5, 8, 11]);
    expect([m.columns.realisasiKinerja, m.columns.capaianKinerja]).toEqual([6, 7]);
    expect([m.columns.realisasiAnggaran, m.columns.capaianAnggaran]).toEqual([18, 19]);
    const ind = m.tujuan[0].sasaran[0].indikator[0];
    expect([ind.realisasi?.value.toNumber(), ind.capaian?.value.toNumber()]).toEqual([19, 95]);
    expect(validate([m]).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("names in one column per level", () => {
  test("PROGRAM | KEGIATAN | SUB KEGIATAN: each row's name from the column it fills, its level from which", () => {
    const header: Value[][] = [
      ["SASARAN", "INDIKATOR", "TARGET", "", "", "", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "PAGU", "REALISASI (Rp)"],
      ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", "", "", ""],
    ];
    const merges = [merge(0, 2, 0, 5), ...[6, 7, 8, 9, 10].map((c) => merge(0, c, 1, c))];
    const rows: Value[][] = [
      ["Sasaran satu", "Indikator", 10, 20, 30, 40, "PROGRAM PELAYANAN", "", "", 1500, 1400],
      ["", "", "", "", "", "", "", "Penyediaan Layanan", "", 1500, 1400],
      ["", "", "", "", "", "", "", "", "Layanan Umum", 1000, 900],
      ["", "", "", "", "", "", "", "", "Layanan Khusus", 500, 500],
    ];
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...rows], merges)));
    expect(budgetNodes(m).map((n) => [n.level, n.name, n.cell])).toEqual([
      ["program", "PROGRAM PELAYANAN", "G3"],
      ["kegiatan", "Penyediaan Layanan", "H4"],
      ["subKegiatan", "Layanan Umum", "I5"],
      ["subKegiatan", "Layanan Khusus", "I6"],
    ]);
    expect(validate([m]).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("code columns titled by level, without KODE", () => {
  test("PROGRAM | KEGIATAN | SUB KEGIATAN holding codes before URAIAN: the code from them, the name from URAIAN", () => {
    const header: Value[][] = [
      [
        "SASARAN",
        "INDIKATOR",
        "TARGET",
        "",
        "",
        "",
        "PROGRAM",
        "KEGIATAN",
        "SUB KEGIATAN",
        "URAIAN",
        "PAGU",
        "REALISASI (Rp)",
      ],
      ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", "", "", "", ""],
    ];
    const merges = [merge(0, 2, 0, 5), ...[6, 7, 8, 9, 10, 11].map((c) => merge(0, c, 1, c))];
    const rows: Value[][] = [
      ["Sasaran satu", "Indikator", 10, 20, 30, 40, "1.02.01", "", "", "PROGRAM PELAYANAN", 1500, 1400],
      ["", "", "", "", "", "", "", "1.02.01.2.01", "", "Penyediaan Layanan", 1500, 1400],
      ["", "", "", "", "", "", "", "", "1.02.01.2.01.0001", "Layanan Umum", 1000, 900],
      ["", "", "", "", "", "", "", "", "1.02.01.2.01.0002", "Layanan Khusus", 500, 500],
    ];
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...rows], merges)));
    expect(budgetNodes(m).map((n) => [n.level, n.kode, n.name, n.cell])).toEqual([
      ["program", "1.02.01", "PROGRAM PELAYANAN", "J3"],
      ["kegiatan", "1.02.01.2.01", "Penyediaan Layanan", "J4"],
      ["subKegiatan", "1.02.01.2.01.0001", "Layanan Umum", "J5"],
      ["subKegiatan", "1.02.01.2.01.0002", "Layanan Khusus", "J6"],
    ]);
    expect(validate([m]).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("the JUMLAH row of the table", () => {
  const header: Value[][] = [
    ["SASARAN", "INDIKATOR", "TARGET", "", "", "", "URAIAN", "PAGU", "REALISASI (Rp)"],
    ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", ""],
  ];
  const merges = [merge(0, 2, 0, 5), ...[0, 1, 6, 7, 8].map((c) => merge(0, c, 1, c))];
  const body = (jumlah: [number, number]): Value[][] => [
    ["Sasaran satu", "Indikator", 10, 20, 30, 40, "PROGRAM PELAYANAN", 1500, 1400],
    ["", "", "", "", "", "", "Penyediaan Layanan", 1500, 1400],
    ["", "", "", "", "", "", "Layanan Umum", 1000, 900],
    ["", "", "", "", "", "", "Layanan Khusus", 500, 500],
    ["", "", "", "", "", "", "PROGRAM PENUNJANG", 700, 600],
    ["", "", "", "", "", "", "Administrasi Keuangan", 700, 600],
    ["", "", "", "", "", "", "Penyediaan Gaji", 700, 600],
    ["", "", "", "", "", "", "JUMLAH", ...jumlah],
  ];
  const totalFindings = (jumlah: [number, number]) =>
    validate([pkModel(recognise(gridOf("TW IV 2024", [...header, ...body(jumlah)], merges)))])
      .filter((f) => f.rule === "total-row-mismatch")
      .map((f) => [f.cell, f.messageKey, f.expected, f.actual]);

  test("adds up the programs above it: silent when it does, one finding per figure when it does not", () => {
    expect(totalFindings([2200, 2000])).toEqual([]);
    // A JUMLAH that leaves a program out, and a realisasi typed wrong.
    expect(totalFindings([1500, 1900]).map(([c, k, e, a]) => [c, k, Number(e), Number(a)])).toEqual([
      ["H10", "total-row-mismatch.pagu", 2200, 1500],
      ["I10", "total-row-mismatch.realisasi", 2000, 1900],
    ]);
  });

  test("a program typed off from its kegiatan is named there alone: the JUMLAH, right by the kegiatan, is not", () => {
    const rows = body([2200, 2000]);
    rows[4] = ["", "", "", "", "", "", "PROGRAM PENUNJANG", 750, 600];
    const findings = validate([pkModel(recognise(gridOf("TW IV 2024", [...header, ...rows], merges)))]);
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual([
      ["pagu-vs-children", "H7"],
    ]);
  });

  test("it is no program, kegiatan or sub kegiatan", () => {
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...body([2200, 2000])], merges)));
    expect(budgetNodes(m).map((n) => n.name)).not.toContain("JUMLAH");
    expect(m.totals?.map((t) => [t.row, t.cell, t.pagu?.value.toNumber()])).toEqual([[9, "G10", 2200]]);
  });

  test("a sub kegiatan whose name begins with Rekapitulasi, its code beside it, is a sub kegiatan", () => {
    const coded: Value[][] = [
      ["SASARAN", "INDIKATOR", "TARGET", "", "", "", "KODE", "URAIAN", "PAGU", "REALISASI (Rp)"],
      ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", "", ""],
      ["Sasaran satu", "Indikator", 10, 20, 30, 40, "2.09.02", "PROGRAM PENDATAAN", 500, 400],
      ["", "", "", "", "", "", "2.09.02.2.01", "Pendataan Penduduk", 500, 400],
      ["", "", "", "", "", "", "2.09.02.2.01.0003", "Rekapitulasi Data Penduduk Desa", 500, 400],
    ];
    const codedMerges = [merge(0, 2, 0, 5), ...[0, 1, 6, 7, 8, 9].map((c) => merge(0, c, 1, c))];
    const m = pkModel(recognise(gridOf("TW IV 2024", coded, codedMerges)));
    expect(budgetNodes(m).map((n) => [n.level, n.name])).toContainEqual([
      "subKegiatan",
      "Rekapitulasi Data Penduduk Desa",
    ]);
    expect(m.totals ?? []).toEqual([]);
  });

  test.each(["REKAP", "REKAPITULASI", "GRAND TOTAL"])("labelled %s, it is the table's total as JUMLAH is", (label) => {
    const rows = body([2200, 1900]);
    rows[7] = ["", "", "", "", "", "", label, 2200, 1900];
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...rows], merges)));
    expect(budgetNodes(m).map((n) => n.name)).not.toContain(label);
    expect(m.totals?.map((t) => [t.cell, t.bagian])).toEqual([["G10", undefined]]);
    expect(
      validate([m])
        .filter((f) => f.severity !== "info")
        .map((f) => [f.rule, f.cell]),
    ).toEqual([["total-row-mismatch", "I10"]]);
  });
});

describe("a kegiatan's SUMs say which rows are its own", () => {
  test("one SUM leaving out the last sub kegiatan: the others keep the tree, the short one is named", () => {
    const header: Value[][] = [
      ["SASARAN", "INDIKATOR", "TARGET", "", "", "", "URAIAN", "PAGU", "ANGGARAN KAS", "", "REALISASI (Rp)"],
      ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", "TW I", "TW II", ""],
    ];
    const merges = [merge(0, 2, 0, 5), merge(0, 8, 0, 9), ...[0, 1, 6, 7, 10].map((c) => merge(0, c, 1, c))];
    const f = (formula: string, value: number): GridCell => ({ value, formula });
    // Rows 3–11 of the sheet (0-based 2–10); H is PAGU, I–J the kas, K the realisasi.
    const rows: Value[][] = [
      [
        "Sasaran satu",
        "Indikator",
        10,
        20,
        30,
        40,
        "PROGRAM JALAN",
        f("SUM(H4,H8)", 1000),
        f("SUM(I4,I8)", 500),
        f("SUM(J4,J8)", 500),
        f("SUM(K4,K8)", 900),
      ],
      [
        "",
        "",
        "",
        "",
        "",
        "",
        "Perlengkapan Jalan",
        f("SUM(H5:H6)", 500),
        f("SUM(I5:I7)", 300),
        f("SUM(J5:J7)", 300),
        f("SUM(K5:K7)", 550),
      ],
      ["", "", "", "", "", "", "Rambu", 200, 100, 100, 180],
      ["", "", "", "", "", "", "Marka", 300, 150, 150, 270],
      ["", "", "", "", "", "", "Alat Pengaman", 100, 50, 50, 100],
      [
        "",
        "",
        "",
        "",
        "",
        "",
        "Terminal",
        f("SUM(H9:H10)", 400),
        f("SUM(I9:I10)", 200),
        f("SUM(J9:J10)", 200),
        f("SUM(K9:K10)", 350),
      ],
      ["", "", "", "", "", "", "Halte", 150, 75, 75, 150],
      ["", "", "", "", "", "", "Loket", 250, 125, 125, 200],
    ];
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...rows], merges)));
    expect(budgetNodes(m).map((n) => [n.level, n.name])).toEqual([
      ["program", "PROGRAM JALAN"],
      ["kegiatan", "Perlengkapan Jalan"],
      ["subKegiatan", "Rambu"],
      ["subKegiatan", "Marka"],
      ["subKegiatan", "Alat Pengaman"],
      ["kegiatan", "Terminal"],
      ["subKegiatan", "Halte"],
      ["subKegiatan", "Loket"],
    ]);
    const range = validate([m]).filter((x) => x.rule === "formula-range");
    expect(range.map((x) => x.cell)).toEqual(["H4"]);
  });
});

describe("anggaran kas planned per month", () => {
  const months = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGS", "SEP", "OKT", "NOV", "DES"];
  const header: Value[][] = [
    [
      "SASARAN",
      "INDIKATOR",
      "TARGET",
      "",
      "",
      "",
      "URAIAN",
      "PAGU",
      ...Array(12).fill("RENCANA PENARIKAN DANA"),
      "REALISASI (Rp)",
    ],
    ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", ...months, ""],
  ];
  const merges = [merge(0, 2, 0, 5), merge(0, 8, 0, 19), merge(0, 6, 1, 6), merge(0, 7, 1, 7), merge(0, 20, 1, 20)];
  const month = (augustExtra: number) => [10, 10, 10, 20, 20, 20, 30, 30 + augustExtra, 30, 40, 40, 40];

  test("each quarter's kas is the sum of its three months, and a month typed wrong is found at the pagu", () => {
    const rows: Value[][] = [
      ["Sasaran satu", "Indikator", 10, 20, 30, 40, "PROGRAM SATU", 300, ...month(0), 250],
      ["", "", "", "", "", "", "Kegiatan Satu", 300, ...month(5), 250],
    ];
    const m = pkModel(recognise(gridOf("TW IV 2024", [...header, ...rows], merges)));
    const [program, kegiatan] = budgetNodes(m);
    expect(program.anggaranKas.map((k) => k?.value.toNumber())).toEqual([30, 60, 90, 120]);
    expect(program.anggaranKas[0]?.cell).toBe("I3");
    expect(kegiatan.anggaranKas[2]?.value.toNumber()).toBe(95);
    const found = validate([m]).filter((f) => f.severity !== "info");
    // The kegiatan's kas misses its pagu; the program, whose kas makes its own pagu, is not told its kas is not the
    // kegiatan's (one cause, one finding).
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual(["H4 kas-vs-pagu"]);
  });
});
