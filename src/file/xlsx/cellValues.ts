import { CellValue } from "../../core/grid/grid";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * A number as written in `<v>`: JavaScript's parse of the decimal text is the double Excel stored, with no drift
 * from a Date round trip. Text that is not a finite number stays text, so the engine reports it unreadable.
 */
export function numberValue(text: string): CellValue {
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

/** `t="b"`: `1` or `0`. */
export function booleanValue(text: string): boolean {
  return text === "1" || text.toLowerCase() === "true";
}

/**
 * `t="d"` (an ISO 8601 date, written by some generators and by strict OOXML) as Excel's serial number; a time
 * without a zone is taken as written, not as the machine's local time.
 */
export function isoDateValue(text: string, date1904: boolean): CellValue {
  const withZone = /[T ]\d/.test(text) && !/(Z|[+-]\d\d:?\d\d)$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(withZone);
  if (!Number.isFinite(ms)) return text;
  let serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
  if (date1904) serial -= DATE1904_OFFSET;
  // Excel counts the 29th of February 1900 that never was: serials before 1 March 1900 are one lower.
  else if (serial < 61) serial -= 1;
  return serial;
}
