/**
 * Values no Rupiah amount or name can be: a date in a money column, a number beyond Excel's range or below one sen,
 * a name longer than an Excel cell holds, an error value where a name belongs. Each is one finding at its cell, and
 * (for amounts) silences every rule that would need the value, like an unreadable cell.
 */
import { GridCell } from "../../../src/core/grid/grid";
import { recognise } from "../../../src/core/layout/recognise";
import { Finding } from "../../../src/core/model/finding";
import { serialToDateText } from "../../../src/core/numbers/parseNumber";
import { validate } from "../../../src/core/validation/validate";
import { buildSheet, BudgetRowData } from "../layout/helpers/seedLayout";
import { b, oneSasaran } from "../layout/helpers/smallSheet";

function rows(): BudgetRowData[] {
  const row = (level: BudgetRowData["level"], name: string, pagu: string, kas: string[], realisasi: string) =>
    b(level, name, pagu, { kas: kas as BudgetRowData["kas"], realisasi, capaian: "50,00" });
  return [
    row("program", "PROGRAM SATU", "300.000", ["100.000", "100.000", "50.000", "50.000"], "150.000"),
    row("kegiatan", "Kegiatan satu", "300.000", ["100.000", "100.000", "50.000", "50.000"], "150.000"),
    row("subKegiatan", "Sub satu", "200.000", ["60.000", "70.000", "40.000", "30.000"], "100.000"),
    row("subKegiatan", "Sub dua", "100.000", ["40.000", "30.000", "10.000", "20.000"], "50.000"),
  ];
}

/** Findings other than info after writing `cell` into the given column of budget row `row` (0 = program). */
function withCell(
  row: number,
  column: "pagu" | "realisasiAnggaran" | "uraian",
  cell: GridCell,
): { findings: Finding[]; a1: string } {
  const built = buildSheet(oneSasaran(rows(), []), {
    columnNumbers: "none",
    title: ["PENGUKURAN KINERJA DINAS UJI", "S/D TRIWULAN II TAHUN 2022"],
  });
  const r = built.firstDataRow + row;
  built.grid.cells[r][built.col(column)] = cell;
  const result = recognise(built.grid);
  if (!result.model) throw new Error(result.reason);
  const a1 = `${String.fromCharCode(65 + built.col(column))}${r + 1}`;
  return { findings: validate([result.model]).filter((f) => f.severity !== "info"), a1 };
}

describe("a date in a money column", () => {
  test("one date-in-amount at the cell, naming the date; no sum built on it", () => {
    const { findings, a1 } = withCell(2, "pagu", { value: 44927, numFmt: "dd/mm/yyyy" });
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([`${a1} date-in-amount`]);
    expect(findings[0]).toMatchObject({ severity: "error", actual: "01/01/2023", messageKey: "date-in-amount" });
    expect(findings[0].message).toBe(
      `Sel ${a1} berisi tanggal (01/01/2023), bukan jumlah rupiah; sel ini tidak dihitung. Ubah format selnya menjadi angka dan tulis jumlahnya.`,
    );
  });

  test("the same number under a number format is an amount like any other", () => {
    const { findings } = withCell(2, "pagu", { value: 200000, numFmt: "#,##0" });
    expect(findings).toEqual([]);
  });

  test("serials read as Excel shows them, 1900 leap-year quirk included", () => {
    expect(serialToDateText(1)).toBe("01/01/1900");
    expect(serialToDateText(59)).toBe("28/02/1900");
    expect(serialToDateText(61)).toBe("01/03/1900");
    expect(serialToDateText(44927.5)).toBe("01/01/2023");
  });
});

describe("a number no amount can be", () => {
  test.each([
    ["below one sen", 1e-300],
    ["beyond Excel's range", 1e308 * 10],
    ["negative and tiny", -1e-9],
  ])("%s: one number-out-of-range, nothing built on it", (_what, value) => {
    const { findings, a1 } = withCell(3, "realisasiAnggaran", { value });
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(
      Number.isFinite(value) ? [`${a1} number-out-of-range`] : [`${a1} unreadable-value`],
    );
  });

  test("one sen is an amount: it is counted (the kegiatan's sum now differs) and not refused", () => {
    const rules = withCell(3, "realisasiAnggaran", { value: 0.01 }).findings.map((f) => f.rule);
    expect(rules).toContain("realisasi-vs-children");
    expect(rules).not.toContain("number-out-of-range");
    expect(withCell(3, "realisasiAnggaran", { value: 0 }).findings.map((f) => f.rule)).not.toContain(
      "number-out-of-range",
    );
  });
});

describe("names", () => {
  test("a name longer than a cell holds: text-too-long (warning) at the cell", () => {
    const { findings, a1 } = withCell(2, "uraian", { value: "Sub satu " + "x".repeat(32767) });
    expect(findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([`${a1} text-too-long warning`]);
    expect(findings[0].params).toMatchObject({ panjang: 32776 });
  });

  test("an error value where a name belongs is no name: missing-name", () => {
    const { findings, a1 } = withCell(2, "uraian", { value: "#NULL!", text: "#NULL!" });
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([`${a1} missing-name`]);
  });
});
