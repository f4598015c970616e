import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { shortenName } from "./findings";

/**
 * One finding for every formula cell of a sheet saved without its result (a file written by a program that does not
 * calculate): such a file has hundreds, all fixed by one save in Excel or LibreOffice. The finding names the first
 * and says how many others there are; it stays where the first was added among the sheet's findings.
 */
export class NotCalculatedFormulas {
  private first: { cell: string; rumus: string; count: number; at: number } | null = null;

  constructor(
    private readonly sheet: string,
    private readonly findings: Finding[],
  ) {}

  add(cell: string, formula: string): void {
    const seen = this.first;
    const first = seen ?? { cell, rumus: shortenName(formula), count: 0, at: this.findings.length };
    first.count++;
    this.first = first;
    const common = {
      rule: "unreadable-value" as const,
      sheet: this.sheet,
      cell: first.cell,
      actual: `=${first.rumus}`,
    };
    const finding =
      first.count === 1
        ? makeFinding({
            ...common,
            key: "unreadable-value.not-calculated",
            params: { cell: first.cell, rumus: first.rumus },
          })
        : makeFinding({
            ...common,
            key: "unreadable-value.not-calculated-many",
            params: { cell: first.cell, rumus: first.rumus, lain: first.count - 1 },
          });
    if (seen) this.findings[first.at] = finding;
    else this.findings.push(finding);
  }
}
