/** Reading an .xlsx package without exceljs: see README.md in this folder. */
export { readWorkbookInfo } from "./workbookInfo";
export type { DefinedName, SheetKind, SheetState, WorkbookInfo, WorkbookSheet } from "./workbookInfo";
export { readSheetGrid } from "./sheetGrid";
export { XlsxReadError } from "../ooxml/ooxmlErrors";
export type { XlsxReadProblem } from "../ooxml/ooxmlErrors";
