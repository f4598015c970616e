import { compoundFileNames } from "./compoundFile";
import { SourceFormat } from "./detectFormat";
import { zipEntryNames } from "../zipEntries";

/**
 * Whether a file read into a new .xlsx held macros that the .xlsx result cannot: VBA in an .xls (the
 * `_VBA_PROJECT_CUR` storage Excel writes), LibreOffice Basic in an .ods (its `Basic/` folder). The file itself keeps
 * them; the run says so instead of dropping them without a word.
 */
export function holdsMacros(bytes: Uint8Array, format: SourceFormat): boolean {
  if (format === "xls") return compoundFileNames(bytes).has("_VBA_PROJECT_CUR");
  if (format === "ods") {
    const names = zipEntryNames(bytes);
    return Array.isArray(names) && names.some((n) => /^\/?Basic\/.+\.xml$/i.test(n) && !/script-l[bc]\.xml$/i.test(n));
  }
  return false;
}
