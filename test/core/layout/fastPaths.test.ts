import fc from "fast-check";
import { gridFromRows } from "../../../src/core/grid/gridBuilder";
import { GridCell } from "../../../src/core/grid/grid";
import { classifyHeader, normaliseHeader } from "../../../src/core/layout/headerWords";
import { BudgetRowDraft } from "../../../src/core/layout/drafts";
import { LevelHint, RowEvidence, sharedEvidence } from "../../../src/core/layout/levelEvidence";
import { buildLevels, levelFit } from "../../../src/core/layout/levels";
import { splitCode, wordLevel } from "../../../src/core/layout/levelWords";
import { partition, PartitionInput } from "../../../src/core/layout/partition";
import { CellReader, collapseSpaces, UNREADABLE } from "../../../src/core/layout/readCells";
import { D } from "../../../src/core/numbers/decimal";
import { LevelEvidence } from "../../../src/core/model/types";

/* Shortcuts taken for large sheets, each checked against the plain way it replaces. */

const SPACES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u2028"];
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SPACES),
      fc.constantFrom("a", "Z", "1", ".", "é", "Ü", "ñ", "~", "\u007f"),
      fc.string({ maxLength: 4 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(""));

test("collapseSpaces gives what the whitespace regular expression gives", () => {
  fc.assert(
    fc.property(text, (t) => {
      expect(collapseSpaces(t)).toBe(t.replace(/\s+/g, " ").trim());
    }),
    { numRuns: 5000 },
  );
  for (const t of ["", " ", "a", " a", "a ", "a  b", "a b", "PROGRAM PENUNJANG URUSAN 1", "a\u00a0b"])
    expect(collapseSpaces(t)).toBe(t.replace(/\s+/g, " ").trim());
});

const CODE_PREFIX = /^([0-9X]{1,2}(?:\.[0-9A-Z]{1,5}){2,})\.?(?:[\s:–—-]+|$)(.*)$/is;
const SPACED_CODE_PREFIX = /^([0-9X]{1,2}(?:\s*\.\s*[0-9A-Z]{1,5}){2,})\s*\.?(?:[\s:–—-]+|$)(.*)$/is;
function splitCodeByExpression(t: string): { kode?: string; name: string } {
  const m = CODE_PREFIX.exec(t) ?? SPACED_CODE_PREFIX.exec(t);
  return m ? { kode: m[1].replace(/\s+/g, ""), name: m[2].trim() } : { name: t };
}

test("splitCode skips its regular expression only for names that cannot start with a code", () => {
  const named = fc.oneof(
    text,
    fc
      .tuple(
        fc.constantFrom("2.18.03", "X.XX.01", "x.xx.01.2.01", "1.02", "2.18.03.2.01.0001", "1 . 03 . 01", "2 .18. 03"),
        fc.constantFrom(" ", ". ", " - ", ":", ""),
        text,
      )
      .map((p) => p.join("")),
  );
  fc.assert(
    fc.property(named, (t) => {
      expect(splitCode(t)).toEqual(splitCodeByExpression(t));
    }),
    { numRuns: 3000 },
  );
});

const NUMBERING = String.raw`(?:[0-9]{1,3}|[A-Za-z])[.)]\s+`;
const PROGRAM_WORD = new RegExp(`^(?:${NUMBERING})?PROGRAM\\b`, "i");
const SUB_WORD = new RegExp(`^(?:${NUMBERING})?SUB[\\s-]*KEGIATAN\\s*[:.\\-]`, "i");
const KEGIATAN_WORD = new RegExp(`^(?:${NUMBERING})?KEGIATAN\\s*[:.\\-]`, "i");
function wordLevelByExpression(name: string) {
  if (PROGRAM_WORD.test(name)) return "program";
  if (SUB_WORD.test(name)) return "subKegiatan";
  if (KEGIATAN_WORD.test(name)) return "kegiatan";
  return null;
}

test("wordLevel skips the expressions a name's first letters rule out", () => {
  const prefix = fc.constantFrom("", "1. ", "12) ", "a. ", "B) ", " ", "(", "ſ", "\u212a", "x");
  const word = fc.constantFrom(
    "PROGRAM",
    "program",
    "Sub Kegiatan:",
    "SUB-KEGIATAN.",
    "Kegiatan: ",
    "kegiatan -",
    "Penyediaan",
    "Kegiatan Promosi",
    "SUBKEGIATAN:",
  );
  fc.assert(
    fc.property(prefix, word, text, (p, w, rest) => {
      const name = p + w + rest;
      expect(wordLevel(name)).toBe(wordLevelByExpression(name));
      expect(wordLevel(rest)).toBe(wordLevelByExpression(rest));
    }),
    { numRuns: 3000 },
  );
});

test("a header label without a letter is never a header word, but for a lone %", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9% ]{0,12}$/), (label) => {
      if (label === "%") return;
      expect(classifyHeader(label)).toBeNull();
    }),
  );
  expect(classifyHeader("%")).toEqual({ kind: "ambiguous", what: "capaian" });
  expect(classifyHeader(normaliseHeader("TRW I"))).toEqual({ kind: "quarter", quarter: 1 });
  expect(classifyHeader(normaliseHeader("Pagu"))).toEqual({ kind: "key", key: "pagu" });
});

describe("partition finds the same groups with running totals in sen and in decimal.js", () => {
  const block = fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), { minLength: 1, maxLength: 40 });

  function groups(values: (number | null)[], scale: string, factor: 1 | 2, mustStart: boolean[], canStart: boolean[]) {
    const input: PartitionInput = {
      values: values.map((v) => (v === null ? null : new D(v).times(scale))),
      factor,
      minMembers: factor,
      canStart,
      mustStart,
    };
    return partition(input);
  }

  test("scaling every value beyond 2^53 sen (decimal.js) or to sen (exact) changes nothing", () => {
    fc.assert(
      fc.property(
        block,
        fc.constantFrom(1, 2),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (values, factor, flags) => {
          const f = factor as 1 | 2;
          const must = values.map((_, i) => flags[i] && i % 5 === 0);
          const can = values.map((_, i) => !flags[(i + 7) % 40] || i % 3 !== 0);
          const exact = groups(values, "0.01", f, must, can);
          expect(groups(values, "1e20", f, must, can)).toEqual(exact);
          expect(groups(values, "1000", f, must, can)).toEqual(exact);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("levelFit counts what buildLevels counts, without building the tree", () => {
  const HINTS: [LevelHint, LevelEvidence | undefined][] = [
    ["program", "kata"],
    ["kegiatan", "format"],
    ["subKegiatan", "format"],
    ["subKegiatan", "kode"],
    ["notProgram", undefined],
    ["programOrKegiatan", undefined],
    ["unknown", undefined],
  ];
  const row = fc.record({
    pagu: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    hint: fc.nat(HINTS.length - 1),
  });

  test("on random rows and evidence", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const drafts: BudgetRowDraft[] = rows.map((r, i) => ({
          row: i,
          name: `Baris ${i}`,
          cell: `M${i + 1}`,
          pagu: r.pagu === null ? null : { value: new D(r.pagu), decimals: 0, cell: `N${i + 1}` },
          anggaranKas: [null, null, null, null],
          realisasi: null,
          capaian: null,
          bold: false,
          indent: 0,
        }));
        const evidence = new Map<BudgetRowDraft, RowEvidence>(
          drafts.map((d, i) => [d, sharedEvidence(HINTS[rows[i].hint][0], HINTS[rows[i].hint][1])]),
        );
        const built = buildLevels(drafts, evidence, "TW IV");
        expect(levelFit(drafts, evidence)).toEqual({ closedRows: built.closedRows, orphanSubs: built.orphanSubs });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("CellReader.numberCell reads what CellReader.number reads", () => {
  const cellValue = fc.oneof(
    fc.double(),
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.constantFrom(0, -0, 45.67, 0.3955, 1e21, Infinity, NaN),
    fc.constantFrom("1.234.000,00", "0,39%", "-", "#####", "abc", "Rp 1.000", "", " ", true),
  );
  const gridCell: fc.Arbitrary<GridCell | undefined> = fc.option(
    fc.record(
      {
        value: cellValue,
        numFmt: fc.constantFrom("#,##0", "#,##0.00", "0.00%", "General", "0.0"),
        text: fc.constantFrom("#####", "12", " "),
      },
      { requiredKeys: ["value"] },
    ) as fc.Arbitrary<GridCell>,
    { nil: undefined },
  );

  test("the same value, presence and findings for every cell, merged or not", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(gridCell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (rows, merged) => {
          const merges = merged ? [{ top: 0, left: 1, bottom: Math.min(1, rows.length - 1), right: 2 }] : [];
          const grid = gridFromRows("TW IV", rows, merges);
          const plain = new CellReader(grid);
          const quick = new CellReader(grid);
          for (let r = 0; r < rows.length; r++) {
            for (const c of [0, 1, 2, 3, undefined]) {
              const read = plain.number(r, c);
              expect(quick.numberCell(r, c)).toEqual(read.present ? (read.value ?? UNREADABLE) : null);
            }
          }
          expect(quick.findings).toEqual(plain.findings);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("CellReader.isBlank: a cell it passes over is one no read finds anything in", () => {
  const cellValue = fc.constantFrom<GridCell["value"]>(null, "", " ", 0, 12, "-", "#####", "Rp ?", "BB");
  const gridCell: fc.Arbitrary<GridCell | undefined> = fc.option(
    fc.record(
      {
        value: cellValue,
        text: fc.constantFrom("", "#####", "12"),
        formula: fc.constantFrom("SUM(A1:A3)", "Renstra!D12"),
        numFmt: fc.constantFrom("#,##0", "0.00%", "dd/mm/yyyy"),
      },
      { requiredKeys: ["value"] },
    ) as fc.Arbitrary<GridCell>,
    { nil: undefined },
  );

  test("every read of a blank cell gives nothing and says nothing (the indikator half's shortcut)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(gridCell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("none", "across", "down"),
        (rows, merged) => {
          const bottom = Math.min(1, rows.length - 1);
          const merges =
            merged === "across"
              ? [{ top: 0, left: 0, bottom: 0, right: 2 }]
              : merged === "down"
                ? [{ top: 0, left: 1, bottom, right: 1 }]
                : [];
          const grid = gridFromRows("TW IV", rows, merges);
          for (let r = 0; r < rows.length; r++) {
            for (const c of [0, 1, 2]) {
              const reader = new CellReader(grid);
              if (!reader.isBlank(r, c)) continue;
              expect(reader.text(r, c)).toBe("");
              expect(reader.nameText(r, c)).toBe("");
              expect(reader.number(r, c).present).toBe(false);
              expect(reader.kinerja(r, c).present).toBe(false);
              expect(reader.amountCell(r, c)).toBeNull();
              expect(reader.findings).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  test("a formula saved without its result, shown text or a merge is not blank", () => {
    const grid = gridFromRows(
      "TW IV",
      [[{ value: null, formula: "SUM(A2:A3)" }, { value: null, text: "#####" }, { value: "x" }, undefined]],
      [{ top: 0, left: 2, bottom: 0, right: 3 }],
    );
    const reader = new CellReader(grid);
    expect([0, 1, 2, 3, 4].map((c) => reader.isBlank(0, c))).toEqual([false, false, false, false, true]);
  });
});

test("a code typed with spaces around its dots is the code without them", () => {
  expect(splitCode("1 . 03 . 01 PROGRAM PENUNJANG")).toEqual({ kode: "1.03.01", name: "PROGRAM PENUNJANG" });
  expect(splitCode("1 . 03 . 01 . 2 . 01 . 0001 Penyusunan Dokumen")).toEqual({
    kode: "1.03.01.2.01.0001",
    name: "Penyusunan Dokumen",
  });
  expect(splitCode("2 . 5 hektar lahan")).toEqual({ name: "2 . 5 hektar lahan" });
});
