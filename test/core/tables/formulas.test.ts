import Decimal from "decimal.js";
import {
  alokasiSasaran,
  capaianAnggaran,
  capaianKinerja,
  efisiensiPmk,
  efisiensiRasio,
  tingkatKemajuan,
} from "../../../src/core/formulas";
import { D } from "../../../src/core/numbers";
import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { toA1 } from "../../../src/core/grid/address";
import { cellOf, evaluateCell, referencedCells } from "./formulaEval";
import { IND1, IND4A, IND4B, seedDataPendukung, seedModel } from "./factory";
import { captions, col, sheet, table, TableRegion } from "./specHelpers";

const fraction = (pp: Decimal) => pp.div(100).toNumber();

function expectClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

/** Every formula cell of every sheet, with the table region it lies in. */
function formulaCells(specs: SheetSpec[]) {
  const out: {
    spec: SheetSpec;
    row: number;
    col: number;
    formula: string;
    result: unknown;
    region: TableRegion | null;
  }[] = [];
  for (const spec of specs) {
    const regions = captions(spec).map((c) => table(spec, c.nomor));
    for (const { row, col, cell } of spec.cells) {
      if (cell.formula === undefined) continue;
      const region = regions.find((r) => row >= r.top && row <= r.bottom) ?? null;
      out.push({ spec, row, col, formula: cell.formula, result: cell.result, region });
    }
  }
  return out;
}

describe("derived cells are native formulas that agree with the engine", () => {
  const variants = {
    "with Data Pendukung, rasio": buildLkjipSheets({
      model: seedModel(),
      findings: [],
      dataPendukung: seedDataPendukung(),
    }),
    "without Data Pendukung": buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: null }),
    "PMK efisiensi": buildLkjipSheets({
      model: seedModel(),
      findings: [],
      dataPendukung: seedDataPendukung(),
      options: { efisiensi: "pmk" },
    }),
  };

  for (const [name, specs] of Object.entries(variants)) {
    it(`${name}: each formula evaluates to its cached result, using cells of its own table only`, () => {
      const cells = formulaCells(specs);
      expect(cells.length).toBeGreaterThan(40);
      for (const c of cells) {
        expect(c.region).not.toBeNull();
        for (const ref of referencedCells(c.formula)) {
          expect(ref.row).toBeGreaterThan(c.region!.numbersRow);
          expect(ref.row).toBeLessThanOrEqual(c.region!.bottom);
        }
        const v = evaluateCell(c.spec, c.row, c.col);
        if (typeof c.result === "number") expectClose(v, c.result);
        else expect(v).toBe(c.result);
      }
    });
  }

  const specs = variants["with Data Pendukung, rasio"];
  const ss1 = sheet(specs, "LKjIP SS I");

  it("capaian kinerja of sasaran I: D/C of the same row, 97,37% as capaianKinerja gives it", () => {
    const t = table(ss1, "3.1");
    const r = t.firstData;
    const c = cellOf(ss1, r, col(t, "CAPAIAN (%)"))!;
    const target = toA1(r, col(t, "TARGET"));
    const realisasi = toA1(r, col(t, "REALISASI"));
    expect(c.formula).toBe(`IF(${target}=0,"",${realisasi}/${target})`);
    expect(c.result).toBe(fraction(capaianKinerja("0.37", "0.38")));
    expect(new D(c.result as number).times(100).toDecimalPlaces(2).toNumber()).toBe(97.37);
    expect(c.numFmt).toBe("0.00%");
    expect(cellOf(ss1, r, col(t, "TARGET"))).toMatchObject({ value: 0.0038, numFmt: "0.00%" });
    expect(cellOf(ss1, r, col(t, "PREDIKAT"))?.result).toBe("Sangat Tinggi");
  });

  it("capaian anggaran 77,95% and efisiensi rasio 124,9% of sasaran I", () => {
    const t5 = table(ss1, "3.5");
    const r = t5.firstData;
    const ca = cellOf(ss1, r, 7)!;
    expect(ca.formula).toBe(`IF(${toA1(r, 5)}=0,"",${toA1(r, 6)}/${toA1(r, 5)})`);
    expect(ca.result).toBe(fraction(capaianAnggaran(530921722, 681067100)));
    expect(new D(ca.result as number).times(100).toDecimalPlaces(2).toNumber()).toBe(77.95);
    expect(cellOf(ss1, r, 5)).toMatchObject({ value: 681067100, numFmt: "#,##0" });

    const t6 = table(ss1, "3.6");
    const e = cellOf(ss1, t6.firstData, col(t6, "TINGKAT EFISIENSI"))!;
    expect(e.formula).toBe(`IF(${toA1(t6.firstData, 3)}=0,"",${toA1(t6.firstData, 2)}/${toA1(t6.firstData, 3)})`);
    const expected = efisiensiRasio(capaianKinerja("0.37", "0.38"), capaianAnggaran(530921722, 681067100));
    expect(e.result).toBe(fraction(expected));
    expect(new D(e.result as number).times(100).toDecimalPlaces(1).toNumber()).toBe(124.9);
  });

  it("tingkat kemajuan against the Renstra target from Data Pendukung", () => {
    const t = table(ss1, "3.3");
    const r = t.firstData;
    const c = cellOf(ss1, r, col(t, "TINGKAT KEMAJUAN (%)"))!;
    expect(c.formula).toBe(`IF(${toA1(r, 2)}=0,"",${toA1(r, 3)}/${toA1(r, 2)})`);
    expect(c.result).toBe(fraction(tingkatKemajuan("0.37", "0.41")));
  });

  it("alokasi: the programs' anggaran over the office's total stated in the header, as alokasiSasaran gives it", () => {
    const ss4 = sheet(specs, "LKjIP SS IV");
    const t = table(ss4, "3.28");
    const pct = cellOf(ss4, t.firstData, 4)!;
    const last = t.firstData + 1;
    expect(pct.formula).toBe(`IF(13255734286=0,"",SUM(${toA1(t.firstData, 3)}:${toA1(last, 3)})/13255734286)`);
    expect(col(t, "% ANGGARAN THD ANGGARAN PERANGKAT DAERAH (Rp 13.255.734.286)")).toBe(4);
    expect(pct.result).toBe(fraction(alokasiSasaran([202248000, 268644500], "13255734286")));
    expectClose(evaluateCell(ss4, t.firstData, 4), pct.result as number);
  });

  it("a negatif polaritas from Data Pendukung switches the formula to (2T − R)/T", () => {
    const dp = seedDataPendukung();
    dp.indikator = dp.indikator.map((d) => (d.indikator === IND4B ? { ...d, polaritas: "negatif" as const } : d));
    const ss4 = sheet(buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: dp }), "LKjIP SS IV");
    const t = table(ss4, "3.25");
    const r = t.firstData + 1;
    const c = cellOf(ss4, r, 4)!;
    expect(c.formula).toBe(`IF(${toA1(r, 2)}=0,"",(2*${toA1(r, 2)}-${toA1(r, 3)})/${toA1(r, 2)})`);
    expect(c.result).toBe(fraction(capaianKinerja("84.6", "66.7", "negatif")));
    expectClose(evaluateCell(ss4, r, 4), c.result as number);
    expect(cellOf(ss4, t.firstData, 4)?.formula).toBe(
      `IF(${toA1(t.firstData, 2)}=0,"",${toA1(t.firstData, 3)}/${toA1(t.firstData, 2)})`,
    );
    // Against the target akhir Renstra it is measured the same way (Tabel 3.27), and the note says so.
    const renstra = table(ss4, "3.27");
    const k = cellOf(ss4, renstra.firstData + 1, col(renstra, "TINGKAT KEMAJUAN (%)"))!;
    const [tr, rr] = [toA1(renstra.firstData + 1, 2), toA1(renstra.firstData + 1, 3)];
    expect(k.formula).toBe(`IF(${tr}=0,"",(2*${tr}-${rr})/${tr})`);
    const akhir = dp.indikator.find((d) => d.indikator === IND4B)!.targetAkhirRenstra!;
    expect(k.result).toBe(fraction(tingkatKemajuan("84.6", akhir, "negatif")));
    expect(k.result).toBe(fraction(capaianKinerja("84.6", akhir, "negatif")));
    expectClose(evaluateCell(ss4, renstra.firstData + 1, col(renstra, "TINGKAT KEMAJUAN (%)")), k.result as number);
    expect(ss4.cells.map((c) => c.cell.value)).toContain(
      "Tingkat kemajuan: realisasi tahun ini (R) terhadap target akhir Renstra (T), R/T × 100% (polaritas positif); " +
        "(2T − R)/T × 100% (polaritas negatif, varian A).",
    );
  });

  it("negatif-b and stabil polaritas give their own formulas, still equal to the engine", () => {
    const dp = seedDataPendukung();
    dp.indikator = dp.indikator.map((d) =>
      d.indikator === IND4A
        ? { ...d, polaritas: "negatif-b" as const }
        : d.indikator === IND4B
          ? { ...d, polaritas: "stabil" as const }
          : d,
    );
    const ss4 = sheet(buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: dp }), "LKjIP SS IV");
    const t = table(ss4, "3.25");
    const [a, b] = [t.firstData, t.firstData + 1];
    expect(cellOf(ss4, a, 4)?.formula).toContain(`${toA1(a, 2)}/${toA1(a, 3)}`);
    expect(cellOf(ss4, b, 4)?.formula).toContain("ABS(");
    expect(cellOf(ss4, a, 4)?.result).toBe(fraction(capaianKinerja(50, 80, "negatif-b")));
    expect(cellOf(ss4, b, 4)?.result).toBe(fraction(capaianKinerja("84.6", "66.7", "stabil")));
    expectClose(evaluateCell(ss4, a, 4), cellOf(ss4, a, 4)?.result as number);
    expectClose(evaluateCell(ss4, b, 4), cellOf(ss4, b, 4)?.result as number);
  });

  it("PMK option: E and nilai efisiensi as efisiensiPmk gives them, with the sasaran's pagu and realisasi", () => {
    const ss1p = sheet(variants["PMK efisiensi"], "LKjIP SS I");
    const t = table(ss1p, "3.6");
    const r = t.firstData;
    const expected = efisiensiPmk([
      { pagu: 681067100, capaianKinerja: capaianKinerja("0.37", "0.38"), realisasi: 530921722 },
    ]);
    expect(cellOf(ss1p, r, col(t, "EFISIENSI (E)"))?.result).toBe(fraction(expected.e));
    expect(cellOf(ss1p, r, col(t, "NILAI EFISIENSI"))?.result).toBe(fraction(expected.nilai));
    expect(cellOf(ss1p, r, col(t, "NILAI EFISIENSI"))?.formula).toBe(
      `IF(${toA1(r, 4)}="","",0.5+MIN(MAX(${toA1(r, 4)},-0.2),0.2)/0.2*0.5)`,
    );
  });

  it("a zero target gives an empty result, as the engine's div0", () => {
    const m = seedModel();
    m.tujuan[0].sasaran[0].indikator[0].target = [null, null, null, { value: new D(0), decimals: 0, cell: "J9" }];
    const ss = sheet(buildLkjipSheets({ model: m, findings: [], dataPendukung: null }), "LKjIP SS I");
    const t = table(ss, "3.1");
    const c = cellOf(ss, t.firstData, 4)!;
    expect(c.result).toBe("");
    expect(evaluateCell(ss, t.firstData, 4)).toBe("");
    expect(evaluateCell(ss, t.firstData, 5)).toBe("");
  });

  it("the yearly target is TW IV, else the last triwulan that has one", () => {
    const m = seedModel();
    const ind = m.tujuan[0].sasaran[0].indikator[0];
    ind.target = [
      { value: new D("0.2"), decimals: 1, cell: "G9" },
      { value: new D("0.3"), decimals: 1, cell: "H9" },
      null,
      null,
    ];
    const ss = sheet(buildLkjipSheets({ model: m, findings: [], dataPendukung: null }), "LKjIP SS I");
    expect(cellOf(ss, table(ss, "3.1").firstData, 2)?.value).toBe(0.003);
    const bab2 = sheet(buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: null }), "LKjIP Bab II");
    const t21 = table(bab2, "2.1");
    expect(cellOf(bab2, t21.firstData, 2)?.value).toBe(IND1);
    expect(cellOf(bab2, t21.firstData, 3)?.value).toBe(0.0038);
  });

  it("Perjanjian Kinerja lists every program with a SUM total", () => {
    const bab2 = sheet(specs, "LKjIP Bab II");
    const totalCell = bab2.cells.find((c) => c.cell.formula?.startsWith("SUM("))!;
    const refs = referencedCells(totalCell.cell.formula!);
    expect(refs).toHaveLength(5);
    expect(totalCell.cell.result).toBe(681067100 + 276649300 + 10931433866 + 202248000 + 268644500);
    expect(evaluateCell(bab2, totalCell.row, totalCell.col)).toBe(totalCell.cell.result);
  });

  it("a sasaran with several indikator shares one capaian anggaran, merged over its rows", () => {
    const ss4 = sheet(specs, "LKjIP SS IV");
    const t = table(ss4, "3.30");
    expect(ss4.merges).toContainEqual({ top: t.firstData, left: 3, bottom: t.firstData + 1, right: 3 });
    const e2 = cellOf(ss4, t.firstData + 1, 4)!;
    expect(e2.formula).toBe(`IF(${toA1(t.firstData, 3)}=0,"",${toA1(t.firstData + 1, 2)}/${toA1(t.firstData, 3)})`);
    const ck = capaianKinerja("84.6", "66.7");
    const ca = capaianAnggaran(new D(194837360).plus(263538600), new D(202248000).plus(268644500));
    expect(e2.result).toBe(fraction(efisiensiRasio(ck, ca)));
  });
});
