import { Finding } from "./finding";

/**
 * One finding for many cells of one cause (formulas saved without results, a paste of percent points): it names the
 * first cell and counts the others, and stays where the first was added among the findings. `make` builds it from
 * what the first cell recorded and how many others there are (0 while it is alone).
 */
export class CountedFinding<T> {
  private first: { data: T; count: number; at: number } | null = null;

  constructor(
    private readonly findings: Finding[],
    private readonly make: (first: T, others: number) => Finding,
  ) {}

  add(data: T): void {
    const seen = this.first;
    const first = seen ?? { data, count: 0, at: this.findings.length };
    first.count++;
    this.first = first;
    const finding = this.make(first.data, first.count - 1);
    if (seen) this.findings[first.at] = finding;
    else this.findings.push(finding);
  }
}
