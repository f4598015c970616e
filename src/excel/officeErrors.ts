import { REGISTRY_SHEET } from "../core/workbook/registry";

/** The shape of OfficeExtension.Error (Office's "RichApi.Error") the adapter relies on. */
interface OfficeErrorLike {
  name?: string;
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

export function isOfficeError(e: unknown): e is OfficeErrorLike {
  if (typeof e !== "object" || e === null) return false;
  const o = e as Partial<OfficeErrorLike>;
  return (
    typeof o.code === "string" && typeof o.message === "string" && (o.name === "RichApi.Error" || "debugInfo" in o)
  );
}

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

/** Excel refused a request for its size: the caller may retry with a smaller one. */
export function isPayloadLimitError(e: unknown): boolean {
  return isOfficeError(e) && PAYLOAD_CODES.has(e.code);
}

/** An Office error put into words for the user; the original is kept as `cause`. */
export class ExcelAdapterError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = "ExcelAdapterError";
  }
}

/** Excel refused an operation inside an undo group (`mergeUndoGroup`) because it cannot be undone. */
export function isUndoNotSupported(e: unknown): boolean {
  const code = e instanceof ExcelAdapterError ? e.code : isOfficeError(e) ? e.code : null;
  return code === "UndoNotSupported";
}

/** The sheets the statements in flight were about, so a refusal can name them. Updated as the work moves on. */
export class ErrorScope {
  constructor(public sheets: string[] = []) {}

  add(sheet: string): void {
    if (!this.sheets.includes(sheet)) this.sheets.push(sheet);
  }
}

const STRUCTURE_CHANGES = /WorksheetCollection\.add|Worksheet\.(delete|visibility|name|position)/;

function sheetList(sheets: string[]): string {
  return sheets
    .map((s) => (s.toLowerCase() === REGISTRY_SHEET.toLowerCase() ? `"${s}" (catatan add-in, tersembunyi)` : `"${s}"`))
    .join(", ");
}

/** One clear Indonesian sentence for an error from Office. */
export function officeErrorMessage(e: OfficeErrorLike, scope: ErrorScope): string {
  const names = sheetList(scope.sheets);
  const lembar = names ? `Lembar ${names}` : "Lembar yang dituju";
  switch (e.code) {
    case "AccessDenied":
      if (STRUCTURE_CHANGES.test(e.debugInfo?.errorLocation ?? "")) {
        return "Struktur buku kerja diproteksi sehingga lembar tidak dapat ditambah atau dihapus; buka proteksinya (Tinjau › Proteksi Buku Kerja) lalu coba lagi.";
      }
      return `${lembar} diproteksi; buka proteksinya lalu coba lagi.`;
    case "ItemNotFound":
      return `${lembar} tidak ditemukan; mungkin sudah dihapus atau diganti namanya.`;
    case "ItemAlreadyExists":
      return `${lembar} sudah ada di buku kerja; ganti nama lembar tersebut lalu coba lagi.`;
    case "InvalidOperationInCellEditMode":
      return "Excel sedang dalam mode edit sel; tekan Enter atau Esc lalu coba lagi.";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return `${lembar} terlalu besar untuk dibaca atau ditulis Excel dalam satu permintaan, bahkan setelah dipecah; kecilkan lembar lalu coba lagi.`;
    case "RequestAborted":
      return "Permintaan ke Excel dibatalkan; coba lagi.";
    default:
      return `Excel menolak perintah${names ? ` pada lembar ${names}` : ""} (kode ${e.code}): ${e.message}`;
  }
}

/** Run `work`; an Office error comes out as an ExcelAdapterError with an Indonesian message, anything else as is. */
export async function translatingOfficeErrors<T>(scope: ErrorScope, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isOfficeError(e)) throw new ExcelAdapterError(officeErrorMessage(e, scope), e.code, e);
    throw e;
  }
}
