/** What one Excel cell can hold: at most this many characters of text. */
export const MAX_CELL_TEXT = 32767;
/** Excel's largest finite number (9,99999999999999E+307); anything beyond is not stored. */
export const MAX_EXCEL_NUMBER = 9.99999999999999e307;
/** Columns of a worksheet (A to XFD). */
export const EXCEL_COLUMNS = 16384;
/** Rows of a worksheet. */
export const EXCEL_ROWS = 1048576;
