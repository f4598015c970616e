/**
 * The cell-meaning table of src/core/validation/README.md, one describe per line: what a number, an empty cell and
 * a cell holding text mean to every rule. Each case starts from a consistent sheet read from a Grid (so recognition's
 * flags are part of what is tested) and changes one cell.
 */
import { recognise } from "../../../src/core/layout/recognise";
import { Finding } from "../../../src/core/model/finding";
import { validate } from "../../../src/core/validation/validate";
import { buildSheet, BudgetRowData, IndikatorData } from "../layout/helpers/seedLayout";
import { b, oneSasaran } from "../layout/helpers/smallSheet";

const IND: IndikatorData = {
  name: "Persentase capaian",
  formulasi: ["Realisasi", "Target"],
  target: ["10%", "20%", "30%", "40%"],
  realisasi: "17,5%",
  capaian: "87,50%",
};

/** Program ← kegiatan ← two sub kegiatan, every sum closing; realisasi within the kas of TW I–II. */
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

const TITLE = ["PENGUKURAN KINERJA DINAS UJI", "S/D TRIWULAN II TAHUN 2022"];
type Edit = {
  row: number;
  column: "pagu" | "kas1" | "kas2" | "kas3" | "kas4" | "realisasiAnggaran" | "capaianAnggaran";
};
type IndEdit = { column: "target1" | "target2" | "target3" | "target4" | "realisasiKinerja" | "capaianKinerja" };

/**
 * The findings (errors and warnings; info is about levels) of the sheet with `value` written in each edited cell
 * ("" empties it), as `cell rule` plus the message key where it says more than the rule.
 */
function findingsWith(
  edits: [Edit | IndEdit, string][],
  opts: { title?: string[]; budget?: BudgetRowData[]; name?: string } = {},
): { keys: string[]; findings: Finding[]; at: (e: Edit | IndEdit) => string } {
  const built = buildSheet(oneSasaran(opts.budget ?? rows(), [IND]), {
    columnNumbers: "none",
    title: opts.title ?? TITLE,
    ...(opts.name ? { name: opts.name } : {}),
  });
  const at = (e: Edit | IndEdit) => {
    const r = built.firstDataRow + ("row" in e ? e.row : 0);
    return `${String.fromCharCode(65 + built.col(e.column))}${r + 1}`;
  };
  for (const [e, value] of edits) {
    const r = built.firstDataRow + ("row" in e ? e.row : 0);
    // `=…`: a formula saved without its result, as a program that does not calculate writes it; `=…|n`: a formula
    // with the result n that Excel saved.
    const [formula, result] = value.split("|");
    const cell = value.startsWith("=")
      ? { value: result === undefined ? null : /^#/.test(result) ? result : Number(result), formula: formula.slice(1) }
      : { value };
    built.grid.cells[r][built.col(e.column)] = value === "" ? undefined : cell;
  }
  const result = recognise(built.grid);
  if (!result.model) throw new Error(result.reason);
  const findings = validate([result.model]).filter((f) => f.severity !== "info");
  return { keys: findings.map((f) => `${f.cell} ${f.messageKey}`), findings, at };
}

const P = 0;
const K = 1;
const S1 = 2;
const S2 = 3;

test("the sheet the cases start from is consistent", () => {
  expect(findingsWith([]).keys).toEqual([]);
});

describe("a dash where a target belongs: a target not set, not 0", () => {
  test("a TW II sheet whose later targets are `-`: those targets are absent, the TW II capaian is still checked", () => {
    const built = buildSheet(oneSasaran(rows(), [{ ...IND, target: ["10%", "20%", "-", "–"] }]), {
      columnNumbers: "none",
      title: TITLE,
    });
    const result = recognise(built.grid);
    if (!result.model || result.model.layout !== "pengukuran-kinerja") throw new Error("not recognised");
    const ind = result.model.tujuan[0].sasaran[0].indikator[0];
    expect(ind.target.map((t) => t?.value.toNumber() ?? null)).toEqual([10, 20, null, null]);
    expect(validate([result.model]).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a formula saved without its result: unknown, not empty", () => {
  test("one finding for the sheet names the first such cell and counts the others; nothing is built on them", () => {
    const { keys, findings, at } = findingsWith([
      [{ row: P, column: "pagu" }, "=SUM(N7)"],
      [{ row: K, column: "pagu" }, "=SUM(N8:N9)"],
      [{ row: K, column: "realisasiAnggaran" }, "=SUM(S8:S9)"],
    ]);
    expect(keys).toEqual([`${at({ row: P, column: "pagu" })} unreadable-value.not-calculated-many`]);
    expect(findings[0].message).toContain("begitu pula 2 sel rumus lain di lembar ini");
    expect(findings[0].message).toContain("=SUM(N7)");
  });

  test("alone: the sentence says it of that one cell", () => {
    const { keys } = findingsWith([[{ row: S1, column: "pagu" }, "=1000*60"]]);
    expect(keys).toEqual([`${findingsWith([]).at({ row: S1, column: "pagu" })} unreadable-value.not-calculated`]);
  });
});

describe("a number typed as text in the range of a SUM: Excel's SUM passes over it", () => {
  // The sheet's amounts are typed as Indonesian text, as many offices type them: a SUM over them gives 0 in Excel.
  test("each text cell is named once, with the formula; the formula's short result is not checked", () => {
    const { keys, findings, at } = findingsWith([[{ row: K, column: "pagu" }, "=SUM(N8:N9)|0"]]);
    const [s1, s2, k] = [
      at({ row: S1, column: "pagu" }),
      at({ row: S2, column: "pagu" }),
      at({ row: K, column: "pagu" }),
    ];
    expect(k).toBe("N7");
    expect(keys).toEqual([`${s1} number-stored-as-text`, `${s2} number-stored-as-text`]);
    expect(findings[0]).toMatchObject({
      severity: "error",
      actual: "200.000",
      params: { cell: s1, teks: "200.000", rumus: k },
    });
    expect(findings[0].message).toBe(
      `Sel ${s1} berisi angka yang tersimpan sebagai teks (200.000): rumus di ${k} melewatinya, sehingga hasil rumus ` +
        `itu tidak memuat angka ini. Ketik ulang isi ${s1} sebagai angka; angka dari rumus itu tidak diperiksa sampai diperbaiki.`,
    );
  });

  test("passed over by two formulas: one finding names the first and counts the other", () => {
    const { keys, findings } = findingsWith([
      [{ row: K, column: "realisasiAnggaran" }, "=SUM(S8:S9)|0"],
      [{ row: P, column: "realisasiAnggaran" }, "=SUBTOTAL(9,S8:S9)|0"],
    ]);
    const text = findings.filter((f) => f.rule === "number-stored-as-text");
    expect(text.map((f) => [f.cell, f.messageKey, f.params.rumus, f.params.lain])).toEqual([
      ["S8", "number-stored-as-text.many", "S6", 1],
      ["S9", "number-stored-as-text.many", "S6", 1],
    ]);
    // No sum is checked on either result; the program's range over all its grandchildren is the same total by
    // another road (formulaRange.ts, sumsGrandchildren), no formula-range either.
    expect(keys.filter((k) => /^S[67] /.test(k))).toEqual([]);
  });

  test("a #VALUE! from a formula over that SUM is not a second finding", () => {
    const { keys } = findingsWith([
      [{ row: K, column: "pagu" }, "=SUM(N8:N9)|0"],
      [{ row: K, column: "capaianAnggaran" }, "=S7/N7*100|#VALUE!"],
    ]);
    expect(keys).toEqual(["N8 number-stored-as-text", "N9 number-stored-as-text"]);
  });

  test("references joined by + read the text as its number: nothing to say", () => {
    expect(findingsWith([[{ row: K, column: "pagu" }, "=N8+N9|300000"]]).keys).toEqual([]);
  });
});

describe("a formula showing #DIV/0!: unreadable, said as a division by zero", () => {
  test("the sentence names the formula and the way to leave the cell empty", () => {
    const { keys, findings, at } = findingsWith([[{ row: S1, column: "capaianAnggaran" }, "=S8/N8*100|#DIV/0!"]]);
    const cell = at({ row: S1, column: "capaianAnggaran" });
    expect(keys).toEqual([`${cell} unreadable-value.div-zero`]);
    expect(findings[0].message).toBe(
      `Sel ${cell} menampilkan #DIV/0!: rumus =S8/N8*100 membagi dengan nol (pagu atau target 0, atau sel kosong), ` +
        'jadi angkanya tidak dapat dibaca. Bila pembaginya memang 0, bungkus rumusnya dengan IFERROR(…;"") agar selnya kosong.',
    );
  });
});

describe("a number, or `-`: that value (`-` is 0); the rules run", () => {
  test("a changed number is compared: its own row and its parent's sum", () => {
    const { keys, findings, at } = findingsWith([[{ row: S1, column: "kas4" }, "35.000"]]);
    // The parent's sum is compared too, but its kas adds up to its own pagu and is off from its children by exactly
    // what this row's kas misses its pagu by: the row is told, the right parent is not (one cause, one finding), and
    // that one column is named as the likely slip.
    expect(keys).toEqual(["N8 kas-vs-pagu.kolom"]);
    expect(findings[0].params).toMatchObject({ kasCell: at({ row: S1, column: "kas4" }) });
  });

  test("two kas cells of a row changed: no single column is named, the plain finding stays", () => {
    const { keys } = findingsWith([
      [{ row: S1, column: "kas4" }, "35.000"],
      [{ row: S1, column: "kas3" }, "1.000"],
    ]);
    expect(keys.filter((k) => k.startsWith("N8 "))).toEqual(["N8 kas-vs-pagu"]);
  });

  test("`-` is 0 in a sum: Σ anggaran kas and the parent's Σ both count it", () => {
    const { keys, findings } = findingsWith([[{ row: S1, column: "kas4" }, "-"]]);
    expect(keys).toEqual(["N8 kas-vs-pagu.kolom"]);
    expect(findings[0]).toMatchObject({ expected: 170000, actual: 200000 });
  });

  test("four dashes are an anggaran kas of 0, not one left unfilled", () => {
    const dashes: [Edit, string][] = (["kas1", "kas2", "kas3", "kas4"] as const).map((c) => [
      { row: S2, column: c },
      "-",
    ]);
    const { findings } = findingsWith(dashes);
    expect(findings.find((f) => f.cell === "N9")).toMatchObject({ messageKey: "kas-vs-pagu", expected: 0 });
  });
});

describe("nothing (empty): absent", () => {
  test("in a Σ an empty cell adds nothing: the rest of the Σ is compared", () => {
    const { keys } = findingsWith([[{ row: S2, column: "kas4" }, ""]]);
    // The right parent is not told: the row whose kas misses its pagu is (see "a changed number" above).
    expect(keys).toEqual(["N9 kas-vs-pagu.some-empty"]);
  });

  test("a rule comparing the empty cell itself stays silent; missing-value names the cell left empty", () => {
    const { keys, findings } = findingsWith([[{ row: S1, column: "realisasiAnggaran" }, ""]]);
    // No realisasi-over-* or capaian-anggaran-mismatch on row 8; the kegiatan's Σ of the rest differs from its own.
    expect(keys).toEqual(["S7 realisasi-vs-children", "S8 missing-value.realisasi-anggaran"]);
    expect(findings[1].message).toBe('Realisasi anggaran di S8 kosong untuk sub kegiatan "Sub satu".');
  });

  test("except: a pagu whose four anggaran kas cells are all empty is one kas-vs-pagu at the pagu cell", () => {
    const empty: [Edit, string][] = (["kas1", "kas2", "kas3", "kas4"] as const).map((c) => [
      { row: S2, column: c },
      "",
    ]);
    const { keys, findings } = findingsWith(empty);
    expect(keys.filter((k) => k.startsWith("N9"))).toEqual(["N9 kas-vs-pagu.kas-empty"]);
    expect(findings.find((f) => f.cell === "N9")!.message).toBe(
      "Anggaran kas TW I–IV untuk pagu di N9 (Rp 100.000) belum diisi: keempat selnya kosong.",
    );
  });

  test("except: a parent whose own cell is empty while its children hold values is one …-vs-children there", () => {
    const { keys, findings } = findingsWith([[{ row: K, column: "pagu" }, ""]]);
    // Not also missing-value at N7 (one finding per cell), and not pagu-vs-children at the program's N6: its only
    // kegiatan's pagu is empty, so the Σ it is compared with is absent.
    expect(keys).toEqual(["N7 pagu-vs-children.parent-empty"]);
    expect(findings[0]).toMatchObject({ rule: "pagu-vs-children", cell: "N7", expected: 300000, actual: null });
    expect(findings[0].message).toBe(
      "Pagu kegiatan di N7 kosong, padahal jumlah pagu sub kegiatan di bawahnya Rp 300.000.",
    );
  });

  test("a Σ of only empty cells is absent: a parent is not compared with children that are all empty", () => {
    const edits: [Edit, string][] = [S1, S2].map((row) => [{ row, column: "realisasiAnggaran" }, ""]);
    expect(findingsWith(edits).keys).toEqual([
      "S8 missing-value.realisasi-anggaran",
      "S9 missing-value.realisasi-anggaran",
    ]);
  });
});

describe("text that is not a number (#####, Rp ?, stray words): unreadable", () => {
  const ONLY = (cell: string) => [`${cell} unreadable-value`];

  test.each([
    ["a sub kegiatan's pagu", { row: S1, column: "pagu" } as Edit, "#####"],
    ["a sub kegiatan's anggaran kas of a triwulan in the sum s/d TW II", { row: S1, column: "kas2" } as Edit, "Rp ?"],
    ["a sub kegiatan's anggaran kas after TW II", { row: S2, column: "kas4" } as Edit, "lihat lampiran"],
    ["a sub kegiatan's realisasi", { row: S1, column: "realisasiAnggaran" } as Edit, "belum ada data"],
    ["a sub kegiatan's capaian", { row: S2, column: "capaianAnggaran" } as Edit, "##"],
    ["a kegiatan's own pagu", { row: K, column: "pagu" } as Edit, "#####"],
    ["a program's realisasi", { row: P, column: "realisasiAnggaran" } as Edit, "Rp ?"],
  ])("%s: one unreadable-value, nothing built on it in its row or its parent's sums", (_what, edit, text) => {
    const { keys, findings, at } = findingsWith([[edit, text]]);
    expect(keys).toEqual(ONLY(at(edit)));
    expect(findings[0].message).toBe(`Sel ${at(edit)} berisi "${text}" yang tidak terbaca sebagai angka.`);
  });

  test.each([
    ["the target of the sheet's triwulan", { column: "target2" } as IndEdit],
    ["the realisasi", { column: "realisasiKinerja" } as IndEdit],
    ["the capaian", { column: "capaianKinerja" } as IndEdit],
  ])("an indikator's %s: one unreadable-value, no capaian mismatch and no missing-value", (_what, edit) => {
    const { keys, at } = findingsWith([[edit, "#####"]]);
    expect(keys).toEqual(ONLY(at(edit)));
  });

  test("`belum` under its parent's SUM or + totals: the total is short by an amount not known, and nothing is built on it (find32)", () => {
    const belum: [Edit, string] = [{ row: S1, column: "pagu" }, "belum"];
    const sum = findingsWith([belum, [{ row: K, column: "pagu" }, "=SUM(N8:N9)|100000"]]);
    // (This sheet types its amounts as text, so the SUM passes over N9 too, said at N9.) No pagu-vs-children at N7.
    expect(sum.keys).toEqual([...ONLY("N8"), "N9 number-stored-as-text"]);
    // `=N8+N9` gives #VALUE! over the text, and the program's `=N7` over that again: its cause is said once, at N8.
    const plus = findingsWith([
      belum,
      [{ row: K, column: "pagu" }, "=N8+N9|#VALUE!"],
      [{ row: P, column: "pagu" }, "=N7|#VALUE!"],
    ]);
    expect(plus.keys).toEqual(ONLY("N8"));
  });

  test("a number ending in letters that stand for digits (`17O`) is unreadable, never read as 17 (find32)", () => {
    const { keys, at } = findingsWith([[{ column: "realisasiKinerja" }, "17O"]]);
    expect(keys).toEqual(ONLY(at({ column: "realisasiKinerja" })));
  });

  test("`belum` for an indikator measured in numbers: not filled in yet, said at its cell; never read as `Tidak ada` silently (find32 D1)", () => {
    const realisasi = findingsWith([[{ column: "realisasiKinerja" }, "belum"]]);
    const cell = realisasi.at({ column: "realisasiKinerja" });
    expect(realisasi.keys).toEqual([`${cell} missing-value.realisasi-kinerja-belum`]);
    expect(realisasi.findings[0].message).toMatch(
      new RegExp(`^Realisasi di ${cell} ditulis "belum" untuk .*: realisasinya belum diisi`),
    );
    const target = findingsWith([[{ column: "target2" }, "Belum ada"]]);
    expect(target.keys).toEqual([`${target.at({ column: "target2" })} missing-value.target-belum`]);
    expect(target.findings[0].message).toContain('ditulis "Belum ada"');
    // Both written `belum`: neither is a value, both are said (they read `Tidak ada` = `Tidak ada`, "reached", before).
    const both = findingsWith([
      [{ column: "target2" }, "belum"],
      [{ column: "realisasiKinerja" }, "belum"],
    ]);
    expect(both.keys).toEqual([
      `${both.at({ column: "target2" })} missing-value.target-belum`,
      `${both.at({ column: "realisasiKinerja" })} missing-value.realisasi-kinerja-belum`,
    ]);
    // Against a target on the same scale, `belum` is a value (`Tidak ada`), as before.
    const scale = findingsWith([
      [{ column: "target2" }, "Ada"],
      [{ column: "realisasiKinerja" }, "belum"],
      [{ column: "capaianKinerja" }, ""],
    ]);
    expect(scale.keys.filter((k) => k.endsWith("missing-value"))).toEqual([]);
  });

  test("without a triwulan in the title, a last target that holds text is not passed over for the one before", () => {
    const title = ["PENGUKURAN KINERJA DINAS UJI TAHUN 2022"];
    // Nor in the sheet's name.
    const { keys, at } = findingsWith([[{ column: "target4" }, "#####"]], { title, name: "Pengukuran Kinerja" });
    expect(keys).toEqual(ONLY(at({ column: "target4" })));
  });

  test("the same cells left empty instead do give findings (so the silence above is the text's doing)", () => {
    expect(findingsWith([[{ row: S1, column: "pagu" }, ""]]).keys).toEqual([
      "N7 pagu-vs-children",
      "N8 missing-value.pagu",
    ]);
    // Empty, the kas of TW II adds nothing: Σ s/d TW II = 60.000 < realisasi 100.000.
    expect(findingsWith([[{ row: S1, column: "kas2" }, ""]]).keys).toEqual([
      "N8 kas-vs-pagu.some-empty",
      "S8 realisasi-over-kas",
    ]);
    expect(findingsWith([[{ column: "realisasiKinerja" }, ""]]).keys).toEqual(["K6 missing-value.realisasi-kinerja"]);
  });

  test("an unreadable cell is never called empty, whatever else is wrong in its row", () => {
    const { findings } = findingsWith([
      [{ row: S1, column: "pagu" }, "#####"],
      [{ row: S1, column: "realisasiAnggaran" }, ""],
    ]);
    const row8 = findings.filter((f) => f.row === 8);
    expect(row8.map((f) => f.messageKey)).toEqual(["unreadable-value", "missing-value.realisasi-anggaran"]);
    expect(row8.filter((f) => f.cell === "N8" && /kosong/.test(f.message))).toEqual([]);
  });
});
