import { absoluteRangeA1, quoteSheetName } from "../../core/grid/address";
import { WrittenSheet } from "../../core/ports/workbookPort";
import { SheetSpec } from "../../core/tables/sheetSpec";
import { specFingerprint } from "../../core/workbook/fingerprint";
import { MARK_NAME, markFormula, MarkKind, markSubject } from "../../core/workbook/marks";
import { SheetAction } from "../../core/workbook/sheetPlan";
import { carriedElements } from "./carriedElements";
import { CellNote, removeSheetComments, writeSheetComments } from "./sheetComments";
import { TYPES } from "./contentTypes";
import { appendRows } from "./dataPendukungAppend";
import { relsPartOf } from "./relationships";
import { SheetGridReader } from "./sheetCatalog";
import { worksheetXml, writtenPageSetup } from "./worksheetXml";
import { WorkbookPackage } from "./workbookPackage";
import { SheetState } from "./workbookXml";

const PRINT_TITLES = "_xlnm.Print_Titles";
const FILTER_DATABASE = "_xlnm._FilterDatabase";
const PRINT_AREA = "_xlnm.Print_Area";

/** Writes generated sheets into a package: new parts, in-place updates, Data Pendukung rows, removals, marks. */
export class SheetWriter {
  constructor(
    private readonly pkg: WorkbookPackage,
    private readonly finalNames: ReadonlyMap<string, string>,
  ) {}

  /** `before`: for a sheet to add, the sheet it goes before (SheetPlan.before); null: after every sheet. */
  apply(
    spec: SheetSpec,
    action: SheetAction,
    read: SheetGridReader,
    before: string | null = null,
  ): Pick<WrittenSheet, "name" | "status" | "keptPrint"> {
    switch (action.type) {
      case "add":
        this.addSheet(action.name, (part) => this.xml(spec, this.notes(part, spec)), "visible", before);
        this.setNames(action.name, spec);
        return { name: action.name, status: "new" };
      case "update":
        return this.updateSheet(action.name, spec)
          ? { name: action.name, status: "updated", keptPrint: true }
          : { name: action.name, status: "updated" };
      case "append": {
        const part = this.partOf(action.name);
        const added = appendRows(this.pkg, part, read(action.name), spec, (look) => this.pkg.styles().xfOf(look));
        this.setMark(action.name, spec.kind, spec.name, "", action.name);
        return { name: action.name, status: added > 0 ? "appended" : "unchanged" };
      }
      case "none":
        return { name: null, status: "unchanged" };
    }
  }

  /** The sheet's cell notes as a comments part: the `<legacyDrawing>` to write in it, if any changed. */
  private notes(part: string, spec: SheetSpec): { legacyDrawing?: string } {
    const notes: CellNote[] = spec.cells.flatMap(({ row, col, cell }) =>
      cell.note ? [{ row, col, text: cell.note }] : [],
    );
    const legacy = writeSheetComments(this.pkg, part, notes);
    if (legacy !== undefined) this.pkg.touch("contentTypes");
    return legacy ? { legacyDrawing: legacy } : {};
  }

  private xml(spec: SheetSpec, carried = {}): string {
    return worksheetXml(
      spec,
      { finalNames: this.finalNames, styleOf: (look) => this.pkg.styles().xfOf(look), flavor: this.pkg.flavor },
      carried,
    );
  }

  /**
   * A new worksheet part, registered in workbook.xml (after every sheet, or before the sheet named `before`), its
   * rels, content types, app.xml.
   */
  addSheet(
    name: string,
    xml: string | ((part: string) => string),
    state: SheetState,
    before: string | null = null,
  ): void {
    const pkg = this.pkg;
    const part = pkg.freePartName("xl/worksheets", "sheet", "xml");
    pkg.setText(part, typeof xml === "string" ? xml : xml(part));
    const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1);
    const target = part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
    const rId = pkg.workbookRels().add(pkg.flavor.relType("worksheet"), target);
    pkg.contentTypes().setOverride(part, TYPES.worksheet);
    const titles = pkg
      .workbook()
      .sheets()
      .map((s) => s.name);
    const at = before === null ? undefined : pkg.workbook().indexOf(before);
    const index = pkg.workbook().addSheet(name, rId, state, at);
    pkg.app()?.addWorksheet(name, titles, at === undefined ? undefined : index);
    pkg.touch("workbookRels");
    pkg.touch("contentTypes");
    pkg.touch("workbook");
    pkg.touch("app");
  }

  /** Rewrites the sheet; true when the officer's own print settings on it were kept. */
  private updateSheet(name: string, spec: SheetSpec): boolean {
    const part = this.partOf(name);
    const carried = carriedElements(this.pkg.text(part) ?? "", part, writtenPageSetup(spec));
    // A table sheet has no drop-down list or link of ours: any it has are the officer's. Elsewhere (Hasil
    // Pemeriksaan's links to the findings' cells) they are ours, written anew.
    if (spec.kind !== "lkjip-table") {
      delete carried.dataValidation;
      delete carried.dataValidationsAttributes;
      delete carried.hyperlink;
      delete carried.autoFilter;
    }
    const notes: CellNote[] = spec.cells.flatMap(({ row, col, cell }) =>
      cell.note ? [{ row, col, text: cell.note }] : [],
    );
    // Our notes and the officer's share the sheet's one comments part: it is rewritten, the officer's kept.
    const legacy = writeSheetComments(this.pkg, part, notes);
    if (legacy !== undefined) {
      this.pkg.touch("contentTypes");
      if (legacy === null) delete carried.legacyDrawing;
      else carried.legacyDrawing = legacy;
    }
    this.pkg.setText(part, this.xml(spec, carried));
    this.setNames(name, spec, carried.autoFilter !== undefined);
    return carried.officerPrint !== undefined;
  }

  /**
   * The mark, print titles and filter range of a generated sheet (replacing its earlier ones); `officersFilter`: the
   * officer's filter buttons stay, and the filter range name with them.
   */
  private setNames(name: string, spec: SheetSpec, officersFilter = false): void {
    const wb = this.pkg.workbook();
    const index = wb.indexOf(name);
    const ref = (a: string) => `${quoteSheetName(name)}!${a}`;
    if (spec.print.area) wb.setDefinedName(PRINT_AREA, index, ref(absoluteRangeA1(spec.print.area)));
    else wb.removeDefinedName(PRINT_AREA, index);
    const rows = spec.print.repeatRows;
    if (rows) wb.setDefinedName(PRINT_TITLES, index, ref(`$${rows[0] + 1}:$${rows[1] + 1}`));
    else wb.removeDefinedName(PRINT_TITLES, index);
    if (spec.autoFilter) wb.setDefinedName(FILTER_DATABASE, index, ref(absoluteRangeA1(spec.autoFilter)), true);
    else if (!officersFilter) wb.removeDefinedName(FILTER_DATABASE, index);
    if (spec.kind === "data-pendukung") this.setMark(name, spec.kind, spec.name, "", name);
    else this.setMark(name, spec.kind, spec.name, specFingerprint(spec, this.finalNames), name, spec.subject);
  }

  /** `written`: the name the sheet is written under (SheetMark.sheet); `subject`: SheetSpec.subject. */
  setMark(name: string, kind: MarkKind, key: string, fingerprint: string, written?: string, subject?: string): void {
    const wb = this.pkg.workbook();
    const mark = {
      kind,
      key,
      fingerprint,
      ...(written === undefined ? {} : { sheet: written }),
      ...(subject === undefined ? {} : { subject: markSubject(subject) }),
    };
    wb.setDefinedName(MARK_NAME, wb.indexOf(name), markFormula(mark), true);
    this.pkg.touch("workbook");
  }

  removeSheet(name: string): void {
    const pkg = this.pkg;
    const wb = pkg.workbook();
    const index = wb.indexOf(name);
    if (index < 0) return;
    const entry = wb.sheets()[index];
    const part = pkg.sheetPart(index);
    if (part) {
      removeSheetComments(pkg, part);
      pkg.remove(part);
      pkg.remove(relsPartOf(part));
      pkg.contentTypes().removeOverride(part);
    }
    pkg.workbookRels().remove(entry.rId);
    pkg.app()?.removeWorksheet(
      name,
      wb.sheets().map((s) => s.name),
    );
    wb.removeSheet(index);
    for (const editor of ["workbookRels", "contentTypes", "workbook", "app"] as const) pkg.touch(editor);
  }

  private partOf(name: string): string {
    const part = this.pkg.sheetPart(this.pkg.workbook().indexOf(name));
    if (!part || !this.pkg.has(part)) throw new Error(`Bagian lembar "${name}" tidak ada di paket.`);
    return part;
  }
}
