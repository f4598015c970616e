/** A tiny runner for the end-to-end checks: named checks, one line each, a summary and an exit code. */
export interface CheckResult {
  suite: string;
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export class Harness {
  readonly results: CheckResult[] = [];
  /** Facts worth printing in the summary (counts of what was checked). */
  readonly notes: string[] = [];

  async check(suite: string, name: string, fn: () => Promise<void>): Promise<boolean> {
    const started = Date.now();
    try {
      await fn();
      this.record({ suite, name, ok: true, ms: Date.now() - started });
      return true;
    } catch (e) {
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      this.record({ suite, name, ok: false, ms: Date.now() - started, error });
      return false;
    }
  }

  note(line: string): void {
    this.notes.push(line);
    console.log(`  · ${line}`);
  }

  private record(result: CheckResult): void {
    this.results.push(result);
    const mark = result.ok ? "✓" : "✗";
    console.log(`${mark} [${result.suite}] ${result.name} (${(result.ms / 1000).toFixed(1)} s)`);
    if (result.error) console.log(indent(result.error));
  }

  summary(): { passed: number; failed: number } {
    const failed = this.results.filter((r) => !r.ok).length;
    return { passed: this.results.length - failed, failed };
  }
}

function indent(text: string): string {
  return text
    .split("\n")
    .slice(0, 25)
    .map((l) => `    ${l}`)
    .join("\n");
}
