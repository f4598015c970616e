import { columnLetters, toA1 } from "../../../src/core/grid/address";
import { Grid, GridCell } from "../../../src/core/grid/grid";
import { Finding } from "../../../src/core/model/finding";
import { recognise } from "../../../src/core/layout/recognise";
import { validate } from "../../../src/core/validation/validate";
import { BuiltEr, buildErSheet, rupiahText } from "../layout/evaluasiRenja/helpers/erSheet";
import { erModel, erNodes } from "../layout/evaluasiRenja/helpers/outline";
import { buildSheet } from "../layout/helpers/seedLayout";
import { b, oneSasaran } from "../layout/helpers/smallSheet";

/*
 * The Evaluasi Renja rules of issue 9 on the small form of test/core/layout/evaluasiRenja/helpers: each fires on
 * one changed cell and is silent on the clean sheet, in both styles (hand-made with formulas, exported as text).
 */

function check(grid: Grid): Finding[] {
  return validate([erModel(grid)]);
}

const cellsOf = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.cell);
const reported = (findings: Finding[]) => findings.filter((f) => f.severity !== "info");

function node(built: BuiltEr, kode: string) {
  const n = built.nodes.find((x) => x.kode === kode);
  if (!n) throw new Error(`no node ${kode}`);
  return n;
}

/** The text or number of a cell, as a number (export cells are text with dots as thousands). */
function numberAt(built: BuiltEr, row: number, key: string): number {
  const v = built.grid.cells[row][built.col(key)]?.value;
  if (typeof v === "number") return v;
  return Number(String(v).replace(/\./g, "").replace(",", "."));
}

function setText(built: BuiltEr, row: number, key: string, value: string): string {
  built.grid.cells[row][built.col(key)] = { value };
  return toA1(row, built.col(key));
}

/** A sub kegiatan with realisasi in several quarters, and its kegiatan. */
const SUB = "2.18.04.2.01.0001";
const KEGIATAN = "2.18.04.2.01";
/** Its indikator: 1200 dokumen, 300 a quarter (a count). */
const COUNT_ROW = SUB;
/** A program whose first indikator is a percentage: its quarters do not add up. */
const PERSEN_PROGRAM = "2.18.03";

/**
 * A program ← kegiatan ← two sub kegiatan (pagu 100.000 and 200.000) whose kegiatan pagu is `=SUM` of the first sub
 * kegiatan only: 100.000 where 300.000 is right. `realisasi` of the four rows in order; the kegiatan's capaian.
 */
function kegiatanPaguSumShort(realisasi: [string, string, string, string], capaian?: string) {
  const rows = [
    // Codes before the names fix the levels (the sums alone would regroup the rows around the short formula).
    b("program", "2.18.02 PROGRAM SATU", "300.000", { realisasi: realisasi[0] }),
    b("kegiatan", "2.18.02.2.01 Kegiatan satu", "300.000", {
      realisasi: realisasi[1],
      ...(capaian ? { capaian } : {}),
    }),
    b("subKegiatan", "2.18.02.2.01.0001 Sub satu", "100.000", { realisasi: realisasi[2] }),
    b("subKegiatan", "2.18.02.2.01.0002 Sub dua", "200.000", { realisasi: realisasi[3] }),
  ];
  const built = buildSheet(oneSasaran(rows), { columnNumbers: "none", numbers: "typed" });
  const col = built.col("pagu");
  const L = columnLetters(col);
  const r = built.firstDataRow;
  built.grid.cells[r + 1][col] = { value: 100000, formula: `SUM(${L}${r + 3}:${L}${r + 3})`, numFmt: "#,##0" };
  const model = recognise(built.grid).model;
  if (!model) throw new Error("not recognised");
  return { model, r, col };
}

describe("Evaluasi Renja: a clean sheet", () => {
  test.each(["handmade", "export"] as const)("%s: no error or warning", (style) => {
    const built = buildErSheet({ style });
    expect(reported(check(built.grid)).map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });

  test("a % row's year is its last quarter, not their sum, and its K checks stay silent", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, PERSEN_PROGRAM).row;
    const quarters = [1, 2, 3, 4].map((q) => numberAt(built, row, `tw${q}K`));
    expect(quarters.reduce((a, v) => a + v, 0)).not.toBe(numberAt(built, row, "realisasiK"));
    // 14 made inconsistent: a rate's Renstra figures do not accumulate either. Its tingkat capaian (15) is still
    // 14 / 6 × 100, as for every satuan: 12,34 against 77 is said.
    setText(built, row, "realisasiSdTahunK", "77");
    setText(built, row, "tingkatCapaianK", "12,34");
    const findings = check(built.grid);
    expect(findings.filter((f) => f.row === row + 1 && f.level === "indikator").map((f) => f.rule)).toEqual([
      "tingkat-capaian-mismatch",
    ]);
  });
});

describe("realisasi-total-mismatch, renstra-total-mismatch, tingkat-capaian-mismatch", () => {
  test("Rp: the year total is not the sum of the four triwulan; the cell is the total's", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, SUB).row;
    const cell = setText(built, row, "realisasiRp", rupiahText(numberAt(built, row, "realisasiRp") - 1000));
    const findings = check(built.grid);
    expect(cellsOf(findings, "realisasi-total-mismatch")).toEqual([cell]);
    const f = findings.find((x) => x.rule === "realisasi-total-mismatch") as Finding;
    const quarters = [1, 2, 3, 4].reduce((a, q) => a + numberAt(built, row, `tw${q}Rp`), 0);
    expect(f).toMatchObject({ severity: "error", level: "subKegiatan", expected: quarters });
    expect(f.message).toContain(cell);
  });

  test("a quarter's column the sheet does not have (a form split over two sheets): the sum is not checked", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, SUB).row;
    setText(built, row, "realisasiRp", rupiahText(numberAt(built, row, "realisasiRp") - 1000));
    const m = erModel(built.grid);
    expect(cellsOf(validate([m]), "realisasi-total-mismatch")).not.toEqual([]);
    const split = { ...m, columns: { ...m.columns } };
    delete split.columns.realisasiTw1Rp;
    delete split.columns.realisasiTw2Rp;
    expect(validate([split]).filter((f) => f.rule === "realisasi-total-mismatch" && f.level !== "indikator")).toEqual(
      [],
    );
  });

  test("K of a count: the year's dokumen are the sum of the quarters", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, COUNT_ROW).row;
    const cell = setText(built, row, "realisasiK", "1100");
    const findings = check(built.grid);
    expect(cellsOf(findings, "realisasi-total-mismatch")).toEqual([cell]);
    expect(findings.find((f) => f.cell === cell)).toMatchObject({
      messageKey: "realisasi-total-mismatch.kinerja",
      level: "indikator",
      expected: 1200,
      actual: 1100,
    });
  });

  test("Rp: column 14 is not 7 + 13", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, SUB).row;
    const cell = setText(built, row, "realisasiSdTahunRp", rupiahText(numberAt(built, row, "realisasiSdTahunRp") + 5));
    const findings = check(built.grid);
    expect(cellsOf(findings, "renstra-total-mismatch")).toEqual([cell]);
    expect(cellsOf(findings, "realisasi-total-mismatch")).toEqual([]);
  });

  test("K of a count: column 14 is not 7 + 13", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, COUNT_ROW).row;
    const cell = setText(built, row, "realisasiSdTahunK", String(numberAt(built, row, "realisasiSdTahunK") - 2));
    expect(cellsOf(check(built.grid), "renstra-total-mismatch")).toEqual([cell]);
  });

  test("column 15 is compared with 14 / 6 × 100 at the digits it shows", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, SUB).row;
    const exact = (numberAt(built, row, "realisasiSdTahunRp") / numberAt(built, row, "targetRenstraRp")) * 100;
    // One decimal shown and right at one decimal: silent.
    setText(built, row, "tingkatCapaianRp", exact.toFixed(1).replace(".", ","));
    expect(cellsOf(check(built.grid), "tingkat-capaian-mismatch")).toEqual([]);
    const cell = setText(built, row, "tingkatCapaianRp", (exact + 1).toFixed(2).replace(".", ","));
    const findings = check(built.grid);
    expect(cellsOf(findings, "tingkat-capaian-mismatch")).toEqual([cell]);
    expect(findings.find((f) => f.cell === cell)?.severity).toBe("warning");
  });

  test("the sheet's own equations say which columns add up (a copy with columns shifted by an extra one)", () => {
    const built = buildErSheet({ style: "handmade", header: "threeRows" });
    const findings = check(built.grid);
    expect(reported(findings)).toEqual([]);
    // The number row states 13 = 9 + 10 + 11 + 12 under this copy's own numbers.
    expect(built.numberOf.realisasi).toBeGreaterThan(13);
    const row = node(built, SUB).row;
    const c = built.col("realisasiRp");
    built.grid.cells[row][c] = { value: 1, numFmt: "#,##0" };
    expect(cellsOf(check(built.grid), "realisasi-total-mismatch")).toEqual([toA1(row, c)]);
  });

  test("a value that cannot be read silences every equation it is in, and the parent's sum of it", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, SUB).row;
    const cell = setText(built, row, "tw3Rp", "belum SP2D");
    const findings = check(built.grid);
    expect(findings.filter((f) => f.row === row + 1).map((f) => `${f.rule} ${f.cell}`)).toEqual([
      `unreadable-value ${cell}`,
    ]);
    const parent = node(built, KEGIATAN).row;
    expect(findings.filter((f) => f.cell === toA1(parent, built.col("tw3Rp")))).toEqual([]);
  });
});

describe("realisasi-negative and realisasi-vs-children per triwulan", () => {
  test("a triwulan's realisasi Rp below zero is a warning at that cell", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, SUB).row;
    const cell = setText(built, row, "tw2Rp", "-1.250.000");
    const findings = check(built.grid);
    expect(cellsOf(findings, "realisasi-negative")).toEqual([cell]);
    expect(findings.find((f) => f.rule === "realisasi-negative")).toMatchObject({
      severity: "warning",
      actual: -1250000,
    });
  });

  test("a kegiatan's TW I is not the sum of its sub kegiatan's TW I: the parent's cell in that column", () => {
    const built = buildErSheet({ style: "export" });
    const row = node(built, KEGIATAN).row;
    const cell = setText(built, row, "tw1Rp", rupiahText(numberAt(built, row, "tw1Rp") - 1843500));
    // The rows above carry the same slip, so their own sums still agree.
    for (const kode of ["2", "2.18", "2.18.04"]) {
      const above = node(built, kode).row;
      setText(built, above, "tw1Rp", rupiahText(numberAt(built, above, "tw1Rp") - 1843500));
    }
    const findings = check(built.grid);
    expect(cellsOf(findings, "realisasi-vs-children")).toEqual([cell]);
    expect(findings.find((f) => f.cell === cell)?.messageKey).toBe("realisasi-vs-children.triwulan");
  });
});

describe("formula-range", () => {
  /** The hand-made sheet: kegiatan add up their sub kegiatan with SUM(first:last), programs list their kegiatan. */
  function handmade() {
    const built = buildErSheet({ style: "handmade" });
    const col = built.col("targetRenjaRp");
    const L = columnLetters(col);
    const set = (row: number, formula: string, value: number) => {
      built.grid.cells[row][col] = { value, formula, numFmt: "#,##0" };
      return toA1(row, col);
    };
    const pagu = (kode: string) => numberAt(built, node(built, kode).row, "targetRenjaRp");
    return { built, col, L, set, pagu, row: (kode: string) => node(built, kode).row + 1 };
  }
  const KEG = "2.18.04.2.01";
  const SUBS = ["2.18.04.2.01.0001", "2.18.04.2.01.0002", "2.18.04.2.01.0003", "2.18.04.2.01.0004"];

  test("correct SUM formulas are silent", () => {
    const { built } = handmade();
    expect(cellsOf(check(built.grid), "formula-range")).toEqual([]);
  });

  test("a short range leaves out the last child: a warning while the value agrees, an error naming Σ when not", () => {
    const h = handmade();
    const range = `SUM(${h.L}${h.row(SUBS[0])}:${h.L}${h.row(SUBS[2])})`;
    const total = SUBS.reduce((a, k) => a + h.pagu(k), 0);
    const cell = h.set(node(h.built, KEG).row, range, total);
    let findings = check(h.built.grid);
    expect(findings.filter((f) => f.rule === "formula-range")).toEqual([
      expect.objectContaining({ cell, severity: "warning", messageKey: "formula-range.left-out" }),
    ]);
    expect(findings.find((f) => f.rule === "formula-range")?.params.dilewati).toBe(String(h.row(SUBS[3])));

    const short = total - h.pagu(SUBS[3]);
    h.set(node(h.built, KEG).row, range, short);
    findings = check(h.built.grid);
    const f = findings.find((x) => x.rule === "formula-range") as Finding;
    expect(f).toMatchObject({ cell, severity: "error", messageKey: "formula-range.left-out.value", expected: total });
    expect(f.message).toContain(`baris ${h.row(SUBS[3])}`);
    // One cause, one finding: no pagu-vs-children at the same cell.
    expect(findings.filter((x) => x.cell === cell).map((x) => x.rule)).toEqual(["formula-range"]);
  });

  test("a program's SUM that also takes in the next program's first kegiatan counts it twice", () => {
    const h = handmade();
    const program = "2.18.03";
    const own = "2.18.03.2.01";
    const next = "2.18.04.2.01";
    const formula = `SUM(${h.L}${h.row(own)},${h.L}${h.row(next)})`;
    const cell = h.set(node(h.built, program).row, formula, h.pagu(own) + h.pagu(next));
    const findings = check(h.built.grid);
    const f = findings.find((x) => x.rule === "formula-range") as Finding;
    expect(f).toMatchObject({ cell, severity: "error", messageKey: "formula-range.counted-twice.value" });
    expect(f.params).toMatchObject({ ganda: String(h.row(next)), jumlah: h.pagu(own) });
    expect(cellsOf(findings, "pagu-vs-children")).not.toContain(cell);
  });

  test("an A:B:C range whose box reaches into the grandchildren", () => {
    const h = handmade();
    const program = "2.18.04";
    const kegiatan = h.built.nodes.filter((n) => n.kode.startsWith("2.18.04.") && n.level === "kegiatan");
    const first = kegiatan[0].row + 1;
    const last = h.built.nodes.filter((n) => n.kode.startsWith("2.18.04.")).slice(-1)[0].row + 1;
    const formula = `SUM(${h.L}${first}:${h.L}${first + 1}:${h.L}${last})`;
    const pagu = h.pagu(program);
    const doubled = h.built.nodes
      .filter((n) => n.kode.startsWith("2.18.04.") && n.level === "subKegiatan")
      .reduce((a, n) => a + h.pagu(n.kode), pagu);
    const cell = h.set(node(h.built, program).row, formula, doubled);
    const f = check(h.built.grid).find((x) => x.rule === "formula-range") as Finding;
    expect(f).toMatchObject({ cell, severity: "error", expected: pagu, actual: doubled });
    const subs = h.built.nodes.filter((n) => n.kode.startsWith("2.18.04.") && n.level === "subKegiatan");
    expect(f.params.ganda).toBe(subs.map((n) => n.row + 1).join(", "));
  });

  test("a correct AVERAGE over the children names no range (the wrong function is pagu-vs-children's)", () => {
    const h = handmade();
    const range = `AVERAGE(${h.L}${h.row(SUBS[0])}:${h.L}${h.row(SUBS[3])})`;
    const cell = h.set(node(h.built, KEG).row, range, SUBS.reduce((a, k) => a + h.pagu(k), 0) / 4);
    const findings = check(h.built.grid);
    expect(cellsOf(findings, "formula-range")).toEqual([]);
    expect(cellsOf(findings, "pagu-vs-children")).toContain(cell);
  });

  test("Pengukuran Kinerja too: a kegiatan's pagu SUM that leaves out a sub kegiatan", () => {
    const { model, r, col } = kegiatanPaguSumShort(["0", "0", "0", "0"]);
    const findings = validate([model]);
    expect(findings.filter((f) => f.rule === "formula-range")).toEqual([
      expect.objectContaining({
        cell: toA1(r + 1, col),
        severity: "error",
        params: expect.objectContaining({ dilewati: String(r + 4), jumlah: 300000, nilai: 100000 }),
      }),
    ]);
  });
});

describe("one cause, one finding: a figure whose formula range is wrong", () => {
  test("the row's capaian, realisasi over pagu and kas checks built on it are not reported; an empty kas still is", () => {
    const { model, r } = kegiatanPaguSumShort(["250.000", "250.000", "50.000", "200.000"], "83,33");
    const rules = validate([model])
      .filter((f) => Number(f.cell.replace(/^[A-Z]+/, "")) === r + 2)
      .map((f) => f.messageKey);
    expect(rules).toContain("formula-range.left-out.value");
    expect(rules.filter((k) => /^(realisasi-over-pagu|capaian-anggaran-mismatch|kas-vs-pagu)$/.test(k))).toEqual([]);
    // Anggaran kas not filled in at all is its own cause, and still said.
    expect(rules).toContain("kas-vs-pagu.kas-empty");
  });
});

describe("what recognition noticed", () => {
  test("a block pasted below the total is an outside-totals info finding", () => {
    const built = buildErSheet({ style: "export", pasted: true, total: "unlabelled" });
    const findings = check(built.grid);
    const f = findings.filter((x) => x.rule === "outside-totals");
    expect(f).toEqual([expect.objectContaining({ severity: "info", row: built.pastedRows[0] + 1 })]);
    expect(f[0].params).toMatchObject({ dari: built.pastedRows[0] + 1 });
  });

  test("a column whose dots can be read both ways says so, and how it was read", () => {
    // Decimal points elsewhere in the sheet: a count's `3.600` may be either (with decimal commas it is 3 600).
    const built = buildErSheet({ style: "export", decimals: "dot" });
    const k = built.col("realisasiRenstraK");
    withoutSeparators(built, k);
    const row = node(built, SUB).row;
    built.grid.cells[row][k] = { value: "3.600" };
    // Its (14) left out: then nothing on the row confirms the reading (layout/evaluasiRenja/settledByRow.ts).
    built.grid.cells[row][built.col("realisasiSdTahunK")] = { value: null };
    const f = check(built.grid).filter((x) => x.rule === "ambiguous-separator");
    expect(f).toEqual([
      expect.objectContaining({
        cell: toA1(row, k),
        severity: "warning",
        messageKey: "ambiguous-separator.ribuan",
        params: { cell: toA1(row, k), contoh: "3.600" },
      }),
    ]);
  });
});

describe("a sheet written in an English locale throughout", () => {
  test("a count's `1,452` is a thousand-grouped count when every telling text uses the decimal point", () => {
    const built = buildErSheet({ style: "export", decimals: "dot" });
    // Every Rupiah text the English way (`1,234,567`), so that no column shows dots as thousands.
    for (const row of built.grid.cells) {
      for (const [c, cell] of (row ?? []).entries()) {
        const v = cell?.value;
        if (typeof v === "string" && /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(v)) row[c] = { value: toEnglish(v) };
      }
    }
    // A column of counts whose only separator is the one in `1,452`, which alone could be read either way.
    const k = built.col("targetRenjaK");
    withoutSeparators(built, k);
    const row = node(built, COUNT_ROW).row;
    built.grid.cells[row][k] = { value: "1,452" };
    const model = erModel(built.grid);
    expect(validate([model]).filter((f) => f.rule === "ambiguous-separator")).toEqual([]);
    const sub = erNodes(model).find(({ node: n }) => n.kode === SUB)?.node;
    expect(sub?.indikator[0].targetRenja?.value.toNumber()).toBe(1452);
    expect(sub?.pagu?.value.toNumber()).toBe(
      Number(String(built.grid.cells[row][built.col("targetRenjaRp")]?.value).replace(/,/g, "")),
    );
  });
});

/** Every text with a dot or a comma in column k made a plain `3`: the column then tells nothing of its convention. */
function withoutSeparators(built: BuiltEr, k: number): void {
  for (let r = built.firstDataRow; r < built.grid.rowCount; r++) {
    const v = built.grid.cells[r]?.[k]?.value;
    if (typeof v === "string" && /[.,]/.test(v)) built.grid.cells[r][k] = { value: "3" };
  }
}

/** `1.234.567,5` → `1,234,567.5`. */
function toEnglish(text: string): string {
  return text.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}

describe("total-row-mismatch", () => {
  test.each([
    ["handmade", "labelled"],
    ["export", "unlabelled"],
  ] as const)(
    "%s, %s total: a pagu and a realisasi typed wrong on the total row are each one finding",
    (style, total) => {
      const built = buildErSheet({ style, total });
      const row = built.totalRow as number;
      const pagu = numberAt(built, row, "targetRenjaRp");
      const realisasi = numberAt(built, row, "realisasiRp");
      const paguCell = setText(built, row, "targetRenjaRp", rupiahText(pagu + 10_000_000));
      const realisasiCell = setText(built, row, "realisasiRp", rupiahText(realisasi - 1_500));
      const found = check(built.grid).filter((f) => f.rule === "total-row-mismatch");
      expect(found.map((f) => [f.cell, f.messageKey, Number(f.expected), Number(f.actual)])).toEqual([
        [paguCell, "total-row-mismatch.pagu", pagu, pagu + 10_000_000],
        [realisasiCell, "total-row-mismatch.realisasi", realisasi, realisasi - 1_500],
      ]);
      expect(found[0].severity).toBe("error");
      const tingkat = built.nodes.some((n) => n.level === "urusan") ? "urusan" : "program";
      expect(found[0].message).toBe(
        `Pagu di baris jumlah ${paguCell} (Rp ${rupiahText(pagu + 10_000_000)}) tidak sama dengan jumlah pagu ` +
          `${tingkat} yang dijumlahkannya (Rp ${rupiahText(pagu)}); selisih Rp 10.000.000.`,
      );
    },
  );

  test("a JUMLAH closing the urusan's block above the grand total is held to the rows since the total before it", () => {
    // Typed low, so that the grand total stays the largest (a total typed high would be taken for the grand one).
    for (const offBy of [0, -4_000_000]) {
      const built = buildErSheet({ style: "export", total: "labelled" });
      const grandRow = built.totalRow as number;
      const pagu = numberAt(built, grandRow, "targetRenjaRp");
      // "Jumlah Urusan" inserted right above the grand total, with the urusan's pagu (typed wrong by offBy).
      const subtotal: (GridCell | undefined)[] = [];
      subtotal[built.col("uraian")] = { value: "Jumlah Urusan 2" };
      subtotal[built.col("targetRenjaRp")] = { value: rupiahText(pagu + offBy) };
      built.grid.cells.splice(grandRow, 0, subtotal);
      built.grid.rowCount++;
      const found = check(built.grid).filter((f) => f.rule === "total-row-mismatch");
      expect(found.map((f) => [f.cell, Number(f.expected), Number(f.actual)])).toEqual(
        offBy === 0 ? [] : [[toA1(grandRow, built.col("targetRenjaRp")), pagu, pagu + offBy]],
      );
    }
  });

  test("a total written right under the header adds up the rows below it, and nothing is outside it", () => {
    for (const offBy of [0, 10_000_000]) {
      const built = buildErSheet({ style: "export", total: "labelled" });
      const bottom = built.totalRow as number;
      const pagu = numberAt(built, bottom, "targetRenjaRp");
      const [totalCells] = built.grid.cells.splice(bottom, 1);
      totalCells[built.col("targetRenjaRp")] = { value: rupiahText(pagu + offBy) };
      built.grid.cells.splice(built.firstDataRow, 0, totalCells);
      const m = erModel(built.grid);
      expect(m.outsideTotals).toEqual([]);
      expect(m.totals.map((t) => t.row)).toEqual([built.firstDataRow]);
      const found = check(built.grid).filter((f) => f.rule === "total-row-mismatch");
      expect(found.map((f) => [f.cell, Number(f.expected), Number(f.actual)])).toEqual(
        offBy === 0 ? [] : [[toA1(built.firstDataRow, built.col("targetRenjaRp")), pagu, pagu + offBy]],
      );
    }
  });

  test("a triwulan's realisasi Rp on the total row is held to its rows too", () => {
    const built = buildErSheet({ style: "export", total: "labelled" });
    const row = built.totalRow as number;
    const tw2 = numberAt(built, row, "tw2Rp");
    const cell = setText(built, row, "tw2Rp", rupiahText(tw2 + 7_000));
    const found = check(built.grid).filter((f) => f.rule === "total-row-mismatch");
    expect(found.map((f) => [f.cell, f.messageKey, f.params.triwulan, Number(f.expected)])).toEqual([
      [cell, "total-row-mismatch.triwulan", 2, tw2],
    ]);
    expect(found[0].message).toMatch(/^Realisasi TW II di baris jumlah /);
  });

  test("the total agrees with its rows: nothing; a block pasted below it is not one of its rows", () => {
    const built = buildErSheet({ style: "export", total: "unlabelled", pasted: true });
    expect(cellsOf(check(built.grid), "total-row-mismatch")).toEqual([]);
  });

  test("urusan and bidang rows that carry only their code and name: the total is held to the programs", () => {
    const built = buildErSheet({ style: "export", total: "unlabelled", pasted: true });
    for (const n of built.nodes.filter((x) => x.level === "urusan" || x.level === "bidang"))
      for (const key of ["targetRenjaRp", "realisasiRp"]) delete built.grid.cells[n.row][built.col(key)];
    expect(cellsOf(check(built.grid), "total-row-mismatch")).toEqual([]);
    const row = built.totalRow as number;
    const pagu = numberAt(built, row, "targetRenjaRp");
    const cell = setText(built, row, "targetRenjaRp", rupiahText(pagu + 10_000_000));
    const found = check(built.grid).filter((f) => f.rule === "total-row-mismatch");
    expect(found.map((f) => [f.cell, f.params.tingkat, Number(f.expected)])).toEqual([[cell, "program", pagu]]);
  });

  test("a row whose pagu cannot be read leaves the total's pagu unchecked, not a second finding", () => {
    const built = buildErSheet({ style: "export", total: "labelled" });
    const row = built.totalRow as number;
    setText(built, row, "targetRenjaRp", rupiahText(numberAt(built, row, "targetRenjaRp") + 5_000));
    const top = Math.min(...built.nodes.filter((n) => n.level === built.nodes[0].level).map((n) => n.row));
    setText(built, top, "targetRenjaRp", "Rp ?");
    const findings = check(built.grid);
    expect(cellsOf(findings, "unreadable-value")).toEqual([toA1(top, built.col("targetRenjaRp"))]);
    expect(cellsOf(findings, "total-row-mismatch")).toEqual([]);
  });
});
