import { WriteOptions, WriteReport, WrittenSheet } from "../core/ports/workbookPort";
import { SheetSpec } from "../core/tables/sheetSpec";
import { specFingerprint } from "../core/workbook/fingerprint";
import {
  dataPendukungSheetOf,
  noteReferences,
  planSheets,
  replacedBy,
  SheetAction,
  sheetsToCheckForReferences,
} from "../core/workbook/sheetPlan";
import { appendArea, appendSteps } from "./appendSteps";
import { AreaRequest, ContentBlock, readAreas } from "./areaContent";
import { clearSheetSteps } from "./clearSteps";
import { readFigureNotes } from "./noteSteps";
import { blocksFingerprint } from "./contentFingerprint";
import { markStep } from "./markSteps";
import { markSubject } from "../core/workbook/marks";
import { OfficerLooks, readOfficerLooks } from "./officerLooks";
import { OfficerPrint, officerSettings, queuePageLayouts } from "./officerPrint";
import { ErrorScope } from "./officeErrors";
import { narrowToProtectedSheets } from "./protectedSheets";
import { settingsSheetSteps } from "./registrySheet";
import { RequestBudget, STATEMENT_BYTES } from "./requestBudget";
import { CatalogSheet, existingSheets, fingerprintedSheets, readSheetCatalog } from "./sheetCatalog";
import { noteAttachments, sheetsWithOfficerAttachments } from "./officerAttachments";
import { officerReferences } from "./sheetReferences";
import { sheetSpecSteps } from "./sheetSpecSteps";
import { assertPlanWritesOnlyOurs } from "./writeGuard";
import { runWriteSteps, WriteStep } from "./writeSteps";
import { keptBeside, writeReport } from "../core/workbook/writeReport";

const DATA_PENDUKUNG_KEY = "\u0000data-pendukung";

/** What a write will do that Excel's Undo cannot take back, known once the plan is made and before any write. */
export interface UndolessOperations {
  /** Worksheet.delete: unedited generated sheets no spec writes any more. */
  deletes: string[];
  /** Worksheet.visibility: the settings sheet of a version-1 workbook, hidden again while it is migrated. */
  hides: string[];
}

/** Looks at the plan before anything is written; may throw to stop the write. */
export type WriteGuard = (undoless: UndolessOperations) => void;

/** The write holds an operation Excel cannot undo, so it cannot be one undo group. Nothing was written. */
export class NotUndoable extends Error {
  constructor(readonly undoless: UndolessOperations) {
    super("Penulisan ini memuat perubahan yang tidak dapat diurungkan Excel.");
    this.name = "NotUndoable";
  }
}

/**
 * Microsoft's list of APIs without undo support (learn.microsoft.com, "Undo support with the Excel JavaScript
 * API") names Worksheet.delete everywhere and Worksheet.visibility on Windows and Mac; adding sheets, writing and
 * clearing ranges, formats, names and page layout are not on it. Both are refused, whatever the platform.
 */
export const refuseUndoless: WriteGuard = (undoless) => {
  if (undoless.deletes.length > 0 || undoless.hides.length > 0) throw new NotUndoable(undoless);
};

function unreadAppend(name: string): Error {
  return new Error(`Penulisan dibatalkan: isi lembar "${name}" belum dibaca sebelum ditambah; laporkan masalah ini.`);
}

/**
 * Write the generated sheets (sheetPlan.ts decides where each goes). Reading takes three requests whatever the
 * workbook holds: sheets, then every sheet's marks and used range, then the content of the marked tables (their
 * fingerprints tell an edited one, their page settings the officer's print settings, which an update keeps:
 * officerPrint.ts) and of the Data Pendukung cells an append would fill; an append reads the looks
 * of those cells in a fourth (officerLooks.ts), so a format the officer set ahead is kept, and with cell notes
 * (ExcelApi 1.18) one more finds the notes of the sheets to update (noteSteps.ts). The writes then go in as
 * few requests as the payload limit allows. An earlier generated sheet is cleared and rewritten in place, so a
 * formula of the user's that points at it keeps working; one the officer edited is kept and the new version goes
 * beside it; Data Pendukung only gets cells that are empty; a sheet of the user's is never written. A generated sheet
 * no spec writes any more is deleted only when the officer put nothing on it (a chart, a shape, a table, a comment:
 * one request more) and nothing of theirs refers to it (a formula, a defined name): telling which reads their
 * sheets' formulas and the names, two requests more. These are asked on such a run only.
 */
export async function writeGeneratedSheets(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  budget: RequestBudget,
  scope: ErrorScope,
  options: WriteOptions = {},
  guard?: WriteGuard,
): Promise<WriteReport> {
  const catalog = await readSheetCatalog(context, true);
  const fingerprinted = fingerprintedSheets(catalog);
  const areas: AreaRequest[] = fingerprinted.flatMap((s) =>
    s.used ? [{ key: s.name, sheet: s.name, rect: s.used }] : [],
  );
  const appendSpec = specs.find((s) => s.kind === "data-pendukung" && s.append);
  const dataPendukung = dataPendukungSheetOf(catalog.sheets);
  const appendRect = appendSpec ? appendArea(appendSpec) : null;
  if (dataPendukung && appendRect) areas.push({ key: DATA_PENDUKUNG_KEY, sheet: dataPendukung.name, rect: appendRect });
  // With the same request: the page settings of every generated sheet, which the officer may have set (officerPrint.ts).
  const layouts = queuePageLayouts(
    context,
    fingerprinted.map((s) => s.name),
  );
  const content = await readAreas(context, areas, budget);
  if (areas.length === 0 && layouts.size > 0) await context.sync();
  // Only when rows are added to the officer's Data Pendukung: the looks of the cells they would fill.
  const looks =
    dataPendukung && appendRect ? await readOfficerLooks(context, dataPendukung.name, appendRect, budget) : undefined;
  const fingerprints = new Map(
    fingerprinted.map((s) => [s.name, blocksFingerprint(content.get(s.name) ?? [], s.mark?.fingerprint)]),
  );

  const existing = existingSheets(catalog, fingerprints);
  let plan = planSheets(existing, specs, { replaceEdited: options.replaceEdited });
  // A sheet to delete that the officer put a chart, a shape, a table or a comment on is kept, with what they put.
  if (noteAttachments(existing, await sheetsWithOfficerAttachments(context, plan.remove)))
    plan = planSheets(existing, specs, { replaceEdited: options.replaceEdited });
  // A sheet to delete that a formula of the officer's refers to is left instead (its deletion would break them), and
  // one that now holds another sasaran is named in the report.
  const toCheck = sheetsToCheckForReferences(plan);
  if (toCheck.length > 0) {
    const references = await officerReferences(context, catalog, toCheck, replacedBy(plan), budget);
    if (noteReferences(existing, references))
      plan = planSheets(existing, specs, { replaceEdited: options.replaceEdited });
  }
  assertPlanWritesOnlyOurs(plan, existing, options);
  guard?.({ deletes: plan.remove, hides: catalog.legacy ? [catalog.legacy.name] : [] });
  const finalNames = new Map<string, string>();
  specs.forEach((spec, i) => {
    const a = plan.actions[i];
    if (a.type === "add" || a.type === "update") finalNames.set(spec.name, a.name);
  });
  const catalogSheet = (name: string) => catalog.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const worksheets = context.workbook.worksheets;
  const updated = plan.actions.flatMap((a) => (a.type === "update" ? [a.name] : []));
  const figureNotes = await readFigureNotes(context, updated);
  // The page settings the officer gave the sheets to update stay theirs.
  const print = new Map<string, OfficerPrint>();
  specs.forEach((spec, i) => {
    const a = plan.actions[i];
    const theirs = a.type === "update" ? officerSettings(layouts.get(a.name), spec) : null;
    if (theirs) print.set(a.name, theirs);
  });
  const writer = new SpecWriter(worksheets, finalNames, budget, looks, figureNotes, print);

  const steps: WriteStep[] = [];
  const lastStepOfSheet: number[] = [];
  const sheets: WrittenSheet[] = [];
  const place = sheetPlaces(catalog.sheets.map((s) => s.name));
  for (const [i, spec] of specs.entries()) {
    const action = plan.actions[i];
    const position = action.type === "add" ? place(action.name, plan.before[i] ?? null) : undefined;
    const sheet = action.type === "add" ? undefined : catalogSheet(action.name);
    // What the officer filled was read for the sheet the planner appends to (the same rule picks it); anything
    // else would be an append over unread cells, which is refused.
    if (action.type === "append" && sheet !== dataPendukung) throw unreadAppend(action.name);
    const current = action.type === "append" ? (content.get(DATA_PENDUKUNG_KEY) ?? []) : [];
    const written = writer.steps(spec, action, sheet, current, position);
    if (written.steps.length > 0) {
      steps.push(...written.steps);
      lastStepOfSheet.push(steps.length - 1);
    }
    sheets.push({
      spec: spec.name,
      kind: spec.kind,
      name: action.type === "none" ? null : action.name,
      status: written.status,
      ...(action.type === "update" && print.has(action.name) ? { keptPrint: true as const } : {}),
      ...keptBeside(plan, i),
      ...(action.type === "update" && action.edited ? { replacedEdited: true as const } : {}),
    });
  }
  if (catalog.legacy) {
    const legacy = catalogSheet(catalog.legacy.name);
    const place = { name: catalog.legacy.name, exists: true, hasMarkName: legacy?.hasMarkName ?? false };
    steps.push(...settingsSheetSteps(worksheets, place, catalog.legacy.registry.settings, budget));
  }
  for (const name of plan.remove) {
    steps.push({ sheet: name, bytes: 2 * STATEMENT_BYTES, cells: 0, apply: () => worksheets.getItem(name).delete() });
  }

  const total = lastStepOfSheet.length;
  options.onProgress?.({ phase: "menulis", done: 0, total });
  try {
    await runWriteSteps(context, steps, budget, scope, (done) =>
      options.onProgress?.({ phase: "menulis", done: lastStepOfSheet.filter((last) => last < done).length, total }),
    );
  } catch (e) {
    await narrowToProtectedSheets(context, e, scope);
    throw e;
  }
  return writeReport(plan, sheets);
}

/**
 * The place of each sheet added, in the order they are added: before the sheet the plan names (SheetPlan.before),
 * counted among the sheets as they will be then; undefined where it goes after every sheet (Excel's own place).
 */
function sheetPlaces(names: readonly string[]): (name: string, before: string | null) => number | undefined {
  const order = [...names];
  return (name, before) => {
    const at = before === null ? -1 : order.findIndex((n) => n.toLowerCase() === before.toLowerCase());
    if (at < 0) {
      order.push(name);
      return undefined;
    }
    order.splice(at, 0, name);
    return at;
  };
}

/** The steps one planned action becomes. */
class SpecWriter {
  constructor(
    private readonly worksheets: Excel.WorksheetCollection,
    private readonly finalNames: ReadonlyMap<string, string>,
    private readonly budget: RequestBudget,
    private readonly looks?: OfficerLooks,
    private readonly figureNotes: ReadonlyMap<string, Excel.Note[]> = new Map(),
    private readonly print: ReadonlyMap<string, OfficerPrint> = new Map(),
  ) {}

  steps(
    spec: SheetSpec,
    action: SheetAction,
    sheet: CatalogSheet | undefined,
    current: ContentBlock[],
    /** For a sheet to add: its place among the sheets (sheetPlaces); undefined: after every sheet. */
    position?: number,
  ): { steps: WriteStep[]; status: WrittenSheet["status"] } {
    const name = action.name;
    switch (action.type) {
      case "add": {
        let added: Excel.Worksheet | undefined;
        const ws = (): Excel.Worksheet => {
          if (!added) throw new Error(`Lembar "${name}" belum ditambahkan.`);
          return added;
        };
        const add: WriteStep = {
          sheet: name,
          bytes: 2 * STATEMENT_BYTES,
          cells: 0,
          apply: () => {
            added = this.worksheets.add(name);
            if (position !== undefined) added.position = position;
          },
        };
        const content = sheetSpecSteps(ws, name, spec, this.finalNames, this.budget);
        return { steps: [add, ...content, this.mark(ws, name, spec, false)], status: "new" };
      }
      case "update": {
        const ws = this.existing(name);
        const steps = [
          ...clearSheetSteps(
            ws,
            name,
            sheet?.autoFilter ?? false,
            this.figureNotes.get(name),
            spec.kind === "lkjip-table" && !spec.freeze,
          ),
          ...sheetSpecSteps(ws, name, spec, this.finalNames, this.budget, true, this.print.get(name)),
          this.mark(ws, name, spec, sheet?.hasMarkName ?? false),
        ];
        return { steps, status: "updated" };
      }
      case "append": {
        const ws = this.existing(name);
        const { steps, added } = appendSteps(ws, name, spec, current, this.budget, this.looks);
        if (sheet?.mark?.kind !== "data-pendukung") steps.push(this.mark(ws, name, spec, sheet?.hasMarkName ?? false));
        return { steps, status: added > 0 ? "appended" : "unchanged" };
      }
      case "none":
        return { steps: [], status: "unchanged" };
    }
  }

  /** A worksheet that exists, fetched when the first of its steps is queued. */
  private existing(name: string): () => Excel.Worksheet {
    let ws: Excel.Worksheet | undefined;
    return () => (ws ??= this.worksheets.getItem(name));
  }

  /**
   * The mark records the spec and, for tables, the fingerprint of what was written and the sheet's name (Data
   * Pendukung is the user's).
   */
  private mark(ws: () => Excel.Worksheet, name: string, spec: SheetSpec, replace: boolean): WriteStep {
    if (spec.kind === "data-pendukung")
      return markStep(ws, name, { kind: spec.kind, key: spec.name, fingerprint: "" }, replace);
    const fingerprint = specFingerprint(spec, this.finalNames);
    const subject = spec.subject === undefined ? {} : { subject: markSubject(spec.subject) };
    return markStep(ws, name, { kind: spec.kind, key: spec.name, fingerprint, sheet: name, ...subject }, replace);
  }
}
