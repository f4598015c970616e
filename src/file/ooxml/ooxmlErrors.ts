/**
 * Why a package cannot be read. Each carries the part (and the sheet, when one is concerned) so a caller can add the
 * file's name and show one line in Bahasa Indonesia; `message` is already such a line without the file name.
 */
export type XlsxReadProblem =
  /** A part the reader needs is not in the package (`_rels/.rels`, the workbook part). */
  | "missing-part"
  /** A part is not well-formed XML, or lacks what the format requires of it. */
  | "malformed-part"
  /** `workbook.xml` lists a sheet whose part is not in the package. */
  | "missing-sheet-part"
  /** No sheet of that name. */
  | "unknown-sheet"
  /** A chart sheet or dialog sheet: it has no grid of cells. */
  | "not-a-worksheet";

export class XlsxReadError extends Error {
  constructor(
    readonly problem: XlsxReadProblem,
    message: string,
    /** The part concerned, as named in the package. */
    readonly part: string,
    /** The sheet concerned, for missing-sheet-part, unknown-sheet and not-a-worksheet. */
    readonly sheet?: string,
  ) {
    super(message);
    this.name = "XlsxReadError";
  }
}

export function missingPart(part: string, what: string): XlsxReadError {
  return new XlsxReadError("missing-part", `Bagian ${what} (${part}) tidak ada di dalam berkas.`, part);
}

export function malformedPart(part: string, detail: string): XlsxReadError {
  return new XlsxReadError("malformed-part", `Bagian ${part} rusak: ${detail}.`, part);
}

export function missingSheetPart(sheet: string, part: string): XlsxReadError {
  return new XlsxReadError(
    "missing-sheet-part",
    `Lembar "${sheet}" tercantum di daftar lembar, tetapi isinya (${part}) tidak ada di dalam berkas.`,
    part,
    sheet,
  );
}

export function unknownSheet(sheet: string): XlsxReadError {
  return new XlsxReadError("unknown-sheet", `Lembar "${sheet}" tidak ada di buku kerja.`, "xl/workbook.xml", sheet);
}

export function notAWorksheet(sheet: string, part: string): XlsxReadError {
  return new XlsxReadError(
    "not-a-worksheet",
    `Lembar "${sheet}" adalah lembar grafik atau dialog, bukan lembar kerja berisi sel.`,
    part,
    sheet,
  );
}

/**
 * A parser's complaint as Indonesian words: its messages are English and technical, so only the position it names
 * (`12:5: …` → baris 12, kolom 5) is kept.
 */
export function notXml(part: string, parserMessage: string): XlsxReadError {
  const at = /^(\d+):(\d+)/.exec(parserMessage) ?? /line[: ]+(\d+)\D+col(?:umn)?[: ]+(\d+)/i.exec(parserMessage);
  return malformedPart(part, at ? `XML tidak sah di baris ${at[1]}, kolom ${at[2]}` : "XML tidak sah");
}
