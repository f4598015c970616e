import { FakeClientObject, LoadArg } from "./clientObject";
import type { FakeContext } from "./context";
import { jsonLength, STATEMENT_BYTES } from "./context";
import { officeErrors, unsupported } from "./errors";
import { FakeSheet, FakeWorkbookModel } from "./model";
import { FakeWorksheet } from "./worksheet";
import { FakeNamedItemCollection } from "./names";

const WORKSHEET_PROPS = ["name", "visibility", "position", "tabColor"];

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookModel> {
  protected readonly loadable = WORKSHEET_PROPS;

  constructor(context: FakeContext) {
    super(context, "WorksheetCollection", () => context.model, false);
  }

  protected sheetOf(): null {
    return null;
  }

  protected readProperty(): unknown {
    throw unsupported("WorksheetCollection properties");
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.model.find(name);
      if (!sheet) throw officeErrors.itemNotFound("WorksheetCollection.getItem");
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.find(name) ?? null);
  }

  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, () => null, false);
    this.context.enqueue({
      requestBytes: STATEMENT_BYTES + jsonLength(name),
      rangeOp: false,
      run: () => {
        const model = this.context.model;
        if (model.structureProtected) throw officeErrors.accessDenied("WorksheetCollection.add");
        const sheetName = name ?? nextDefaultName(model);
        checkSheetName(model, sheetName);
        const sheet = new FakeSheet(sheetName);
        model.sheets.push(sheet);
        proxy.settle(sheet);
        this.context.stats.writes.push({
          request: this.context.requestIndex - 1,
          sheet: sheetName,
          object: "WorksheetCollection",
          member: "add",
        });
      },
    });
    return proxy;
  }

  load(arg?: LoadArg): this {
    return this.loadItems("WorksheetCollection", arg, WORKSHEET_PROPS, () =>
      this.context.model.sheets.map((sheet) => {
        const item = new FakeWorksheet(this.context, () => sheet, false);
        item.settle(sheet);
        return item;
      }),
    );
  }

  get items(): FakeWorksheet[] {
    return this.prop("items");
  }
}

function nextDefaultName(model: FakeWorkbookModel): string {
  for (let i = 1; ; i++) if (!model.find(`Sheet${i}`)) return `Sheet${i}`;
}

function checkSheetName(model: FakeWorkbookModel, name: string): void {
  const bad = name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name);
  if (bad) throw officeErrors.invalidArgument("WorksheetCollection.add", `The sheet name '${name}' is not valid.`);
  if (model.find(name)) throw officeErrors.itemAlreadyExists("WorksheetCollection.add");
}

export class FakeApplication {
  constructor(private readonly context: FakeContext) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({
      requestBytes: STATEMENT_BYTES,
      rangeOp: false,
      run: () => {
        this.context.stats.screenUpdatingSuspends++;
      },
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  /** Workbook.names (ExcelApi 1.1): the workbook-scoped defined names. */
  readonly names: FakeNamedItemCollection;

  constructor(
    context: FakeContext,
    readonly application: FakeApplication,
  ) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context, () => context.model.workbookScope);
  }
}
