import { promises as fs } from "node:fs";
import path from "node:path";
import { resultExtension, WORKBOOK_EXTENSION } from "../file/downloadName";
import { CliError } from "./cliError";

export interface OutputChoice {
  /** Absolute path to write. */
  path: string;
  /** The default name was taken, so a numbered one was chosen. */
  numbered: boolean;
  /** The default name that was taken, when `numbered`. */
  taken?: string;
  /** `-o` named a file that exists: it is overwritten (the user chose the name), and the run says so. */
  replaced?: boolean;
  /** `-o` named a file in a folder that is not there: the folder is made for it, and the run says so. */
  newFolder?: string;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where `generate` writes: `-o` as given (the user chose it; it must end in the result's extension, since the result
 * is always an Excel package whatever the input was), else `<input name>-lkjip.xlsx` beside the input, or
 * `<input name>-lkjip (2).xlsx`, `(3)`… when that exists, so nothing is overwritten silently; `.xlsm` for a
 * macro-enabled workbook, whose macros the result keeps.
 */
export async function chooseOutputPath(
  inputAbsolute: string,
  output: string | undefined,
  cwd: string,
): Promise<OutputChoice> {
  const extension = resultExtension(inputAbsolute);
  if (output !== undefined) {
    if (extension === ".xlsm" && resultExtension(output) !== ".xlsm") {
      throw new CliError(
        `Buku kerja ${path.basename(inputAbsolute)} berisi makro, dan hasilnya tetap memuatnya: beri nama berakhiran .xlsm untuk -o (Excel tidak membuka makro dalam berkas .xlsx).`,
      );
    }
    const named = path.resolve(cwd, output);
    if (/[\\/]$/.test(output) || (await fs.stat(named).catch(() => null))?.isDirectory()) {
      const example = path.join(
        named,
        `${path.basename(inputAbsolute).replace(WORKBOOK_EXTENSION, "")}-lkjip${extension}`,
      );
      throw new CliError(`-o menyebut folder ${named}: sebutkan nama berkasnya di dalamnya, mis. -o "${example}".`);
    }
    if (!output.trim().toLowerCase().endsWith(extension)) {
      const given = path.extname(output) || "tanpa akhiran";
      throw new CliError(
        `Hasil generate adalah buku kerja Excel ${extension}: beri nama berakhiran ${extension} untuk -o (${given} akan ditolak atau salah dibuka oleh Excel).`,
      );
    }
    const target = path.resolve(cwd, output);
    // A folder that is not there is made for the result, and said: a mistyped one must not go unnoticed (cli42 D5).
    const folder = path.dirname(target);
    if (!(await exists(folder))) return { path: target, numbered: false, newFolder: folder };
    return { path: target, numbered: false, ...((await exists(target)) ? { replaced: true } : {}) };
  }
  const dir = path.dirname(inputAbsolute);
  const stem = path.basename(inputAbsolute).replace(WORKBOOK_EXTENSION, "");
  const first = path.join(dir, `${stem}-lkjip${extension}`);
  if (!(await exists(first))) return { path: first, numbered: false };
  for (let i = 2; ; i++) {
    const candidate = path.join(dir, `${stem}-lkjip (${i})${extension}`);
    if (!(await exists(candidate))) return { path: candidate, numbered: true, taken: first };
  }
}

/** True when `output` is the input file itself (the same path, or another name of the same file). */
export async function isSameFile(inputAbsolute: string, output: string): Promise<boolean> {
  if (path.resolve(output) === path.resolve(inputAbsolute)) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(inputAbsolute), fs.stat(output)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** The file a path names, through any symbolic links. */
export function realFile(p: string): Promise<string> {
  return fs.realpath(p);
}

/** What tells a file saved again: its size and modification time. */
export interface FileState {
  size: number;
  mtimeMs: number;
}

export async function fileState(p: string): Promise<FileState | null> {
  try {
    const s = await fs.stat(p);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** The file was saved (or replaced, or removed) since `before` was taken. */
export async function changedSince(p: string, before: FileState | null): Promise<boolean> {
  const now = await fileState(p);
  return before === null || now === null || now.size !== before.size || now.mtimeMs !== before.mtimeMs;
}

/**
 * Write through a temporary file in the same folder, so a failed write never leaves half a workbook. A failure is a
 * CliError that says why in words a user can act on.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  // Not derived from the target's name: a name near the file system's limit would leave no room for the suffix.
  const temp = path.join(path.dirname(target), `.lkjip-${process.pid}.tmp`);
  const before = await fs.stat(target).catch(() => null);
  // Made read-only by its owner (Properties → Read-only, chmod a-w): not replaced, whoever runs this.
  if (before?.isFile() && (before.mode & 0o222) === 0) {
    throw new CliError(
      `Hasil tidak ditulis ke ${target}: berkas itu hanya-baca (read-only). Hapus tanda hanya-baca bila memang boleh ` +
        "ditimpa, atau sebutkan nama lain untuk -o.",
    );
  }
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(temp, bytes);
    // The file it replaces keeps its permissions (who may read it), as a save in Excel keeps them.
    if (before?.isFile()) await fs.chmod(temp, before.mode & 0o7777);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(`Hasil tidak dapat ditulis ke ${target}: ${writeFailure(e, before !== null)}`);
  }
}

/** Why a write failed, in words; `existed`: the target was there before (it may be open in Excel). */
function writeFailure(e: unknown, existed: boolean): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case "EISDIR":
      return "nama itu adalah folder; sebutkan nama berkas .xlsx";
    case "EBUSY":
    case "EPERM":
    case "EACCES":
      return existed
        ? "berkas sedang dibuka (tutup di Excel) atau folder tidak boleh ditulisi"
        : "folder itu tidak boleh ditulisi (izin ditolak); pilih folder lain untuk -o";
    case "ENOSPC":
      return "ruang disk penuh";
    case "EEXIST":
    case "ENOTDIR":
      return "sebagian jalurnya adalah berkas, bukan folder; periksa nama foldernya";
    case "ENOENT":
      return "foldernya tidak ada dan tidak dapat dibuat";
    case "ENAMETOOLONG":
      return "namanya terlalu panjang; pakai nama yang lebih pendek";
    case "EROFS":
      return "folder itu hanya dapat dibaca (mis. CD atau diska yang dikunci)";
    default: {
      // Node's own words are English; the error code at least lets a helper look it up.
      const code = (e as NodeJS.ErrnoException).code;
      return code ? `galat sistem ${code}` : (e instanceof Error ? e.message : String(e)).split("\n")[0];
    }
  }
}

/**
 * The lock file Excel (`~$Laporan.xlsx`, or `~$poran.xlsx` for a longer name) or LibreOffice (`.~lock.Laporan.xlsx#`)
 * keeps beside a workbook it has open, when there is one: the workbook is open there, and a save from that window
 * would write over what generate puts in the file.
 */
export async function openElsewhere(file: string): Promise<string | null> {
  const dir = path.dirname(file);
  const name = path.basename(file);
  for (const lock of [`.~lock.${name}#`, `~$${name}`, `~$${name.slice(2)}`]) {
    if (await exists(path.join(dir, lock))) return lock;
  }
  return null;
}
