import { Messages } from "./id";

/** A count as English writes it: 100,000. */
const num = (count: number) => count.toLocaleString("en-US");

export const en: Messages = {
  appTitle: "LKjIP from Pengukuran Kinerja or Evaluasi Renja",
  languageLabel: "Language",
  languageNames: { id: "Indonesia", en: "English" },
  stepsLabel: "Steps",
  steps: { kenali: "Recognise", periksa: "Check", buat: "Build LKjIP" },
  stepHeadings: { kenali: "Recognised tables", periksa: "Findings", buat: "LKjIP tables" },

  noWorkbookTitle: "No workbook yet",
  noWorkbookBody:
    "This pane is not running inside Excel. Open a Pengukuran Kinerja or Evaluasi Renja file (.xlsx, .xls, .ods, or a table exported by an app) to recognise, check and build the LKjIP tables.",
  openFile: "Open a file",
  openFileUnavailable: "Opening a file from this page is not available yet. Run the add-in in Excel.",

  loading: "Reading the workbook…",
  reload: "Read the workbook again",
  errorTitle: "Something went wrong",
  unknownError: "Unknown error.",
  dismiss: "Close message",
  settingUnreadable: (sheet: string) =>
    `The saved column corrections for sheet "${sheet}" are unreadable and were ignored.`,
  sourceChangedTitle: "The source sheet changed",
  sourceChanged: (sheet: string) =>
    `Sheet "${sheet}" was edited after it was checked, so the findings in this pane may be out of date.`,
  recheck: "Check again",

  triwulan: "Quarter",
  tahun: "Year",
  notInTitle: "not stated in the title",
  counts: {
    urusan: "Affairs (urusan)",
    bidang: "Fields of affairs (bidang urusan)",
    tujuan: "Goals (tujuan)",
    sasaran: "Targets (sasaran)",
    indikator: "Indicators",
    program: "Programs",
    kegiatan: "Activities (kegiatan)",
    subKegiatan: "Sub-activities",
  },
  noTableTitle: "No Pengukuran Kinerja or Evaluasi Renja table found",
  noTableBody: "No sheet holds the column headers of a Pengukuran Kinerja or an Evaluasi Renja table.",
  missingHeaders: (sheet: string, words: string) => `Sheet "${sheet}": column headers not found: ${words}.`,
  hiddenSheetsNotRead: (names: string) =>
    `Hidden sheets are not read: ${names}. If the table is in one of them, ` +
    "unhide that sheet (right-click a sheet tab › Unhide), then check again.",
  skippedSheets: (names: string) => `Skipped (not a Pengukuran Kinerja or Evaluasi Renja table): ${names}.`,
  recognisedSummary: (sheets: number, findings: number, errors: number) =>
    findings === 0
      ? `${num(sheets)} ${sheets === 1 ? "sheet" : "sheets"} recognised; the check found nothing to report.`
      : errors === 0
        ? `${num(sheets)} ${sheets === 1 ? "sheet" : "sheets"} recognised; the check found ${num(findings)} ${findings === 1 ? "finding" : "findings"}, none of them an error.`
        : `${num(sheets)} ${sheets === 1 ? "sheet" : "sheets"} recognised; the check found ${num(findings)} ${findings === 1 ? "finding" : "findings"}, ${num(errors)} of them ${errors === 1 ? "an error" : "errors"}.`,
  sourceHeading: "Source of the LKjIP tables",
  sourceHint: "The LKjIP tables are built from one sheet: the latest by year and quarter, unless you choose another.",
  sourceOne: (sheet: string) => `The LKjIP tables are built from sheet "${sheet}".`,
  sourceLatest: "latest",
  period: (triwulan: number | null, tahun: number | null, semester = false) =>
    [triwulan ? (semester ? `H${triwulan <= 2 ? 1 : 2}` : `Q${triwulan}`) : "", tahun ? `${tahun}` : ""]
      .filter(Boolean)
      .join(" ") || "quarter and year not stated in the title",
  toPeriksa: "Check the figures",

  correctColumns: "Correct columns",
  columnsHint:
    "If a column was recognised wrongly, pick the right column letter. Corrections are saved in the workbook.",
  columnNotFound: "not found",
  columnOptional: "optional",
  columnCorrected: "corrected",
  columnNoHeader: "(no header)",
  columnPickerLabel: (label: string) => `Column letter for ${label}`,
  columnOption: (letter: string, header: string) => `${letter} · ${header}`,
  resetColumns: "Remove column corrections",
  columnTaken: (letter: string, owner: string, wanted: string) =>
    `Column ${letter} is already used for "${owner}". Use column ${letter} for "${wanted}" and take it from "${owner}"?`,
  columnMove: "Yes, move it",
  cancel: "Cancel",
  columnsSwapped: (letter: string, wanted: string, owner: string, previous: string) =>
    `Column ${letter} is now "${wanted}"; "${owner}" moved to column ${previous}.`,
  findingsChanged: (before: number, after: number) => `After the correction: ${num(before)} → ${num(after)} findings.`,
  columnLabels: {
    no: "Number",
    tujuan: "Goal (tujuan)",
    indikatorTujuan: "Goal indicator",
    sasaran: "Strategic target (sasaran)",
    indikatorSasaran: "Target indicator",
    formulasi: "Calculation formula",
    target1: "Target Q1",
    target2: "Target Q2",
    target3: "Target Q3",
    target4: "Target Q4",
    realisasiKinerja: "Performance realised",
    capaianKinerja: "Performance achieved",
    capaianTahunan: "Achieved against the year's target",
    satuan: "Unit",
    polaritas: "Polarity",
    keterangan: "Remarks",
    kode: "Code",
    uraian: "Program / activity / sub-activity",
    pagu: "Budget ceiling (pagu)",
    kas1: "Cash plan Q1",
    kas2: "Cash plan Q2",
    kas3: "Cash plan Q3",
    kas4: "Cash plan Q4",
    realisasiAnggaran: "Budget realised (Rp)",
    capaianAnggaran: "Budget achieved (%)",
  },
  semesterOf: (triwulan: number) => `Half year ${triwulan <= 2 ? 1 : 2}`,
  erSemesterColumn: (half: 1 | 2, unit: "K" | "Persen" | "Rp") =>
    `Realised H${half} (${unit === "Persen" ? "%" : unit})`,
  erColumnLabels: {
    no: "Number",
    visi: "Vision (visi)",
    misi: "Mission (misi)",
    sasaranRpjmd: "RPJMD target",
    tujuan: "Office goal (tujuan PD)",
    sasaran: "Office target (sasaran PD)",
    kode: "Code",
    uraian: "Affair / program / activity",
    indikator: "Program / activity indicator",
    satuan: "Unit",
    targetRenstraK: "Renstra target (K)",
    targetRenstraRp: "Renstra target (Rp)",
    realisasiRenstraK: "Renstra realised to last year (K)",
    realisasiRenstraRp: "Renstra realised to last year (Rp)",
    targetRenjaK: "Renja target (K)",
    targetRenjaRp: "Renja target (Rp)",
    realisasiTw1K: "Realised Q1 (K)",
    realisasiTw1Persen: "Realised Q1 (%)",
    realisasiTw1Rp: "Realised Q1 (Rp)",
    realisasiTw2K: "Realised Q2 (K)",
    realisasiTw2Persen: "Realised Q2 (%)",
    realisasiTw2Rp: "Realised Q2 (Rp)",
    realisasiTw3K: "Realised Q3 (K)",
    realisasiTw3Persen: "Realised Q3 (%)",
    realisasiTw3Rp: "Realised Q3 (Rp)",
    realisasiTw4K: "Realised Q4 (K)",
    realisasiTw4Persen: "Realised Q4 (%)",
    realisasiTw4Rp: "Realised Q4 (Rp)",
    realisasiK: "Realised this year (K)",
    realisasiRp: "Realised this year (Rp)",
    realisasiSdTahunK: "Renstra realised to this year (K)",
    realisasiSdTahunRp: "Renstra realised to this year (Rp)",
    tingkatCapaianK: "Renstra achievement (K)",
    tingkatCapaianRp: "Renstra achievement (Rp)",
    capaianRenjaK: "Renja achievement (K)",
    capaianRenjaRp: "Renja achievement (Rp)",
    unitPd: "Responsible unit",
    keterangan: "Remarks",
  },
  layoutNames: { "pengukuran-kinerja": "Pengukuran Kinerja", "evaluasi-renja": "Evaluasi Renja" },

  noModelsYet: "No table recognised yet. See the Recognise step.",
  noFindings: "No findings: the figures agree.",
  severityCount: (n: number, word: string) => `${num(n)} ${word.toLowerCase()}${n === 1 || word === "Info" ? "" : "s"}`,
  ruleFilterLabel: "Filter by rule",
  clearSelection: "Clear selection",
  allRules: "All rules",
  sheetFilterLabel: "Filter by sheet",
  allSheets: "All sheets",
  showInfo: (n: number) => `Show info (${num(n)})`,
  shownCount: (shown: number, total: number) => `${num(shown)} of ${num(total)} findings shown`,
  wholeSheet: "Whole sheet",
  listLabel: "Findings, grouped by sheet and by row",
  sheetGroup: (sheet: string, n: number) => `Sheet "${sheet}" · ${num(n)} ${n === 1 ? "finding" : "findings"}`,
  rowMeta: (level: string | null, row: number | null, n: number) =>
    [level, row !== null ? `row ${row}` : "whole sheet", `${num(n)} ${n === 1 ? "finding" : "findings"}`]
      .filter(Boolean)
      .join(" · "),
  cellLabel: (cell: string) => `Cell ${cell}`,
  goToCell: (sheet: string, cell: string) => `Select cell ${cell} in sheet "${sheet}"`,
  showFigures: (cell: string) => `Show the row's figures for cell ${cell}`,
  figuresHeading: (row: number) => `Figures of row ${row} as read`,
  figuresNone: "This row holds no readable budget or performance figures.",
  figureLabels: {
    name: "Name",
    level: "Level",
    pagu: "Pagu",
    kas: "Cash plan",
    target: "Target",
    realisasi: "Realisation",
    capaian: "Achievement",
    targetRenja: "Renja target this year (Rp)",
    realisasiTahun: "Realisation this year (Rp)",
    realisasiSdTahun: "Renstra realisation up to this year (Rp)",
  },
  figureEmpty: "empty",
  figureUnreadable: (text: string) => `"${text}" (not readable as a number)`,
  toBuat: "Build the LKjIP tables",

  buatIntro:
    "Reads the workbook, checks the figures, then writes the LKjIP tables into new sheets. Your own sheets are not changed.",
  generateButton: "Build the LKjIP tables",
  regenerateButton: "Build again",
  errorsBefore: (n: number, sheet: string) =>
    n > 0
      ? `The source sheet "${sheet}" still holds ${num(n)} ${n === 1 ? "error" : "errors"}. The LKjIP tables carry its figures as they are.`
      : `The source sheet "${sheet}" holds no errors.`,
  errorsAfter: (n: number, sheet: string) =>
    n > 0
      ? `Built from "${sheet}", which still holds ${num(n)} ${n === 1 ? "error" : "errors"}; those figures are in the tables. Fix them in the source sheet and build again.`
      : `Built from "${sheet}", which holds no errors.`,
  seeInPeriksa: "See them in Check",
  tableWarningsTitle: (n: number) => (n === 1 ? "Check before printing" : `Check before printing (${num(n)})`),
  tableNotes: (n: number) =>
    `The Hasil Pemeriksaan sheet also lists ${num(n)} ${n === 1 ? "note" : "notes"} from building the tables (e.g. a table cell left empty and why, a Data Pendukung row that matches nothing).`,
  undoOneStep: "Once written, all the new sheets can be undone at once with Undo (Ctrl+Z).",
  undoNone:
    "This Excel cannot undo this step with Undo. Your own sheets are not changed; the sheets written can be deleted if you do not need them.",
  undoNotGrouped:
    "This write cannot be undone at once with Undo: some of its changes (such as deleting an old sheet) cannot be undone in Excel.",
  phases: { membaca: "Reading", memeriksa: "Checking", menulis: "Writing" },
  progressLabel: "Progress",
  progressText: (phase: string, done: number, total: number) =>
    total > 0 ? `${phase}… (${num(Math.floor(done))} of ${num(total)})` : `${phase}…`,
  doneSummary: (n: number) => `Done: ${num(n)} ${n === 1 ? "sheet" : "sheets"} written.`,
  sourceLine: (sheet: string, period: string) => `Source: sheet "${sheet}", ${period}.`,
  writtenHeading: "Sheets written",
  writtenStatus: { new: "new", updated: "replaced", appended: "added to empty cells", unchanged: "unchanged" },
  keptHeading: "Left as they were",
  resubjectedHeading: "Check your references",
  updatedFormats:
    "Replaced sheets are rewritten, content and formatting: formatting you only changed there (colours, bold, " +
    "column widths) is not kept. Do the final formatting after the last run, or copy the sheet first.",
  keptPrint: (sheets: string) =>
    `The print settings you gave ${sheets} stay (paper, orientation, scale, margins, first page number); the print ` +
    "area, print titles and page breaks are laid out again for the new content.",
  keptLine: (kept: string, written: string) =>
    `You edited "${kept}", so it was kept as it is; the new version went to "${written}". Your formulas and names ` +
    `that refer to "${kept}" still read its old content.`,
  keptOtherSubjectLine: (kept: string, written: string, was: string, now: string) =>
    `You edited "${kept}", so it was kept as it is (sasaran "${was}"); that table now holds sasaran "${now}" and went to "${written}".`,
  staleLine: (name: string, current: string) =>
    `"${name}" holds an older version of the table now written to "${current}" and is no longer updated; delete it when you no longer need it.`,
  keptAlone: (kept: string) => `You edited "${kept}" and it is no longer built, so it was kept as it is.`,
  referencedLine: (name: string, by: string) =>
    `"${name}" is no longer built, but ${by} refer to it, so it was left as it is (from an earlier run); delete it once those references are changed.`,
  besideTheirs: (taken: string, written: string) =>
    `The sheet "${taken}" carries no lkjip mark (it is yours, or another program dropped the mark when saving), so it was left as it is; the table went to "${written}".`,
  replaceKept: (name: string) => `Replace "${name}" with the new version`,
  replaceKeptHint: "What you typed in that sheet will be replaced.",
  removedLine: (names: string) => `Deleted because they are no longer built and you had not edited them: ${names}.`,
  nothingWritten: "No sheet was written.",
  openSheet: (name: string) => `Open sheet "${name}"`,
  openSheetButton: "Open the sheet",
  dataPendukungTitle: "Fill in Data Pendukung",
  dataPendukungBody: (sheet: string) =>
    `Sheet "${sheet}" was created. Fill in the polarity, last year's target and realisation, the Renstra end target and the analysis, then build the LKjIP tables again.`,
  dataPendukungWebBody: (sheet: string) =>
    `Sheet "${sheet}" was created in the result. Download the result, fill in that sheet in Excel or LibreOffice Calc (polarity, last year's target and realisation, Renstra end target, analysis) and save it. Then open the filled-in file on this page again and build the LKjIP tables once more.`,
  downloadNext: "Download the result with the Download result button above.",
  checkingAgain: "Checking again with the corrected columns…",
  figuresLoading: "Loading the row's figures…",
};
