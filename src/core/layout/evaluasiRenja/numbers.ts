import { parseIndonesianNumber } from "../../numbers/parseNumber";
import { collapseSpaces, CellReader, ReadNumber } from "../readCells";
import { NUMBER_WITH_UNIT } from "../../numbers/parseNumber";
import { Convention, toIndonesian } from "./separators";

const ABSENT: ReadNumber = { value: null, present: false, percent: false };

/** A number as read, and the unit written after it (`5 Dokumen`), if any. */
export interface ErReadNumber extends ReadNumber {
  unit?: string;
}

/**
 * Numbers of an Evaluasi Renja sheet: as the CellReader reads them, with the column's separator convention
 * (see separators.ts) and with a unit written after a count, as app exports print the K cells (`5 Dokumen`):
 * the indikator's satuan, or any unit word when the row has no satuan to compare with. What cannot be read goes
 * through the CellReader, which records it.
 */
export class ErNumberReader {
  constructor(
    readonly reader: CellReader,
    private readonly conventions: ReadonlyMap<number, Convention>,
  ) {}

  /** The same conventions over another reader (one line of a row's cells, indikatorLines.ts). */
  over(reader: CellReader): ErNumberReader {
    return new ErNumberReader(reader, this.conventions);
  }

  /**
   * A K (kinerja) cell: as read(), but a dash where `dashUnset` is a cell not filled in (a target not set), and a
   * value on an ordered scale (`BB`, `WTP`) as one.
   */
  kinerja(row: number, col: number | undefined, units: string, dashUnset: boolean): ErReadNumber {
    if (col === undefined) return ABSENT;
    if (dashUnset && this.reader.isDash(row, col)) return ABSENT;
    const kualitatif = this.reader.kualitatif(row, col);
    return kualitatif ? { value: null, present: true, percent: false, kualitatif } : this.read(row, col, units);
  }

  /** `units`: the row's satuan a unit must match, "" for any unit word, null where no unit may follow (Rp). */
  read(row: number, col: number | undefined, units: string | null = null): ErReadNumber {
    if (col === undefined) return ABSENT;
    const raw = this.reader.cell(row, col);
    if (typeof raw?.value !== "string" || this.reader.merges.isCovered(row, col)) return this.reader.number(row, col);
    let text = raw.value.trim();
    const withUnit = units === null ? null : NUMBER_WITH_UNIT.exec(text);
    const unit =
      withUnit && units !== null && (units === "" || sameWords(withUnit[2], units))
        ? collapseSpaces(withUnit[2])
        : undefined;
    if (withUnit && unit) text = withUnit[1].trim();
    else if (withUnit && units && parseIndonesianNumber(withUnit[1].trim()).kind === "number")
      return this.reader.unitNotSatuan(row, col, units);
    else if (this.conventions.get(col) !== "titik-desimal") return this.reader.number(row, col);
    if (this.conventions.get(col) === "titik-desimal") text = toIndonesian(text);
    const parsed = parseIndonesianNumber(text);
    if (parsed.kind === "empty") return ABSENT;
    if (parsed.kind === "unreadable") return this.reader.number(row, col);
    const read: ErReadNumber = {
      value: { value: parsed.value, decimals: parsed.decimals, cell: this.reader.a1(row, col) },
      present: true,
      percent: parsed.percent,
    };
    if (unit) read.unit = unit;
    return read;
  }
}

/** The unit written is the satuan, or shortened as offices type it (`Keg` Kegiatan, `Dok.` Dokumen, `Org` Orang). */
function sameWords(written: string, satuan: string): boolean {
  const a = collapseSpaces(written).toLowerCase();
  const b = collapseSpaces(satuan).toLowerCase();
  return a === b || isShortFor(a.replace(/\.$/, ""), b);
}

/**
 * One word of at least two letters, its first letter the satuan's and the rest in the satuan's order (`pkt` in
 * `paket`, `lbg` in `lembaga`): how a unit is shortened; a word of another unit rarely passes (`org` is no `dokumen`).
 */
function isShortFor(short: string, satuan: string): boolean {
  if (!/^[a-z]{2,}$/.test(short) || short.length >= satuan.length || short[0] !== satuan[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = satuan.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
