import { WriteReport } from "../ports/workbookPort";

/** A generated sheet written under another name because a sheet without our mark holds its own. */
export interface WrittenBeside {
  /** The name the workbook's own sheet holds (`LKjIP Bab II`). */
  taken: string;
  /** Where the table went instead (`LKjIP Bab II (2)`). */
  written: string;
}

/**
 * Sheets added beside a sheet of the same name that carries no mark of ours: the officer's own, or one of ours whose
 * mark another program dropped when it saved the file. Either way it was left as it is, and the officer should
 * hear why the table went to a new name (edited generated sheets are reported on their own, as `keptEdited`).
 */
export function writtenBeside(report: WriteReport): WrittenBeside[] {
  return report.sheets.flatMap((s) =>
    s.status === "new" && s.name !== null && s.name !== s.spec && s.keptEdited === undefined
      ? [{ taken: s.spec, written: s.name }]
      : [],
  );
}
