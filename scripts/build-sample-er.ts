/**
 * Builds the Evaluasi Renja samples from assets/samples/evaluasi-renja-2022.data.json, with exceljs directly (not
 * through the engine):
 *   evaluasi-renja-2022.xlsx           the office's hand-made sheets (TW I 2022, TW IV 2022), formulas and fills
 *   evaluasi-renja-2022-ekspor.xlsx    the TW IV sheet as an app exports it, every cell text
 *   evaluasi-renja-2022-ekspor-html.xls the same export as an HTML table saved with an .xls name
 *
 *   npx tsx scripts/build-sample-er.ts      # or: npm run sample:er
 *
 * Every output is byte-for-byte reproducible.
 */
import * as fs from "fs";
import * as path from "path";
import { findViolations } from "./er/checker";
import { sheetToHtml } from "./er/html";
import { addSheet, newWorkbook, writeWorkbook } from "./er/xlsx";
import { ER_EXPORT_HTML_PATH, ER_EXPORT_PATH, ER_HANDMADE_PATH, ErData, readErData } from "./sample-er/data";
import { EXPORT_MAP, exportSheet } from "./sample-er/export";
import { HANDMADE_MAP, handmadeSheet } from "./sample-er/handmade";

const FIXED_DATE = new Date(Date.UTC(2022, 11, 30, 0, 0, 0));

export async function buildErSamples(data: ErData, outDir?: string): Promise<string[]> {
  const out = (file: string) => (outDir ? path.join(outDir, path.basename(file)) : file);
  const written: string[] = [];

  const wb = newWorkbook(FIXED_DATE);
  for (const s of data.sheets) {
    const { sheet } = handmadeSheet(data, s);
    addSheet(wb, sheet, { printTitlesRow: "8:11", freezeRows: 11 });
  }
  await writeWorkbook(wb, out(ER_HANDMADE_PATH), FIXED_DATE);
  written.push(out(ER_HANDMADE_PATH));

  const exported = exportSheet(data, "text-comma");
  const wbExport = newWorkbook(FIXED_DATE);
  addSheet(wbExport, exported.sheet, { printTitlesRow: "6:9" });
  await writeWorkbook(wbExport, out(ER_EXPORT_PATH), FIXED_DATE);
  written.push(out(ER_EXPORT_PATH));

  const html = exportSheet(data, "text-dot");
  const total = html.result.totals[0].row;
  fs.writeFileSync(
    out(ER_EXPORT_HTML_PATH),
    sheetToHtml(html.sheet, { head: [1, 9], foot: [total, total], title: "Laporan MONEV RENJA" }),
  );
  written.push(out(ER_EXPORT_HTML_PATH));
  return written;
}

/** What the rules find on each built sheet (for the README and the tests). */
export function sampleFindings(data: ErData) {
  const sheets = data.sheets.map((s) => {
    const { sheet, result } = handmadeSheet(data, s);
    return { sheet: s.name, ...findViolations(sheet, HANDMADE_MAP, result, "number") };
  });
  const exp = exportSheet(data, "text-comma");
  sheets.push({
    sheet: data.export.sheet + " (ekspor)",
    ...findViolations(exp.sheet, EXPORT_MAP, exp.result, "text-comma"),
  });
  return sheets;
}

async function main() {
  const data = readErData();
  for (const file of await buildErSamples(data)) console.log(`Contoh ditulis: ${path.relative(process.cwd(), file)}`);
  if (process.argv.includes("--findings")) console.log(JSON.stringify(sampleFindings(data), null, 1));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(1);
  });
}
