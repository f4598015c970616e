import { eachCell, qualifiedAddress } from "./addresses";
import { FakeClientObject } from "./clientObject";
import type { FakeContext } from "./context";
import { officeErrors, unsupported } from "./errors";
import type { FakeSheet } from "./model";
import type { RangeTarget } from "./range";

/** A list validation on one cell; the only kind the fake models. */
export interface FakeValidation {
  type: "List";
  /** Comma-separated entries, or a reference formula such as `=$A$1:$A$4`. */
  source: string;
  inCellDropDown: boolean;
  /** Whether Excel alerts on an entry outside the list (DataValidationErrorAlert.showAlert)… */
  showAlert: boolean;
  /** …and whether the alert refuses it ("Stop") or lets it in ("Warning", "Information"). */
  alertStyle: string;
}

export function validationKey(row: number, col: number): string {
  return `${row},${col}`;
}

interface ListRule {
  list: { inCellDropDown?: boolean; source: string };
}

function isListRule(rule: unknown): rule is ListRule {
  if (typeof rule !== "object" || rule === null) return false;
  const keys = Object.keys(rule);
  if (keys.length !== 1 || keys[0] !== "list") throw unsupported(`data validation rule ${keys.join(", ")}`);
  const list = (rule as ListRule).list;
  return typeof list === "object" && list !== null && typeof list.source === "string";
}

/** Range.dataValidation (ExcelApi 1.8): writes change cells, so sheet protection applies. */
export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly loadable = ["type", "rule"] as const;

  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, "DataValidation", resolver, false);
  }

  protected get touchesCells(): boolean {
    return true;
  }
  protected sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }
  protected addressOf(t: RangeTarget): string {
    return qualifiedAddress(t.sheet.name, t.rect);
  }

  /** `None` when no cell has a rule, the rule when every cell has the same one, `Inconsistent` otherwise. */
  protected readProperty(t: RangeTarget, name: string): unknown {
    const seen = new Set<string>();
    let any: FakeValidation | undefined;
    eachCell(t.rect, (row, col) => {
      const v = t.sheet.validations.get(validationKey(row, col));
      seen.add(v ? JSON.stringify(v) : "none");
      any ??= v;
    });
    const uniform = seen.size === 1;
    if (name === "type") return !any && uniform ? "None" : uniform ? "List" : "Inconsistent";
    return uniform && any ? { list: { inCellDropDown: any.inCellDropDown, source: any.source } } : {};
  }

  get type(): string {
    return this.prop("type");
  }

  get rule(): ListRule | Record<string, never> {
    return this.prop("rule");
  }
  set rule(rule: ListRule | Record<string, never>) {
    this.queueWrite("rule", rule, ({ sheet, rect }) => {
      if (!isListRule(rule) || rule.list.source.trim() === "")
        throw officeErrors.invalidArgument("DataValidation.rule");
      // Excel keeps at most 255 characters of a typed list.
      if (!rule.list.source.startsWith("=") && rule.list.source.length > 255) {
        throw officeErrors.invalidArgument("DataValidation.rule", "The list source is longer than 255 characters.");
      }
      eachCell(rect, (row, col) =>
        sheet.validations.set(validationKey(row, col), {
          type: "List",
          source: rule.list.source,
          inCellDropDown: rule.list.inCellDropDown ?? true,
          showAlert: true,
          alertStyle: "Stop",
        }),
      );
    });
  }

  set errorAlert(alert: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.queueWrite("errorAlert", alert, ({ sheet, rect }) => {
      eachCell(rect, (row, col) => {
        const v = sheet.validations.get(validationKey(row, col));
        if (!v) throw officeErrors.invalidOperation("DataValidation.errorAlert", "The range has no data validation.");
        if (alert.showAlert !== undefined) v.showAlert = alert.showAlert;
        if (alert.style !== undefined) v.alertStyle = alert.style;
      });
    });
  }

  clear(): void {
    this.queueWrite("clear", null, ({ sheet, rect }) => {
      for (const key of [...sheet.validations.keys()]) {
        const [row, col] = key.split(",").map(Number);
        if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right)
          sheet.validations.delete(key);
      }
    });
  }
}
