import { PackageParts } from "../package/packageParts";
import { readSharedStrings } from "./sharedStrings";
import { CellStyle, readCellStyles } from "./styles";
import { readThemeColors } from "./theme";
import { WorkbookInfo } from "./workbookInfo";

/** What every sheet of a package shares: its string table and its resolved cell formats. */
export interface PackageContext {
  strings: string[];
  styles: CellStyle[];
}

/** Read once per package, however many of its sheets are read. */
const contexts = new WeakMap<PackageParts, PackageContext>();

export function packageContext(parts: PackageParts, info: WorkbookInfo): PackageContext {
  let context = contexts.get(parts);
  if (!context) {
    const theme = readThemeColors(parts, info.themePart);
    context = {
      strings: readSharedStrings(parts, info.sharedStringsPart),
      styles: readCellStyles(parts, info.stylesPart, theme),
    };
    contexts.set(parts, context);
  }
  return context;
}
