import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { Finding } from "../../src/core/model/finding";
import { catalogOf } from "../../src/core/model/messages";
import { headerTexts } from "../../src/taskpane/columns/headerText";
import { labelledAmounts } from "../../src/taskpane/findings/findingAmounts";
import { applyFilter, countFindings, groupFindings, listEntries } from "../../src/taskpane/findings/findingGroups";
import { mergeCorrections } from "../../src/taskpane/hooks/useAnalysis";
import { finding, TW4_FINDINGS } from "./fixtures";

describe("findings grouped for the list", () => {
  const f = (partial: Partial<Finding> & Pick<Finding, "rule" | "severity" | "cell">) => finding(partial);

  it("puts rows with an error first, then warnings, then info, each by row; errors first within a row", () => {
    const groups = groupFindings([
      f({ rule: "level-uncertain", severity: "info", cell: "M5" }),
      f({ rule: "realisasi-over-kas", severity: "warning", cell: "S9" }),
      f({ rule: "capaian-anggaran-mismatch", severity: "warning", cell: "T12" }),
      f({ rule: "kas-vs-pagu", severity: "error", cell: "N12" }),
      f({ rule: "missing-name", severity: "error", cell: "M30" }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].rows.map((r) => [r.row, r.worst])).toEqual([
      [12, "error"],
      [30, "error"],
      [9, "warning"],
      [5, "info"],
    ]);
    expect(groups[0].rows[0].findings.map((x) => x.cell)).toEqual(["N12", "T12"]);
  });

  it("orders a row's findings by column as Excel does (Z before AA), wherever they come in the list", () => {
    const groups = groupFindings([
      f({ rule: "realisasi-over-pagu", severity: "error", cell: "AB7" }),
      f({ rule: "kas-vs-pagu", severity: "error", cell: "N7" }),
      f({ rule: "capaian-anggaran-mismatch", severity: "warning", cell: "T7" }),
      f({ rule: "missing-name", severity: "error", cell: "M30" }),
      f({ rule: "realisasi-over-kas", severity: "error", cell: "Z7" }),
    ]);
    expect(groups[0].rows.map((r) => r.row)).toEqual([7, 30]);
    expect(groups[0].rows[0].findings.map((x) => x.cell)).toEqual(["N7", "Z7", "AB7", "T7"]);
    expect(groups[0].count).toBe(5);
  });

  it("counts severities, sheets and rules for the filters in one pass, with and without info", () => {
    const all = [
      f({ rule: "level-uncertain", severity: "info", cell: "M5", sheet: "TW IV" }),
      f({ rule: "kas-vs-pagu", severity: "error", cell: "N8", sheet: "TW IV" }),
      f({ rule: "kas-vs-pagu", severity: "error", cell: "N9", sheet: "TW I" }),
      f({ rule: "realisasi-over-kas", severity: "warning", cell: "S9", sheet: "TW I" }),
    ];
    expect(countFindings(all)).toEqual({
      severity: { error: 2, warning: 1, info: 1 },
      sheets: [
        ["TW IV", 2],
        ["TW I", 2],
      ],
      rules: [
        ["level-uncertain", 1],
        ["kas-vs-pagu", 2],
        ["realisasi-over-kas", 1],
      ],
      rulesWithoutInfo: [
        ["kas-vs-pagu", 2],
        ["realisasi-over-kas", 1],
      ],
    });
  });

  it("keeps sheets in the order their findings come, and a sheet-wide finding in a group of its own", () => {
    const groups = groupFindings([
      f({ rule: "kas-vs-pagu", severity: "error", cell: "N8", sheet: "TW IV" }),
      f({ rule: "unreadable-value", severity: "error", cell: "", row: null, sheet: "Data Pendukung" }),
      f({ rule: "kas-vs-pagu", severity: "error", cell: "N9", sheet: "TW I" }),
    ]);
    expect(groups.map((g) => g.sheet)).toEqual(["TW IV", "Data Pendukung", "TW I"]);
    expect(groups[1].rows[0].row).toBeNull();
    expect(listEntries(groups).map((e) => e.kind)).toEqual(["sheet", "row", "sheet", "row", "sheet", "row"]);
  });

  it("filters by rule, by sheet, and leaves info out unless asked", () => {
    const all = [...TW4_FINDINGS, { ...TW4_FINDINGS[0], sheet: "TW I" }];
    expect(applyFilter(all, { rule: null, sheet: null, showInfo: false })).toHaveLength(5);
    expect(applyFilter(all, { rule: null, sheet: null, showInfo: true })).toHaveLength(6);
    expect(applyFilter(all, { rule: "pagu-vs-children", sheet: null, showInfo: false })).toHaveLength(2);
    expect(applyFilter(all, { rule: "pagu-vs-children", sheet: "TW I", showInfo: false })).toHaveLength(1);
  });

  it("labels the two amounts per rule, in the language asked for", () => {
    const kas = TW4_FINDINGS.find((x) => x.rule === "kas-vs-pagu")!;
    expect(labelledAmounts(kas, catalogOf("id"))).toEqual([
      { label: "Pagu", value: "Rp 10.000.000" },
      { label: "Anggaran kas setahun", value: "Rp 9.000.000" },
    ]);
    expect(labelledAmounts(kas, catalogOf("en"))).toEqual([
      { label: "Pagu", value: "Rp 10,000,000" },
      { label: "Cash plan for the year", value: "Rp 9,000,000" },
    ]);
    const capaian = TW4_FINDINGS.find((x) => x.rule === "capaian-anggaran-mismatch")!;
    expect(labelledAmounts(capaian, catalogOf("id")).map((a) => a.value)).toEqual(["1,6%", "1,62%"]);
  });
});

describe("column corrections", () => {
  it("drops an earlier correction that held a column now given to another key", () => {
    expect(mergeCorrections({ pagu: 13, kode: 2 }, { uraian: 13 })).toEqual({ kode: 2, uraian: 13 });
    expect(mergeCorrections({ pagu: 13 }, { pagu: 14, kas1: 13 })).toEqual({ pagu: 14, kas1: 13 });
    expect(mergeCorrections({}, { kode: 0 })).toEqual({ kode: 0 });
  });

  it("reads each column's header text, a merged group heading first", () => {
    const grid = gridFromRows("TW IV", [
      ["", "", ""],
      ["NO", "ANGGARAN KAS", null],
      [null, "TW I", "TW II"],
    ]);
    grid.merges.push({ top: 1, left: 1, bottom: 1, right: 2 }, { top: 1, left: 0, bottom: 2, right: 0 });
    expect(headerTexts(grid, [1, 2], 3)).toEqual(["NO", "ANGGARAN KAS · TW I", "ANGGARAN KAS · TW II"]);
    expect(headerTexts(undefined, [1, 2], 2)).toEqual(["", ""]);
  });
});
