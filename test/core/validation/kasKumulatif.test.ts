/**
 * Anggaran kas as offices head it: per quarter (TW I … TW IV, summed to the pagu), cumulative (`S/D TW I … S/D TW IV`
 * or `ANGGARAN KAS (KUMULATIF)`, TW IV's column is the pagu), and a report made mid-year that plans only up to its
 * triwulan. A correct sheet of each gives no kas finding; a wrong figure gives one, at its row.
 */
import { CellRange, Grid, GridCell } from "../../../src/core/grid/grid";
import { recognise } from "../../../src/core/layout/recognise";
import { validate } from "../../../src/core/validation/validate";
import { modelToJson } from "../../../src/core/model/toJson";
import { pkModel } from "../layout/helpers/pkModel";

type Value = string | number | null;

function gridOf(rows: Value[][], merges: CellRange[] = []): Grid {
  const cells = rows.map((r) =>
    r.map((v): GridCell | undefined => (v === null || v === "" ? undefined : { value: v })),
  );
  return { name: "Pengukuran", rowCount: rows.length, colCount: Math.max(...rows.map((r) => r.length)), cells, merges };
}

const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/**
 * Title, a two-row header (kas group over its four quarters in columns H:K), then a program over a kegiatan over
 * two sub kegiatan; `kas` has the sub kegiatan's rows, their parents' are the sums.
 */
function sheet(opts: {
  triwulan: string;
  group: string;
  quarters: string[];
  kas: Value[][];
  realisasi?: number[];
  /** The parents' kas as typed, when not their children's summed. */
  parentKas?: Value[];
}) {
  const [a, b] = opts.kas;
  const sum =
    opts.parentKas ?? a.map((x, q) => (x === null && b[q] === null ? null : Number(x ?? 0) + Number(b[q] ?? 0)));
  const [r1, r2] = opts.realisasi ?? [100, 50];
  const rows: Value[][] = [
    [`PENGUKURAN KINERJA S/D ${opts.triwulan} TAHUN 2023`],
    [],
    [
      "SASARAN",
      "INDIKATOR",
      "TARGET",
      "REALISASI",
      "CAPAIAN",
      "URAIAN",
      "PAGU",
      opts.group,
      "",
      "",
      "",
      "REALISASI (Rp)",
    ],
    ["", "", "", "", "", "", "", ...opts.quarters, ""],
    ["Sasaran satu", "Indikator satu", 80, 80, 100, "PROGRAM SATU", 1000, ...sum, r1 + r2],
    ["", "", "", "", "", "Kegiatan Satu", 1000, ...sum, r1 + r2],
    ["", "", "", "", "", "Sub Kegiatan Satu", 600, ...a, r1],
    ["", "", "", "", "", "Sub Kegiatan Dua", 400, ...b, r2],
  ];
  return gridOf(rows, [merge(2, 7, 2, 10)]);
}

const CUMULATIVE = ["S/D TW I", "S/D TW II", "S/D TW III", "S/D TW IV"];
const PER_QUARTER = ["TW I", "TW II", "TW III", "TW IV"];
const kasFindings = (g: Grid) =>
  validate([pkModel(recognise(g))]).filter((f) => f.rule === "kas-vs-pagu" || f.rule === "realisasi-over-kas");

describe("cumulative anggaran kas columns", () => {
  const cumulativeKas: Value[][] = [
    [150, 300, 450, 600],
    [100, 200, 300, 400],
  ];

  test("are read as cumulative from S/D in the quarter headers, and a correct sheet gives no kas finding", () => {
    const g = sheet({ triwulan: "TRIWULAN III", group: "ANGGARAN KAS", quarters: CUMULATIVE, kas: cumulativeKas });
    const m = pkModel(recognise(g));
    expect(m.kasKumulatif).toBe(true);
    expect(modelToJson(m)).toMatchObject({ anggaranKasKumulatif: true });
    expect(kasFindings(g)).toEqual([]);
  });

  test("a KUMULATIF group word written once above the first quarter (no merge) says it for all four", () => {
    const g = sheet({
      triwulan: "TRIWULAN III",
      group: "ANGGARAN KAS (KUMULATIF)",
      quarters: PER_QUARTER,
      kas: cumulativeKas,
    });
    const unmerged: Grid = { ...g, merges: [] };
    expect(pkModel(recognise(unmerged)).kasKumulatif).toBe(true);
    expect(kasFindings(unmerged)).toEqual([]);
  });

  test("read per quarter, the same figures would be 2,5× the pagu: the header decides", () => {
    const g = sheet({ triwulan: "TRIWULAN III", group: "ANGGARAN KAS", quarters: PER_QUARTER, kas: cumulativeKas });
    expect(pkModel(recognise(g)).kasKumulatif).toBeUndefined();
    expect(modelToJson(pkModel(recognise(g)))).not.toHaveProperty("anggaranKasKumulatif");
    expect(
      kasFindings(g)
        .filter((f) => f.rule === "kas-vs-pagu")
        .map((f) => f.cell),
    ).toEqual(["G7", "G8"]);
  });

  test("a year's kas (S/D TW IV) that misses its pagu is one finding naming both cells", () => {
    const kas = cumulativeKas.map((r) => [...r]);
    kas[0][3] = 590;
    const found = kasFindings(sheet({ triwulan: "TRIWULAN III", group: "ANGGARAN KAS", quarters: CUMULATIVE, kas }));
    // Kegiatan and program are their sub kegiatan summed in every column: the sub kegiatan is reported, not them too.
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      ["G7", "Pagu di G7 (Rp 600) tidak sama dengan anggaran kas s/d TW IV di K7 (Rp 590); selisih Rp 10."],
    ]);
    expect(found[0]).toMatchObject({
      expected: 590,
      actual: 600,
      severity: "error",
      messageKey: "kas-vs-pagu.kumulatif",
    });
  });

  test("realisasi s/d TW III is held against the S/D TW III column itself, not a sum of the three", () => {
    const g = sheet({
      triwulan: "TRIWULAN III",
      group: "ANGGARAN KAS",
      quarters: CUMULATIVE,
      kas: cumulativeKas,
      realisasi: [460, 300],
    });
    expect(kasFindings(g).map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ["realisasi-over-kas", "L5", 750, 760],
      ["realisasi-over-kas", "L6", 750, 760],
      ["realisasi-over-kas", "L7", 450, 460],
    ]);
  });

  test("an empty S/D TW IV with earlier quarters filled says the year's kas is missing", () => {
    const kas = cumulativeKas.map((r) => [...r]);
    kas[1][3] = null;
    const found = kasFindings(sheet({ triwulan: "TRIWULAN IV", group: "ANGGARAN KAS", quarters: CUMULATIVE, kas }));
    expect(found.map((f) => f.message)).toContain(
      "Anggaran kas s/d TW IV untuk pagu di G8 (Rp 400) belum diisi: sel K8 kosong.",
    );
  });
});

describe("a report made mid-year with the later quarters' kas left empty", () => {
  const firstHalf: Value[][] = [
    [150, 150, null, null],
    [100, 100, null, null],
  ];

  test("is one warning at the header of the first empty quarter, not an error on every row", () => {
    const g = sheet({ triwulan: "TRIWULAN II", group: "ANGGARAN KAS", quarters: PER_QUARTER, kas: firstHalf });
    const found = validate([pkModel(recognise(g))]).filter(
      (f) => f.rule === "kas-vs-pagu" || f.rule === "missing-value",
    );
    expect(found.map((f) => [f.rule, f.severity, f.cell, f.message])).toEqual([
      [
        "missing-value",
        "warning",
        "J4",
        "Anggaran kas mulai TW III kosong di semua baris (kolom J4 dan sesudahnya). Laporan ini s/d TW II, jadi " +
          "jumlah anggaran kas belum dibandingkan dengan pagu; isi rencana kas setahun bila sudah ada.",
      ],
    ]);
  });

  test("realisasi s/d TW II is still held against the kas of TW I and II", () => {
    const g = sheet({
      triwulan: "TRIWULAN II",
      group: "ANGGARAN KAS",
      quarters: PER_QUARTER,
      kas: firstHalf,
      realisasi: [320, 200],
    });
    expect(kasFindings(g).map((f) => [f.rule, f.cell, f.expected])).toEqual([
      ["realisasi-over-kas", "L5", 500],
      ["realisasi-over-kas", "L6", 500],
      ["realisasi-over-kas", "L7", 300],
    ]);
  });

  test("one row planned for the year among rows that are not: each row is checked as before", () => {
    const kas = firstHalf.map((r) => [...r]);
    kas[0] = [150, 150, 150, 150];
    const g = sheet({ triwulan: "TRIWULAN II", group: "ANGGARAN KAS", quarters: PER_QUARTER, kas });
    // Its parents are their children summed in every column: the sub kegiatan left half-planned is the one said.
    expect(kasFindings(g).map((f) => [f.cell, f.messageKey])).toEqual([["G8", "kas-vs-pagu.some-empty"]]);
  });

  test("a report of TW IV with TW IV's kas empty everywhere is still checked row by row", () => {
    const kas = [
      [150, 150, 150, null],
      [100, 100, 100, null],
    ];
    const g = sheet({ triwulan: "TRIWULAN IV", group: "ANGGARAN KAS", quarters: PER_QUARTER, kas });
    expect(
      kasFindings(g)
        .filter((f) => f.rule === "kas-vs-pagu")
        .map((f) => f.cell),
    ).toEqual(["G7", "G8"]);
  });
});

describe("a mistyped anggaran kas of a sub kegiatan under parents that hold the right figures (typed, no formulas)", () => {
  it("is one kas-vs-pagu at the sub kegiatan, not a kas-vs-children at each right parent", () => {
    // Q7 typed 195 for 150: the sub kegiatan's kas adds up to 645, not its pagu 600; the parents' 250 are right.
    const g = sheet({
      triwulan: "TRIWULAN IV",
      group: "ANGGARAN KAS",
      quarters: PER_QUARTER,
      kas: [
        [150, 150, 195, 150],
        [100, 100, 100, 100],
      ],
      parentKas: [250, 250, 250, 250],
    });
    const found = validate([pkModel(recognise(g))]).filter((f) => f.severity !== "info");
    expect(found.map((f) => [f.rule, f.cell])).toEqual([["kas-vs-pagu", "G7"]]);
  });

  it("a parent whose own kas does not add up to its pagu is still told its kas is not its children's", () => {
    const g = sheet({
      triwulan: "TRIWULAN IV",
      group: "ANGGARAN KAS",
      quarters: PER_QUARTER,
      kas: [
        [150, 150, 150, 150],
        [100, 100, 100, 100],
      ],
      parentKas: [250, 250, 295, 250],
    });
    const found = validate([pkModel(recognise(g))]).filter((f) => f.rule === "kas-vs-children");
    // The program holds its kegiatan's 295: the kegiatan, whose sub kegiatan add up to 250, is the one told.
    expect(found.map((f) => f.cell)).toEqual(["J6"]);
  });
});
