import { absoluteRangeA1, quoteSheetName } from "../../../src/core/grid/address";
import { FakeClientObject, LoadArg } from "./clientObject";
import type { FakeContext } from "./context";
import { officeErrors, unsupported } from "./errors";
import type { FakeSheet } from "./model";
import type { FakeRange } from "./range";

/** A sheet-scoped defined name as Excel keeps it: the formula always starts with `=`. */
export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

interface NameTarget {
  sheet: FakeSheet;
  item: FakeName;
}

const NAME_PROPS = ["name", "formula", "visible", "comment", "scope", "type", "value"];

/** Excel's rule for defined names: a letter, `_` or `\` first; no spaces; not a cell reference; not R or C. */
export function isValidDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[rc]$/i.test(name) || /^r\d*c\d*$/i.test(name)) return false;
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(name);
  if (a1) {
    const col = [...a1[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (col <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return false;
  }
  return true;
}

/** What Excel computes for a name holding a constant or a reference; the fake does not calculate anything else. */
function evaluate(item: FakeName, sheet: FakeSheet): { type: string; value: unknown } {
  const body = item.formula.slice(1).trim();
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: text[1].replace(/""/g, '"') };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^(('[^']*(''[^']*)*')|[A-Za-z_][\w.]*)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(body)) {
    return { type: "Range", value: body };
  }
  throw unsupported(`the value of the name ${item.name} (${item.formula}) on ${sheet.name}`);
}

/** Worksheet.names (ExcelApi 1.4): the names scoped to one sheet. They go with the sheet when it is deleted. */
export class FakeNamedItemCollection extends FakeClientObject<FakeSheet> {
  protected readonly loadable = NAME_PROPS;

  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "NamedItemCollection", resolver, false);
  }

  protected sheetOf(t: FakeSheet): FakeSheet {
    return t;
  }

  protected readProperty(): unknown {
    throw unsupported("NamedItemCollection properties");
  }

  /** `reference` is a formula (`="text"`, `=Sheet1!$A$1`; Excel adds the `=` when missing) or a Range. */
  add(name: string, reference: string | FakeRange, comment = ""): FakeNamedItem {
    const proxy = new FakeNamedItem(this.context, () => null, false);
    const payload = { name, reference: typeof reference === "string" ? reference : "range", comment };
    this.queueWrite("add", payload, (sheet) => {
      if (!isValidDefinedName(name)) {
        throw officeErrors.invalidArgument("NamedItemCollection.add", `The name '${name}' is not valid.`);
      }
      if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw officeErrors.itemAlreadyExists("NamedItemCollection.add");
      }
      const item: FakeName = { name, formula: referenceFormula(reference), visible: true, comment };
      sheet.names.push(item);
      proxy.settle({ sheet, item });
    });
    return proxy;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const found = this.find(name);
      if (!found) throw officeErrors.itemNotFound("NamedItemCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name));
  }

  load(arg?: LoadArg): this {
    return this.loadItems("NamedItemCollection", arg, NAME_PROPS, () => {
      const sheet = this.need();
      if (sheet.deleted) throw officeErrors.itemNotFound("NamedItemCollection.load");
      return sheet.names.map((item) => {
        const proxy = new FakeNamedItem(this.context, () => ({ sheet, item }), false);
        proxy.settle({ sheet, item });
        return proxy;
      });
    });
  }

  get items(): FakeNamedItem[] {
    return this.prop("items");
  }

  private find(name: string): NameTarget | null {
    const sheet = this.need();
    const item = sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    return item ? { sheet, item } : null;
  }
}

function referenceFormula(reference: string | FakeRange): string {
  if (typeof reference === "string") return reference.startsWith("=") ? reference : `=${reference}`;
  const target = reference.target();
  if (!target) throw officeErrors.invalidArgument("NamedItemCollection.add");
  return `=${quoteSheetName(target.sheet.name)}!${absoluteRangeA1(target.rect)}`;
}

export class FakeNamedItem extends FakeClientObject<NameTarget> {
  protected readonly loadable = NAME_PROPS;

  constructor(context: FakeContext, resolver: () => NameTarget | null, eager = true) {
    super(context, "NamedItem", resolver, eager);
  }

  protected sheetOf(t: NameTarget): FakeSheet {
    return t.sheet;
  }

  protected readProperty(t: NameTarget, name: string): unknown {
    switch (name) {
      case "name":
        return t.item.name;
      case "formula":
        return t.item.formula;
      case "visible":
        return t.item.visible;
      case "comment":
        return t.item.comment;
      case "scope":
        return "Worksheet";
      case "type":
        return evaluate(t.item, t.sheet).type;
      default:
        return evaluate(t.item, t.sheet).value;
    }
  }

  get name(): string {
    return this.prop("name");
  }
  get comment(): string {
    return this.prop("comment");
  }
  get scope(): string {
    return this.prop("scope");
  }
  get type(): string {
    return this.prop("type");
  }
  get value(): unknown {
    return this.prop("value");
  }

  get formula(): string {
    return this.prop("formula");
  }
  set formula(v: string) {
    this.queueWrite("formula", v, (t) => void (t.item.formula = referenceFormula(v)));
  }

  get visible(): boolean {
    return this.prop("visible");
  }
  set visible(v: boolean) {
    this.queueWrite("visible", v, (t) => void (t.item.visible = v));
  }

  delete(): void {
    this.queueWrite("delete", null, (t) => {
      if (!t.sheet.names.includes(t.item)) throw officeErrors.itemNotFound("NamedItem.delete");
      t.sheet.names = t.sheet.names.filter((n) => n !== t.item);
    });
  }
}
