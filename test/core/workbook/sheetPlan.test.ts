import {
  dataPendukungCopiesOf,
  dataPendukungSheetOf,
  ExistingSheet,
  planSheets,
  PlannedSpec,
} from "../../../src/core/workbook/sheetPlan";
import { markSubject } from "../../../src/core/workbook/marks";

const table = (name: string): PlannedSpec => ({ name, kind: "lkjip-table" });
const marked = (name: string, key: string, fingerprint: string, now = fingerprint): ExistingSheet => ({
  name,
  mark: { kind: "lkjip-table", key, fingerprint },
  fingerprint: now,
});
const user = (name: string): ExistingSheet => ({ name, mark: null });

describe("planSheets", () => {
  test("first run: new sheets, names of the user's sheets get a suffix", () => {
    const plan = planSheets([user("TW IV"), user("LKjIP SS I")], [table("LKjIP SS I"), table("LKjIP Bab II")]);
    expect(plan.actions).toEqual([
      { type: "add", name: "LKjIP SS I (2)" },
      { type: "add", name: "LKjIP Bab II" },
    ]);
    expect(plan.remove).toEqual([]);
    expect(plan.registry).toEqual({ name: "_lkjip", exists: false });
  });

  test("a sheet to add goes before the sheet of the next table that stays; none stays after it: at the end (dp35 D3)", () => {
    const specs = [
      table("LKjIP Bab II"),
      table("LKjIP SS I"),
      table("LKjIP SS II"),
      table("LKjIP SS III"),
      { name: "Data Pendukung", kind: "data-pendukung" } as PlannedSpec,
    ];
    // SS I edited (kept, its new version added), SS II deleted by the officer, SS III there; Data Pendukung theirs.
    const plan = planSheets(
      [
        user("TW IV"),
        marked("LKjIP Bab II", "LKjIP Bab II", "a"),
        marked("LKjIP SS I", "LKjIP SS I", "a", "b"),
        marked("LKjIP SS III", "LKjIP SS III", "a"),
        { name: "Data Pendukung", mark: { kind: "data-pendukung", key: "Data Pendukung", fingerprint: "" } },
      ],
      specs,
    );
    expect(plan.actions.map((a) => a.type)).toEqual(["update", "add", "add", "update", "none"]);
    expect(plan.before).toEqual([null, "LKjIP SS III", "LKjIP SS III", null, null]);
    // The officer's own sheet right after the edited one: the new version goes before it, right after theirs (keep40).
    const withNote = planSheets(
      [
        user("TW IV"),
        marked("LKjIP Bab II", "LKjIP Bab II", "a"),
        marked("LKjIP SS I", "LKjIP SS I", "a", "b"),
        user("Catatan"),
        marked("LKjIP SS III", "LKjIP SS III", "a"),
      ],
      specs,
    );
    expect(withNote.before).toEqual([null, "Catatan", "LKjIP SS III", null, null]);
    // A first run: nothing of ours is there, Data Pendukung included; everything goes at the end.
    expect(planSheets([user("TW IV")], specs).before).toEqual([null, null, null, null, null]);
  });

  test("re-run: unedited sheets are updated in place, by mark not by name", () => {
    const plan = planSheets([user("TW IV"), marked("Renamed", "LKjIP SS I", "a")], [table("LKjIP SS I")]);
    expect(plan.actions).toEqual([{ type: "update", name: "Renamed", edited: false }]);
  });

  test("an edited sheet is kept and the spec goes beside it; next run updates that copy", () => {
    const first = planSheets([marked("LKjIP SS I", "LKjIP SS I", "a", "b")], [table("LKjIP SS I")]);
    expect(first.actions).toEqual([{ type: "add", name: "LKjIP SS I (2)" }]);
    expect(first.kept).toEqual([{ name: "LKjIP SS I", spec: 0 }]);
    const second = planSheets(
      [marked("LKjIP SS I", "LKjIP SS I", "a", "b"), marked("LKjIP SS I (2)", "LKjIP SS I", "c")],
      [table("LKjIP SS I")],
    );
    expect(second.actions).toEqual([{ type: "update", name: "LKjIP SS I (2)", edited: false }]);
    expect(second.kept).toEqual([{ name: "LKjIP SS I", spec: 0 }]);
    expect(second.remove).toEqual([]);
  });

  test("a kept sheet about another sasaran than its table now is says both (its mark records the one it held)", () => {
    const held = { ...marked("LKjIP SS II", "LKjIP SS II", "a", "b") };
    held.mark = {
      ...(held.mark as NonNullable<ExistingSheet["mark"]>),
      subject: markSubject("Meningkatnya kualitas gizi"),
    };
    const spec = { ...table("LKjIP SS II"), subject: "Meningkatnya penempatan tenaga kerja" };
    expect(planSheets([held], [spec]).kept).toEqual([
      {
        name: "LKjIP SS II",
        spec: 0,
        subject: { was: "Meningkatnya kualitas gizi", now: "Meningkatnya penempatan tenaga kerja" },
      },
    ]);
    // The same sasaran: nothing more to say than that it was kept.
    expect(planSheets([held], [{ ...spec, subject: "Meningkatnya kualitas gizi" }]).kept).toEqual([
      { name: "LKjIP SS II", spec: 0 },
    ]);
  });

  test("replaceEdited replaces in place; the copy written beside it earlier is left as it is", () => {
    const existing = [marked("LKjIP SS I", "LKjIP SS I", "a", "b"), marked("LKjIP SS I (2)", "LKjIP SS I", "c")];
    const plan = planSheets(existing, [table("LKjIP SS I")], { replaceEdited: ["lkjip ss i"] });
    expect(plan.actions).toEqual([{ type: "update", name: "LKjIP SS I", edited: true }]);
    expect(plan.remove).toEqual([]);
    expect(plan.kept).toEqual([]);
  });

  test("a sheet no longer built that holds the officer's chart or comment is kept, even with replaceEdited", () => {
    const attached: ExistingSheet = { ...marked("LKjIP SS IV", "LKjIP SS IV", "a"), officerAttachments: true };
    for (const replaceEdited of [false, true]) {
      const plan = planSheets([attached, marked("LKjIP SS V", "LKjIP SS V", "b")], [], { replaceEdited });
      expect(plan.remove).toEqual(["LKjIP SS V"]);
      expect(plan.kept).toEqual([{ name: "LKjIP SS IV", spec: -1 }]);
    }
    // Still built: updated in place as before (the adapter carries the chart and the officer's comments over).
    const plan = planSheets([attached], [table("LKjIP SS IV")]);
    expect(plan.actions).toEqual([{ type: "update", name: "LKjIP SS IV", edited: false }]);
    expect(plan.kept).toEqual([]);
  });

  test("a copy of a generated sheet (it carries the same mark) is never removed nor written", () => {
    const existing = [marked("LKjIP SS I", "LKjIP SS I", "a"), marked("Salinan SS I", "LKjIP SS I", "a")];
    const plan = planSheets(existing, [table("LKjIP SS I")]);
    expect(plan.actions).toEqual([{ type: "update", name: "LKjIP SS I", edited: false }]);
    expect(plan.remove).toEqual([]);
  });

  test("a copy made in Excel of a sheet the officer then typed into is theirs: the new version goes to a new sheet", () => {
    // The mark records the name each table was written under; Excel's copy carries it along under "… (2)".
    const mark = { kind: "lkjip-table" as const, key: "LKjIP SS III", fingerprint: "a", sheet: "LKjIP SS III" };
    const original: ExistingSheet = { name: "LKjIP SS III", mark, fingerprint: "typed" };
    const copy: ExistingSheet = { name: "LKjIP SS III (2)", mark, fingerprint: "a" };
    const plan = planSheets([original, copy], [table("LKjIP SS III")]);
    expect(plan.actions).toEqual([{ type: "add", name: "LKjIP SS III (3)" }]);
    expect(plan.kept).toEqual([{ name: "LKjIP SS III", spec: 0 }]);
    expect(plan.stale).toEqual([{ name: "LKjIP SS III (2)", current: "LKjIP SS III (3)" }]);
    expect(plan.remove).toEqual([]);
    // The version written beside the edited sheet records its own name: the next run updates it, not the copy.
    const beside: ExistingSheet = {
      name: "LKjIP SS III (3)",
      mark: { ...mark, sheet: "LKjIP SS III (3)" },
      fingerprint: "a",
    };
    const next = planSheets([original, copy, beside], [table("LKjIP SS III")]);
    expect(next.actions).toEqual([{ type: "update", name: "LKjIP SS III (3)", edited: false }]);
    // Renamed, with no sheet left under the name it was written as: still ours, updated where it stands.
    const renamed = planSheets([{ name: "Tabel SS III", mark, fingerprint: "a" }], [table("LKjIP SS III")]);
    expect(renamed.actions).toEqual([{ type: "update", name: "Tabel SS III", edited: false }]);
  });

  test("a generated sheet no longer made is left, not removed, while formulas of the officer's refer to it", () => {
    const ss4: ExistingSheet = { ...marked("LKjIP SS IV", "LKjIP SS IV", "a"), referencedBy: ["Rekap"] };
    const plan = planSheets([marked("LKjIP SS I", "LKjIP SS I", "a"), ss4, user("Rekap")], [table("LKjIP SS I")]);
    expect(plan.remove).toEqual([]);
    expect(plan.referenced).toEqual([{ name: "LKjIP SS IV", by: ["Rekap"] }]);
    const unreferenced = planSheets([marked("LKjIP SS IV", "LKjIP SS IV", "a")], [table("LKjIP SS I")]);
    expect(unreferenced.remove).toEqual(["LKjIP SS IV"]);
  });

  test("stale unedited sheets are removed, stale edited ones kept; user sheets never appear", () => {
    const plan = planSheets(
      [
        user("LKjIP SS III"),
        marked("LKjIP SS III (2)", "LKjIP SS III", "a"),
        marked("Catatan", "LKjIP SS IV", "a", "z"),
      ],
      [table("LKjIP SS I")],
    );
    expect(plan.remove).toEqual(["LKjIP SS III (2)"]);
    expect(plan.kept).toEqual([{ name: "Catatan", spec: -1 }]);
  });

  test("Data Pendukung: created once, then only appended to, found by mark or by its name", () => {
    const dp: PlannedSpec = { name: "Data Pendukung", kind: "data-pendukung" };
    const add: PlannedSpec = { name: "Data Pendukung", kind: "data-pendukung", append: true };
    expect(planSheets([user("TW IV")], [dp]).actions).toEqual([{ type: "add", name: "Data Pendukung" }]);
    expect(planSheets([user("Data Pendukung")], [add]).actions).toEqual([{ type: "append", name: "Data Pendukung" }]);
    const markedDp: ExistingSheet = {
      name: "DP kantor",
      mark: { kind: "data-pendukung", key: "Data Pendukung", fingerprint: "" },
    };
    expect(planSheets([markedDp], [add]).actions).toEqual([{ type: "append", name: "DP kantor" }]);
  });

  test("a Data Pendukung of the officer's own (foreign by its content) is never chosen: ours gets a suffix", () => {
    const dp: PlannedSpec = { name: "Data Pendukung", kind: "data-pendukung" };
    const theirs: ExistingSheet = { name: "Data Pendukung", mark: null, foreign: true };
    expect(dataPendukungSheetOf([theirs])).toBeUndefined();
    expect(planSheets([theirs], [dp]).actions).toEqual([{ type: "add", name: "Data Pendukung (2)" }]);
  });

  test("after an edited sheet is replaced, the version written beside it earlier is named as old, never removed", () => {
    const edited = marked("LKjIP SS I", "LKjIP SS I", "a", "diketik");
    const beside = marked("LKjIP SS I (2)", "LKjIP SS I", "b");
    const plain = planSheets([edited, beside], [table("LKjIP SS I")]);
    expect(plain.actions).toEqual([{ type: "update", name: "LKjIP SS I (2)", edited: false }]);
    expect(plain.stale).toEqual([]);
    const replaced = planSheets([edited, beside], [table("LKjIP SS I")], { replaceEdited: true });
    expect(replaced.actions).toEqual([{ type: "update", name: "LKjIP SS I", edited: true }]);
    expect(replaced.remove).toEqual([]);
    expect(replaced.stale).toEqual([{ name: "LKjIP SS I (2)", current: "LKjIP SS I" }]);
  });

  test("a copy of Data Pendukung made in Excel carries the mark: the original is read, wherever the copy stands", () => {
    const add: PlannedSpec = { name: "Data Pendukung", kind: "data-pendukung", append: true };
    const dpMark = { kind: "data-pendukung" as const, key: "Data Pendukung", fingerprint: "" };
    // Excel's Move or Copy puts the copy before the sheet it copies, and names it "… (2)".
    const copy: ExistingSheet = { name: "DP 2022 (2)", mark: dpMark };
    const original: ExistingSheet = { name: "DP 2022", mark: dpMark };
    expect(dataPendukungSheetOf([copy, original])).toBe(original);
    expect(dataPendukungCopiesOf([copy, original])).toEqual([copy]);
    expect(planSheets([copy, original], [add]).actions).toEqual([{ type: "append", name: "DP 2022" }]);
    // Two marked sheets with unrelated names: the first is read, the other named as a copy.
    const other: ExistingSheet = { name: "Cadangan DP", mark: dpMark };
    expect(dataPendukungSheetOf([original, other])).toBe(original);
    expect(dataPendukungCopiesOf([original, other])).toEqual([other]);
    expect(dataPendukungCopiesOf([original])).toEqual([]);
  });

  test("version 1: listed sheets are adopted (updated, migrated); a user's own _lkjip is not the registry", () => {
    const plan = planSheets(
      [
        user("_lkjip"),
        { name: "LKjIP SS I", mark: null, legacyKind: "lkjip-table" },
        { name: "_lkjip (2)", mark: null, legacyRegistry: true },
      ],
      [table("LKjIP SS I")],
    );
    expect(plan.actions).toEqual([{ type: "update", name: "LKjIP SS I", edited: false }]);
    expect(plan.migrated).toEqual(["LKjIP SS I"]);
    expect(plan.registry).toEqual({ name: "_lkjip (2)", exists: true });
    expect(planSheets([user("_lkjip")], []).registry).toEqual({ name: "_lkjip (2)", exists: false });
  });
});
