import { promises as fs } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { FileWorkbook } from "../file/fileWorkbook";

/** The copy kept of a file `-o` replaces, and whether that file was an earlier result of generate. */
export interface KeptCopy {
  path: string;
  earlierResult: boolean;
}

/**
 * Before `-o` replaces a file, a copy of it beside it. An earlier result of generate may hold the officer's Data
 * Pendukung or what they typed into its LKjIP sheets, and running the same command again (from the shell's history,
 * after fixing the source) would otherwise wipe that out; any other file is theirs, named by a slip of the keyboard
 * as often as on purpose. Returns the copy, or null when nothing needs keeping: the file is byte for byte the new
 * result (the same parts, byte for byte), or empty.
 */
export async function keepPreviousResult(target: string, next: Uint8Array): Promise<KeptCopy | null> {
  let previous: Uint8Array;
  try {
    previous = new Uint8Array(await fs.readFile(target));
  } catch {
    return null;
  }
  if (previous.length === 0 || sameContent(previous, next)) return null;
  const earlierResult = await isEarlierResult(previous, path.basename(target));
  const copy = await freeName(target);
  await fs.copyFile(target, copy);
  return { path: copy, earlierResult };
}

/** The same parts with the same bytes (a zip's own dates differ from run to run). */
function sameContent(a: Uint8Array, b: Uint8Array): boolean {
  if (Buffer.from(a).equals(Buffer.from(b))) return true;
  try {
    const [x, y] = [unzipSync(a), unzipSync(b)];
    const names = Object.keys(x);
    if (names.length !== Object.keys(y).length) return false;
    return names.every((n) => y[n] !== undefined && Buffer.from(x[n]).equals(Buffer.from(y[n])));
  } catch {
    return false;
  }
}

async function isEarlierResult(bytes: Uint8Array, fileName: string): Promise<boolean> {
  try {
    const workbook = await FileWorkbook.fromBuffer(bytes, fileName);
    return workbook.generatedSheetParts().length > 0 || workbook.dataPendukungSheetName() !== null;
  } catch {
    return false;
  }
}

/** `laporan (sebelumnya).xlsx`, else `laporan (sebelumnya 2).xlsx`, …: never over another file. */
async function freeName(target: string): Promise<string> {
  const ext = path.extname(target);
  const stem = target.slice(0, target.length - ext.length);
  for (let i = 1; ; i++) {
    const candidate = `${stem} (sebelumnya${i === 1 ? "" : ` ${i}`})${ext}`;
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}
