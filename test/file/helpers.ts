import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");

export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE));
}

/** Plain exceljs, without any link fix: how another program built on exceljs sees the bytes. */
export async function plainLoad(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export interface SheetSnapshot {
  cells: Record<string, unknown>;
  merges: string[];
}

/** Every non-empty cell (value, formula, cached result, number format) and the merges of a sheet. */
export function snapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, unknown> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      cells[cell.address] = {
        value: cell.type === ExcelJS.ValueType.Merge ? "(merged)" : cell.value,
        formula: cell.formula,
        result: cell.result,
        numFmt: cell.numFmt,
      };
    }),
  );
  return { cells, merges: [...ws.model.merges].sort() };
}

/** A zip holding the given text files, stored without compression (as small and plain as a zip gets). */
export function storedZip(files: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  let count = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = [...encoder.encode(name)];
    const data = [...encoder.encode(text)];
    const crc = crc32(data);
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    local.push(...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0));
    local.push(...nameBytes, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length));
    central.push(...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
    count++;
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count)];
  end.push(...u32(central.length), ...u32(local.length), ...u16(0));
  return new Uint8Array([...local, ...central, ...end]);
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
function crc32(data: number[]): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The start of a compound file whose directory (right after the 512-byte header) names the given streams: UTF-16LE
 * names in 128-byte entries with their length and type, as CFB stores them. An old .xls has `Workbook`, an encrypted
 * .xlsx `EncryptionInfo`, a Word .doc `WordDocument`.
 */
export function compoundFile(...streams: string[]): Uint8Array {
  // The header, then the directory in whole 512-byte sectors from sector 0, as the header says (no allocation table
  // sectors listed: the 109 slots of the header are free).
  const out = new Uint8Array(512 + 512 * Math.ceil((128 * (streams.length + 1)) / 512));
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  out[0x1e] = 9;
  out.fill(0xff, 0x4c, 0x4c + 4 * 109);
  ["Root Entry", ...streams].forEach((name, i) => {
    const p = 512 + 128 * i;
    for (let c = 0; c < name.length; c++) out[p + 2 * c] = name.charCodeAt(c);
    out[p + 64] = (name.length + 1) * 2;
    out[p + 66] = i === 0 ? 5 : 2;
  });
  return out;
}
