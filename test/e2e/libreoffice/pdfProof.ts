import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { Harness } from "../harness";
import { GeneratedWorkbook } from "./generated";
import { checkPageFit } from "./pageFit";
import { readPdf } from "./pdfText";
import { convert, createProfile } from "./soffice";

const SUITE = "libreoffice: PDF";

/** The generated workbook with only `sheet` visible, so LibreOffice prints just that sheet. */
async function onlySheet(bytes: Buffer, sheet: string, spoil = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const target = wb.getWorksheet(sheet)!;
  for (const ws of wb.worksheets) if (ws !== target && ws.state !== "veryHidden") ws.state = "hidden";
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 15000,
      firstSheet: 0,
      activeTab: wb.worksheets.indexOf(target),
      visibility: "visible",
    },
  ];
  if (spoil) {
    // The control: no fitting, printed at 100 % with every column twice as wide.
    target.pageSetup.fitToPage = false;
    target.pageSetup.scale = 100;
    target.columns.forEach((c) => (c.width = (c.width ?? 9) * 2));
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Each generated sheet printed to PDF by LibreOffice: landscape pages and a table that fits the page width. A copy
 * of the widest sheet printed without fitting must fail the same check (else the check proves nothing).
 */
export async function pdfProof(h: Harness, generated: GeneratedWorkbook, workDir: string): Promise<void> {
  await h.check(SUITE, "setiap lembar yang dibuat: halaman mendatar, tabel muat selebar halaman", async () => {
    const inDir = path.join(workDir, "per-lembar");
    mkdirSync(inDir, { recursive: true });
    const files: string[] = [];
    for (const [i, { name }] of generated.sheets.entries()) {
      const file = path.join(inDir, `${String(i + 1).padStart(2, "0")}-${name.replace(/[^\p{L}\p{N}]+/gu, "-")}.xlsx`);
      writeFileSync(file, await onlySheet(generated.bytes, name));
      files.push(file);
    }
    const widest = generated.sheets.reduce((a, b) => (sum(b.spec.columnWidths) > sum(a.spec.columnWidths) ? b : a));
    const control = path.join(inDir, "kontrol-tanpa-muat-lebar.xlsx");
    writeFileSync(control, await onlySheet(generated.bytes, widest.name, true));

    const profile = createProfile(path.join(workDir, "profil-pdf"), true);
    const pdfs = convert([...files, control], "pdf", path.join(workDir, "pdf"), profile);
    const problems: string[] = [];
    let pages = 0;
    let probes = 0;
    const lines: string[] = [];
    generated.sheets.forEach(({ name, spec }, i) => {
      assert.ok(existsSync(pdfs[i]), `LibreOffice tidak menulis ${pdfs[i]}`);
      const report = checkPageFit(spec, readPdf(pdfs[i]));
      pages += report.pages;
      probes += report.rowsCompared;
      lines.push(`${name}: ${report.pages} hlm, ${report.rowsCompared} baris`);
      for (const p of report.problems) problems.push(`${name}: ${p}`);
    });
    assert.deepEqual(problems, [], `${problems.length} masalah tata letak cetak`);
    const controlReport = checkPageFit(widest.spec, readPdf(pdfs[pdfs.length - 1]));
    assert.ok(
      controlReport.problems.length > 0,
      `kontrol "${widest.name}" tanpa muat-lebar lolos pemeriksaan (${controlReport.pages} hlm): pemeriksaan tidak peka`,
    );
    h.note(
      `PDF: ${pages} halaman dari ${generated.sheets.length} lembar, semua mendatar; ${probes} baris tabel dibandingkan (ujung kiri dan kanan sehalaman) (${lines.join("; ")})`,
    );
    h.note(
      `Kontrol "${widest.name}" tanpa muat-lebar (${controlReport.pages} hlm) ditolak: ${controlReport.problems[0]}`,
    );
  });
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
