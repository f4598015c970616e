import { promises as fs } from "node:fs";
import { basename } from "node:path";
import { CliError } from "./cliError";
import { FileWorkbook } from "../file/fileWorkbook";
import { FileWorkbookError } from "../file/fileErrors";

export { CliError };

/** No workbook an office keeps is near this; anything larger is refused before it is read into memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Read the file's bytes, or a one-line reason why they cannot be read. */
export async function readFileBytes(path: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    throw readFailure(path, e);
  }
  if (stat.isDirectory()) throw new CliError(`Yang diberikan adalah folder, bukan berkas Excel: ${path}`);
  if (!stat.isFile())
    throw new CliError(`Bukan berkas biasa (perangkat, pipa atau soket): ${path}. Sebutkan berkas .xlsx.`);
  if (stat.size > MAX_FILE_BYTES) {
    throw new CliError(
      `Berkas terlalu besar (${Math.round(stat.size / 1048576)} MB; batasnya ${MAX_FILE_BYTES / 1048576} MB): ${path}`,
    );
  }
  try {
    return await fs.readFile(path);
  } catch (e) {
    throw readFailure(path, e);
  }
}

function readFailure(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new CliError(`Berkas tidak ditemukan: ${path}`);
  if (code === "EISDIR") return new CliError(`Yang diberikan adalah folder, bukan berkas Excel: ${path}`);
  if (code === "EACCES" || code === "EPERM") return new CliError(`Berkas tidak dapat dibaca (izin ditolak): ${path}`);
  return new CliError(`Berkas tidak dapat dibaca: ${path} (${(e as Error).message})`);
}

/** Open the bytes as a workbook; every failure is a CliError with the adapter's one-line message. */
export async function workbookFromBytes(bytes: Uint8Array, path: string): Promise<FileWorkbook> {
  try {
    return await FileWorkbook.fromBuffer(bytes, path);
  } catch (e) {
    if (e instanceof FileWorkbookError) throw new CliError(lockFileMessage(path) ?? e.message);
    throw e;
  }
}

/**
 * `~$Laporan.xlsx` (Excel) or `.~lock.Laporan.xlsx#` (LibreOffice): the small file a program keeps beside a workbook
 * it has open, not a workbook; the one meant is beside it.
 */
function lockFileMessage(file: string): string | null {
  const name = basename(file);
  const owner = /^~\$(.+)$/.exec(name)?.[1] ?? /^\.~lock\.(.+)#$/.exec(name)?.[1];
  if (owner === undefined) return null;
  return (
    `Berkas ${name} adalah berkas kunci yang dibuat Excel atau LibreOffice selama buku kerja ${owner} terbuka, ` +
    `bukan buku kerja. Sebutkan buku kerjanya sendiri (${owner}; pada Excel, nama yang panjang disingkat di berkas ` +
    "kunci ini)."
  );
}

/** Open a path as a workbook. */
export async function loadWorkbook(path: string): Promise<FileWorkbook> {
  return workbookFromBytes(await readFileBytes(path), path);
}
