import path from "node:path";
import { Grid } from "../../core/grid/grid";
import { Analysis, analyseWorkbook, SkippedSheet } from "../../core/pipeline";
import { CliError } from "../cliError";
import { CliIo } from "../io";
import { readFileBytes, workbookFromBytes } from "../loadWorkbook";
import { readSourceGrids } from "../sourceGrids";
import { FileWorkbook } from "../../file/fileWorkbook";
import { ColumnMap, Layout, LAYOUTS } from "../../core/model/columns";
import { columnCorrections } from "../../core/workbook/columnSettings";

export interface OpenedSource {
  /** Absolute path of the input. */
  path: string;
  workbook: FileWorkbook;
  grids: Grid[];
  /** Column corrections saved in the workbook (by the task pane), per sheet name. */
  columns: Record<string, ColumnMap>;
  /** The officer's Data Pendukung sheet, by our mark or its name; undefined when there is none yet. */
  dataPendukungSheet?: string;
  /** Other sheets with the Data Pendukung mark (copies): not read, named in the run's findings. */
  dataPendukungCopies: string[];
}

/** Read the input workbook and the grids of the user's sheets, with progress on a terminal. */
export async function openSource(
  file: string,
  sheet: string | undefined,
  io: CliIo,
  /** Read every sheet even with `sheet` chosen (generate: last year's sheet beside the chosen one). */
  allSheets = false,
): Promise<OpenedSource> {
  const absolute = path.resolve(io.cwd, file);
  io.progress(`Membaca ${file}…`);
  const workbook = await workbookFromBytes(await readFileBytes(absolute), file);
  const dataPendukungSheet = workbook.dataPendukungSheetName() ?? undefined;
  const grids = readSourceGrids(workbook, sheet, dataPendukungSheet, allSheets);
  const { columns, invalid } = columnCorrections(await workbook.readSettings());
  for (const name of invalid)
    io.err(`Peringatan: koreksi kolom tersimpan untuk lembar "${name}" tidak terbaca dan diabaikan.`);
  return {
    path: absolute,
    workbook,
    grids,
    columns,
    dataPendukungCopies: workbook.dataPendukungCopyNames(),
    ...(dataPendukungSheet ? { dataPendukungSheet } : {}),
  };
}

/**
 * Open the input and recognise and validate its sheets; exit 2 when none holds a table of either family. With the
 * workbook's hidden sheets, which are read too and named as hidden.
 */
export async function analyseSource(
  file: string,
  sheet: string | undefined,
  io: CliIo,
): Promise<Analysis & { hiddenSheets: string[] }> {
  const { workbook, grids, columns, dataPendukungSheet } = await openSource(file, sheet, io);
  io.progress("Memeriksa…");
  const analysis = analyseWorkbook(grids, { sheet, columns, dataPendukungSheet });
  requireModels(analysis, file);
  return { ...analysis, hiddenSheets: workbook.hiddenSheetNames() };
}

/** Exit 2 with the header words that were not found per sheet, when no sheet holds a table of either family. */
export function requireModels(analysis: Analysis, file: string): void {
  if (analysis.models.length > 0) return;
  const lines = [
    `Tidak ada tabel Pengukuran Kinerja atau Evaluasi Renja di ${file}.`,
    ...analysis.skipped.map(describeSkipped),
  ];
  throw new CliError(lines.join("\n"));
}

const FAMILY_NAMES: Record<Layout, string> = {
  "pengukuran-kinerja": "Pengukuran Kinerja",
  "evaluasi-renja": "Evaluasi Renja",
};

/**
 * The words each family missed (`Pengukuran Kinerja: PAGU, …; Evaluasi Renja: …`), or the reason, which names the
 * sheet: the only one when the family closest to reading the sheet found every column title it needs (a header
 * without data rows under it) — the words another family missed would say the wrong thing is wrong. A sheet that is
 * plainly of one family (its header row found, more of its columns than the other's) is told only that family's
 * missing words: an Evaluasi Renja form is not asked for ANGGARAN KAS.
 */
export function describeSkipped(s: SkippedSheet): string {
  if (s.missingHeaders.length === 0 && s.reason !== "") return `  ${s.reason}`;
  if (s.closerTo !== null) {
    const words = s.missingByLayout[s.closerTo].join(", ");
    return `  Lembar "${s.sheet}" tampak seperti tabel ${FAMILY_NAMES[s.closerTo]}, tetapi judul kolom ini tidak ditemukan: ${words}`;
  }
  const perFamily = LAYOUTS.filter((l) => s.missingByLayout[l].length > 0).map(
    (l) => `${FAMILY_NAMES[l]}: ${s.missingByLayout[l].join(", ")}`,
  );
  const missing = perFamily.length > 0 ? `judul kolom tidak ditemukan untuk ${perFamily.join("; ")}` : s.reason;
  return `  Lembar "${s.sheet}": ${missing}`;
}
