import { toA1 } from "../../../../src/core/grid/address";
import { validate } from "../../../../src/core/validation/validate";
import { separatorEvidence } from "../../../../src/core/layout/evaluasiRenja/separators";
import { buildErSheet } from "./helpers/erSheet";
import { erModel, erNodes } from "./helpers/outline";

/** A sheet whose realisasi Renstra K column holds no dotted value but one count written `3.600`. */
function countOf3600(opts: Parameters<typeof buildErSheet>[0]) {
  const built = buildErSheet(opts);
  const k = built.col("realisasiRenstraK");
  for (let r = built.firstDataRow; r < built.grid.rowCount; r++) {
    const v = built.grid.cells[r]?.[k]?.value;
    if (typeof v === "string" && /[.,]/.test(v)) built.grid.cells[r][k] = { value: "3" };
  }
  const izin = built.nodes.find((n) => n.kode === "2.18.04.2.01.0001")?.row as number;
  built.grid.cells[izin][k] = { value: "3.600" };
  return { built, k, izin };
}

describe("Evaluasi Renja: dots and commas decided per column", () => {
  test("what one text says", () => {
    expect(separatorEvidence("1.234.567")).toBe("indonesia");
    expect(separatorEvidence("1.234,50")).toBe("indonesia");
    expect(separatorEvidence("12,97")).toBe("indonesia");
    expect(separatorEvidence("12.97")).toBe("titik-desimal");
    expect(separatorEvidence("0.390")).toBe("titik-desimal");
    expect(separatorEvidence("1,234,567")).toBe("titik-desimal");
    expect(separatorEvidence("1,234.5")).toBe("titik-desimal");
    expect(separatorEvidence("1.234")).toBe("ragu");
    expect(separatorEvidence("1,234")).toBe("ragu");
    expect(separatorEvidence("Rp 1.500")).toBe("ragu");
    expect(separatorEvidence("1500")).toBeNull();
    expect(separatorEvidence("dokumen")).toBeNull();
  });

  test("an export with dots as thousands in Rp and a decimal point in %: each column read its own way", () => {
    const built = buildErSheet({ style: "export", decimals: "dot" });
    const k = built.col("targetRenjaK");
    const rows = built.nodes.map((n) => n.row);
    // A count of 1.200 izin in the same K column as percentages written 0.39 and 12.97.
    const izin = built.nodes.find((n) => n.kode === "2.18.04.2.01.0001")?.row as number;
    built.grid.cells[izin][k] = { value: "1.200" };
    const m = erModel(built.grid);
    const node = (kode: string) => erNodes(m).find(({ node }) => node.kode === kode)?.node;
    expect(node("2.18.02")?.indikator[0].targetRenja?.value.toString()).toBe("0.39");
    expect(node("2.18.02")?.indikator[0].targetRenja?.decimals).toBe(2);
    expect(node("2.18.02")?.pagu?.value.toNumber()).toBe(55599900);
    expect(node("2.18.01.2.02.0001")?.pagu?.value.toNumber()).toBe(8030725352);
    // The K column shows decimal points only: 1.200 there is one point two.
    expect(node("2.18.04.2.01.0001")?.indikator[0].targetRenja?.value.toString()).toBe("1.2");
    expect(m.ambiguousColumns).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  test("a count column whose only dotted values could be either, in a sheet with decimal points, is ambiguous", () => {
    const { built, k, izin } = countOf3600({ style: "export", decimals: "dot" });
    // Where (14) = (7) + (13) holds with 3.600 read as thousands, the row settles it: nothing to say.
    const settled = erModel(built.grid);
    expect(settled.ambiguousColumns).toEqual([]);
    // Without (14) nothing on the row tells: ambiguous, and read as thousands.
    built.grid.cells[izin][built.col("realisasiSdTahunK")] = { value: null };
    const m = erModel(built.grid);
    expect(m.ambiguousColumns).toEqual([{ col: k, cell: toA1(izin, k), reading: "ribuan", examples: ["3.600"] }]);
    const sub = erNodes(m).find(({ node }) => node.kode === "2.18.04.2.01.0001")?.node;
    expect(sub?.indikator[0].realisasiRenstra?.value.toNumber()).toBe(3600);
  });

  test("in a sheet whose figures show decimal commas, a count written 3.600 is three thousand six hundred", () => {
    const { built } = countOf3600({ style: "export" });
    const m = erModel(built.grid);
    expect(m.ambiguousColumns).toEqual([]);
    const sub = erNodes(m).find(({ node }) => node.kode === "2.18.04.2.01.0001")?.node;
    expect(sub?.indikator[0].realisasiRenstra?.value.toNumber()).toBe(3600);
  });

  test("a column that shows both uses is ambiguous for its doubtful values", () => {
    const built = buildErSheet({ style: "export" });
    const rp = built.col("tw2Rp");
    const [a, b, c] = built.nodes.filter((n) => n.level === "subKegiatan").map((n) => n.row);
    built.grid.cells[a][rp] = { value: "12.97" };
    built.grid.cells[b][rp] = { value: "1.234.567" };
    built.grid.cells[c][rp] = { value: "800.000" };
    const m = erModel(built.grid);
    expect(m.ambiguousColumns).toEqual([{ col: rp, cell: toA1(c, rp), reading: "ribuan", examples: ["800.000"] }]);
  });

  test("Rp columns of whole Rupiah with one dot group are not ambiguous", () => {
    const built = buildErSheet({ style: "export" });
    const rp = built.col("tw3Rp");
    for (let r = built.firstDataRow; r < built.grid.rowCount; r++)
      if (built.grid.cells[r]?.[rp]) built.grid.cells[r][rp] = { value: "800.000" };
    const m = erModel(built.grid);
    expect(m.ambiguousColumns).toEqual([]);
    expect(
      m.program[0]?.realisasiTriwulan[2]?.value.toNumber() ?? m.urusan[0].realisasiTriwulan[2]?.value.toNumber(),
    ).toBe(800000);
  });

  test("counts written with their satuan, as exports do (`5 dokumen`), read as numbers", () => {
    const built = buildErSheet({ style: "export", satuanInK: true });
    const m = erModel(built.grid);
    expect(m.findings).toEqual([]);
    const sub = erNodes(m).find(({ node }) => node.kode === "2.18.01.2.02.0001")?.node;
    expect(sub?.indikator[0].targetRenja?.value.toNumber()).toBe(98);
    expect(sub?.indikator[0].realisasiTriwulan[3]?.value.toNumber()).toBe(98);
    // A unit other than the row's satuan is a stray text.
    const k = built.col("tw2K");
    built.grid.cells[sub?.row as number][k] = { value: "98 dokumen" };
    const wrong = erModel(built.grid);
    expect(wrong.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["unreadable-value", `${String.fromCharCode(65 + k)}${(sub?.row as number) + 1}`],
    ]);
  });
});

describe("Evaluasi Renja: a dash in a K cell", () => {
  test("in a target (6), (8) or the tingkat capaian (15): not set, no finding; the Tabel 3.3 capaian stays empty", () => {
    const built = buildErSheet({ style: "export" });
    const sub = built.nodes.find((n) => n.kode === "2.18.04.2.01.0001")?.row as number;
    built.grid.cells[sub][built.col("targetRenstraK")] = { value: "-" };
    built.grid.cells[sub][built.col("tingkatCapaianK")] = { value: "–" };
    built.grid.cells[sub][built.col("targetRenjaK")] = { value: "-" };
    const m = erModel(built.grid);
    const ind = erNodes(m).find(({ node }) => node.kode === "2.18.04.2.01.0001")?.node.indikator[0];
    expect([ind?.targetRenstra, ind?.tingkatCapaian, ind?.targetRenja]).toEqual([null, null, null]);
    expect(ind?.unreadable).toBeUndefined();
    expect(validate([m]).filter((f) => f.row === sub + 1)).toEqual([]);
  });

  test("in a quarter's realisasi: nothing achieved, zero", () => {
    const built = buildErSheet({ style: "export" });
    const sub = built.nodes.find((n) => n.kode === "2.18.04.2.01.0001")?.row as number;
    built.grid.cells[sub][built.col("tw1K")] = { value: "-" };
    const ind = erNodes(erModel(built.grid)).find(({ node }) => node.kode === "2.18.04.2.01.0001")?.node.indikator[0];
    expect(ind?.realisasiTriwulan[0]?.value.toNumber()).toBe(0);
  });
});
