import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { CountedFinding } from "../model/countedFinding";
import { shortenName } from "./findings";

/**
 * One finding for every formula cell of a sheet saved without its result (a file written by a program that does not
 * calculate): such a file has hundreds, all fixed by one save in Excel or LibreOffice. The finding names the first
 * and says how many others there are; it stays where the first was added among the sheet's findings.
 */
export class NotCalculatedFormulas {
  private readonly counted: CountedFinding<{ cell: string; rumus: string }>;

  constructor(sheet: string, findings: Finding[]) {
    this.counted = new CountedFinding(findings, ({ cell, rumus }, lain) => {
      const common = { rule: "unreadable-value" as const, sheet, cell, actual: `=${rumus}` };
      return lain === 0
        ? makeFinding({ ...common, key: "unreadable-value.not-calculated", params: { cell, rumus } })
        : makeFinding({ ...common, key: "unreadable-value.not-calculated-many", params: { cell, rumus, lain } });
    });
  }

  add(cell: string, formula: string): void {
    this.counted.add({ cell, rumus: shortenName(formula) });
  }
}
