/** A program row written as a heading (its name merged across the money columns) is the total of its kegiatan. */
import { generateLkjip } from "../../../src/core/pipeline";
import { recognise } from "../../../src/core/layout/recognise";
import { validate } from "../../../src/core/validation/validate";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { buildSheet, BudgetRowData } from "./helpers/seedLayout";
import { b, oneSasaran } from "./helpers/smallSheet";
import { pkModel } from "./helpers/pkModel";

const figures = (pagu: string, k: string[], realisasi: string) =>
  b("kegiatan", "", pagu, { kas: k as BudgetRowData["kas"], realisasi, capaian: "" });
const BUDGET: BudgetRowData[] = [
  b("program", "PROGRAM PENYELENGGARAAN LALU LINTAS", ""),
  {
    ...figures("470.500.000", ["76.000.000", "150.000.000", "150.000.000", "94.500.000"], "436.475.000"),
    uraian: "Penyediaan Perlengkapan Jalan",
  },
  {
    ...figures("470.500.000", ["76.000.000", "150.000.000", "150.000.000", "94.500.000"], "436.475.000"),
    level: "subKegiatan",
    uraian: "Pengadaan Rambu",
  },
  {
    ...figures("84.250.000", ["189.000", "26.189.000", "26.189.000", "31.683.000"], "74.139.900"),
    uraian: "Pengendalian Ketersediaan",
  },
  {
    ...figures("84.250.000", ["189.000", "26.189.000", "26.189.000", "31.683.000"], "74.139.900"),
    level: "subKegiatan",
    uraian: "Pengawasan Angkutan",
  },
];

function headingSheet(merged: boolean) {
  const built = buildSheet(oneSasaran(BUDGET), { title: ["PENGUKURAN KINERJA", "S/D TRIWULAN IV TAHUN 2024"] });
  const row = built.grid.cells.findIndex((r) => r?.[built.col("uraian")]?.value === BUDGET[0].uraian);
  if (merged) {
    built.grid.merges = [
      ...(built.grid.merges ?? []),
      { top: row, left: built.col("uraian"), bottom: row, right: built.col("capaianAnggaran") },
    ];
  }
  return { built, row };
}

test("its pagu, kas and realisasi are its kegiatan's totals, said once, and BELANJA DAERAH counts it", () => {
  const { built, row } = headingSheet(true);
  const model = pkModel(recognise(built.grid));
  const program = model.tujuan[0].sasaran[0].program[0];
  expect(program.pagu?.value.toString()).toBe("554750000");
  expect(program.realisasi?.value.toString()).toBe("510614900");
  expect(program.anggaranKas.map((k) => k?.value.toString())).toEqual([
    "76189000",
    "176189000",
    "176189000",
    "126183000",
  ]);
  const findings = validate([model]).filter((f) => f.row === row + 1);
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([["heading-row-sum", program.cell]]);
  expect(findings[0].message).toContain("digabung sampai");
  expect(findings[0].message).toContain("Rp 554.750.000");

  const generated = generateLkjip([built.grid]);
  if (!("specs" in generated) || !generated.source) throw new Error("not generated");
  const ra = generated.specs.find((s) => s.name === "LKjIP Realisasi Anggaran") as SheetSpec;
  const label = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH");
  const total = [2, 3].map((col) => ra.cells.find((c) => c.row === label?.row && c.col === col)?.cell.result);
  expect(total).toEqual([554_750_000, 510_614_900]);
});

test("a program row left empty without a merge is still reported empty, cell by cell", () => {
  const { built } = headingSheet(false);
  const rules = validate([pkModel(recognise(built.grid))]).map((f) => f.messageKey);
  expect(rules).toContain("pagu-vs-children.parent-empty");
  expect(rules).not.toContain("heading-row-sum");
});
