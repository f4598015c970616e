import fc from "fast-check";
import { D } from "../../../src/core/numbers/decimal";
import { SheetModel } from "../../../src/core/model/sheetModel";
import { POLARITAS } from "../../../src/core/formulas/polaritas";
import { RULE_SEVERITY, RULE_SEVERITY_RAISED } from "../../../src/core/model/finding";
import { SHEET_RULES, validate } from "../../../src/core/validation/validate";
import { realisasiDecreased } from "../../../src/core/validation/rules/realisasiDecreased";
import { COLUMNS } from "./factory";

const decimal = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map((n) => new D(n)),
  fc.double().map((n) => new D(n)),
  fc.constantFrom(new D(0), new D(-0), new D("1e30"), new D("0.005")),
);
const address = fc.constantFrom("A1", "N34", "S10", "T8", "", "bad", "$B$2", "ZZZ9");
const numberCell = fc.option(
  fc.record({
    value: decimal,
    decimals: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(-1), fc.double()),
    cell: address,
  }),
  { nil: null },
);
const quarterly = fc.tuple(numberCell, numberCell, numberCell, numberCell);
const name = fc.constantFrom("Program A", "program  a", "Kegiatan", "", "  ", "Sub", "Sub");
const row = fc.integer({ min: -2, max: 40 });

const budgetFields = {
  name,
  cell: address,
  row,
  pagu: numberCell,
  anggaranKas: quarterly,
  realisasi: numberCell,
  capaian: numberCell,
  levelEvidence: fc.constantFrom("kode", "kata", "format", "aritmetika", "posisi"),
};
const subKegiatan = fc.record({ ...budgetFields, level: fc.constant("subKegiatan") });
const kegiatan = fc.record({
  ...budgetFields,
  level: fc.constant("kegiatan"),
  subKegiatan: fc.array(subKegiatan, { maxLength: 3 }),
});
const program = fc.record({
  ...budgetFields,
  level: fc.constant("program"),
  kegiatan: fc.array(kegiatan, { maxLength: 3 }),
});
const indikator = fc.record({
  name,
  cell: address,
  formulasi: fc.array(fc.string(), { maxLength: 2 }),
  target: quarterly,
  realisasi: numberCell,
  capaian: numberCell,
  persen: fc.boolean(),
  row,
});
const sasaran = fc.record({
  name,
  cell: address,
  row,
  indikator: fc.array(indikator, { maxLength: 3 }),
  program: fc.array(program, { maxLength: 3 }),
});
const columns = fc.oneof(
  fc.constant(COLUMNS),
  fc.dictionary(fc.constantFrom(...Object.keys(COLUMNS)), fc.integer({ min: -1, max: 30 })),
);

const model: fc.Arbitrary<SheetModel> = fc.record({
  sheet: fc.constantFrom("TW I", "TW II", "TW IV", ""),
  triwulan: fc.option(fc.integer({ min: -1, max: 6 }), { nil: null }),
  tahun: fc.option(fc.constantFrom(2021, 2022), { nil: null }),
  title: fc.array(fc.string(), { maxLength: 2 }),
  columns,
  headerRows: fc.constant([0, 1] as [number, number]),
  dataRows: fc.constant([2, 40] as [number, number]),
  tujuan: fc.array(fc.record({ name, cell: address, row, sasaran: fc.array(sasaran, { maxLength: 2 }) }), {
    maxLength: 2,
  }),
  findings: fc.array(
    fc.record({
      rule: fc.constantFrom("unreadable-value", "missing-name", "level-uncertain"),
      severity: fc.constantFrom("error", "info"),
      sheet: fc.constant("TW I"),
      cell: address,
      expected: fc.constant(null),
      actual: fc.oneof(fc.constant(null), fc.string()),
      message: fc.string(),
    }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<SheetModel>;

const polaritasLookup = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...POLARITAS).map((p) => () => p),
  fc.constant(() => {
    throw new Error("lookup failed");
  }),
);

test("each rule alone never throws on well-typed arbitrary models, and gives well-formed findings", () => {
  fc.assert(
    fc.property(fc.array(model, { maxLength: 3 }), polaritasLookup, (models, polaritas) => {
      for (const m of models) {
        for (const rule of SHEET_RULES) {
          for (const f of rule(m, { polaritas })) {
            expect([RULE_SEVERITY[f.rule], RULE_SEVERITY_RAISED[f.rule]]).toContain(f.severity);
            expect(typeof f.cell).toBe("string");
            expect(typeof f.message).toBe("string");
            if (typeof f.expected === "number") expect(Number.isNaN(f.expected)).toBe(false);
          }
        }
      }
      realisasiDecreased(models);
    }),
    { numRuns: 300 },
  );
});

test("validate never throws, even on models that break their types, and never repeats a rule+sheet+cell", () => {
  const garbage = fc.oneof(model, fc.anything() as fc.Arbitrary<unknown>);
  fc.assert(
    fc.property(fc.array(garbage, { maxLength: 3 }), polaritasLookup, (models, polaritas) => {
      const findings = validate(models as SheetModel[], { polaritas });
      const keys = findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}`);
      expect(new Set(keys).size).toBe(keys.length);
    }),
    { numRuns: 300 },
  );
  expect(validate(null as never)).toEqual([]);
  expect(validate([{} as SheetModel, null as never])).toEqual([]);
});
