import { parseIndonesianNumber } from "../../numbers/parseNumber";
import { collapseSpaces, CellReader, ReadNumber } from "../readCells";
import { Convention, toIndonesian } from "./separators";

const ABSENT: ReadNumber = { value: null, present: false, percent: false };
const WITH_UNIT = /^([-+(]?\s*[\d.,]+\s*%?\)?)\s*([A-Za-z][A-Za-z ./-]*)$/;

/**
 * Numbers of an Evaluasi Renja sheet: as the CellReader reads them, with the column's separator convention
 * (see separators.ts) and with the indikator's satuan written after a count (`5 Dokumen`, as app exports do).
 * What cannot be read goes through the CellReader, which records it.
 */
export class ErNumberReader {
  constructor(
    readonly reader: CellReader,
    private readonly conventions: ReadonlyMap<number, Convention>,
  ) {}

  read(row: number, col: number | undefined, satuan = ""): ReadNumber {
    if (col === undefined) return ABSENT;
    const raw = this.reader.cell(row, col);
    if (typeof raw?.value !== "string" || this.reader.merges.isCovered(row, col)) return this.reader.number(row, col);
    let text = raw.value.trim();
    const withUnit = WITH_UNIT.exec(text);
    if (withUnit && satuan !== "" && sameWords(withUnit[2], satuan)) text = withUnit[1].trim();
    else if (this.conventions.get(col) !== "titik-desimal") return this.reader.number(row, col);
    if (this.conventions.get(col) === "titik-desimal") text = toIndonesian(text);
    const parsed = parseIndonesianNumber(text);
    if (parsed.kind === "empty") return ABSENT;
    if (parsed.kind === "unreadable") return this.reader.number(row, col);
    return {
      value: { value: parsed.value, decimals: parsed.decimals, cell: this.reader.a1(row, col) },
      present: true,
      percent: parsed.percent,
    };
  }
}

function sameWords(a: string, b: string): boolean {
  return collapseSpaces(a).toLowerCase() === collapseSpaces(b).toLowerCase();
}
