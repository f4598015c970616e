import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";

/**
 * The web page's worker (the file adapter, the package reader and writer, the readers of other formats, the pane's
 * session over them) runs without a DOM, and the readers in Node too (the CLI): type-checked against the WebWorker
 * library without DOM or Node types (tsconfig.worker.json), none of it may use `document`, `window`, a global
 * `DOMParser` or `Buffer`.
 */
const ROOT = path.join(__dirname, "..", "..", "..");

function workerOptions(): { fileNames: string[]; options: ts.CompilerOptions } {
  const configPath = path.join(ROOT, "tsconfig.worker.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return { fileNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } };
}

function diagnostics(fileNames: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(fileNames, options);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? path.relative(ROOT, d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
    );
}

describe("src/file and the web page's worker need neither the DOM nor Node", () => {
  test("it type-checks against the Web Worker library alone", () => {
    const { fileNames, options } = workerOptions();
    expect(fileNames.some((f) => f.endsWith("src/file/xlsx/sheetGrid.ts"))).toBe(true);
    expect(fileNames.some((f) => f.endsWith("src/file/formats/htmlTables.ts"))).toBe(true);
    expect(fileNames.some((f) => f.endsWith("src/file/fileWorkbook.ts"))).toBe(true);
    expect(fileNames.some((f) => f.endsWith("src/taskpane/web/worker/fileWorker.ts"))).toBe(true);
    expect(diagnostics(fileNames, options)).toEqual([]);
  });

  test("the check catches document, a global DOMParser and Buffer", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-worker-"));
    try {
      const file = path.join(dir, "usesDom.ts");
      writeFileSync(file, 'export const x = [typeof document, new DOMParser(), Buffer.from("a")];\n');
      const { options } = workerOptions();
      const found = diagnostics([file], options).join("\n");
      expect(found).toMatch(/Cannot find name 'document'/);
      expect(found).toMatch(/Cannot find name 'DOMParser'/);
      expect(found).toMatch(/Cannot find name 'Buffer'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
