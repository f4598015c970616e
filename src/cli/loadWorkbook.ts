import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { CliError } from "./cliError";
import { detectFileKind } from "../file/fileKind";
import { fixInternalLinks } from "../file/internalLinks";

export { CliError };

/** Read the file's bytes, or a one-line reason why they cannot be read. */
export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`Berkas tidak ditemukan: ${path}`);
    if (code === "EISDIR") throw new CliError(`Yang diberikan adalah folder, bukan berkas Excel: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new CliError(`Berkas tidak dapat dibaca (izin ditolak): ${path}`);
    throw new CliError(`Berkas tidak dapat dibaca: ${path} (${(e as Error).message})`);
  }
}

/** Turn the bytes of an .xlsx into an exceljs Workbook; every failure is a CliError with a one-line message. */
export async function workbookFromBytes(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  switch (detectFileKind(bytes)) {
    case "empty":
      throw new CliError(`Berkas kosong (0 byte), bukan buku kerja Excel: ${path}`);
    case "encrypted-ooxml":
      throw new CliError(
        `Berkas dilindungi kata sandi: ${path}. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook), simpan, lalu coba lagi.`,
      );
    case "cfb":
      throw new CliError(
        `Berkas berformat Excel lama (.xls): ${path}. Simpan ulang sebagai .xlsx (Excel Workbook), lalu coba lagi.`,
      );
    case "other":
      throw new CliError(
        `Bukan berkas Excel .xlsx: ${path}. Simpan atau ekspor sebagai .xlsx (Excel Workbook), lalu coba lagi.`,
      );
    case "zip":
      break;
  }
  const workbook = new ExcelJS.Workbook();
  fixInternalLinks(workbook);
  try {
    // exceljs types want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new CliError(`Berkas rusak atau bukan .xlsx yang sah: ${path} (${oneLine(e)})`);
  }
  if (workbook.worksheets.length === 0) {
    throw new CliError(`Berkas tidak berisi lembar kerja (bukan buku kerja Excel yang sah): ${path}`);
  }
  return workbook;
}

/** Open a path as an exceljs Workbook. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return workbookFromBytes(await readFileBytes(path), path);
}

function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0].trim() || "tidak diketahui";
}
