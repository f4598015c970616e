import { parseCommandArgs } from "../args";
import { countBySeverity, formatCounts, formatFindingGroups } from "../format/findings";
import { CliIo } from "../io";
import { USAGE } from "../usage";
import { SheetModel } from "../../core/model/sheetModel";
import { KAS_KEYS } from "../../core/layout/headerWords";
import { describeSkipped, analyseSource } from "./openSource";

/** `lkjip validate <file> [--sheet NAME] [--json]`: exit 0 without errors, 1 with errors, 2 when unreadable. */
export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("validate", argv, ["sheet", "json"]);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const analysis = await analyseSource(args.file, args.sheet, io);
  const { findings } = analysis;
  const exitCode = countBySeverity(findings).error > 0 ? 1 : 0;
  if (args.json) {
    const rows = findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      expected: f.expected,
      actual: f.actual,
      message: f.message,
      messageKey: f.messageKey,
      params: f.params,
      row: f.row,
      level: f.level,
      name: f.name,
    }));
    io.out(JSON.stringify({ findings: rows }, null, 2));
    return exitCode;
  }
  // A hidden sheet is checked too: said, so that its findings are not looked for in the sheets the officer sees.
  const sheets = analysis.models
    .map((m) => `"${m.sheet}"${analysis.hiddenSheets.includes(m.sheet) ? " (tersembunyi)" : ""}`)
    .join(", ");
  io.out(`Pemeriksaan ${sheets}: ${formatCounts(findings)}`);
  if (findings.length === 0) io.out(`Tidak ada temuan: semua ${checked(analysis.models)} cocok.`);
  for (const line of formatFindingGroups(findings)) io.out(line);
  if (!args.sheet && analysis.skipped.length > 0) {
    io.out("Lembar yang dilewati (bukan tabel Pengukuran Kinerja atau Evaluasi Renja):");
    for (const s of analysis.skipped) io.out(describeSkipped(s));
  }
  return exitCode;
}

/** What the checks compared, as the sheets hold it: anggaran kas only where a sheet has kas columns. */
function checked(models: readonly SheetModel[]): string {
  const kas = models.some((m) => KAS_KEYS.some((k) => (m.columns as Partial<Record<string, number>>)[k] !== undefined));
  return kas ? "jumlah, anggaran kas, realisasi dan capaian" : "jumlah, realisasi dan capaian";
}
