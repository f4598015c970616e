import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { CliIo } from "../../src/cli/io";

export interface MemoryIo extends CliIo {
  stdout: string[];
  stderr: string[];
  progressLines: string[];
  /** Everything written to stdout, joined. */
  text(): string;
}

export function memoryIo(cwd: string = process.cwd()): MemoryIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const progressLines: string[] = [];
  return {
    stdout,
    stderr,
    progressLines,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    progress: (t) => progressLines.push(t),
    cwd,
    debug: false,
    text: () => stdout.join("\n"),
  };
}

/** A fresh temporary folder and a function that removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-cli-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Save a workbook and load it back, as a user's file would be read. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as ExcelJS.Buffer);
  return back;
}
