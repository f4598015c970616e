import { registryRows } from "../../core/workbook/registry";
import { SheetSpec } from "../../core/tables/sheetSpec";
import { SheetWriter } from "./sheetWriter";
import { worksheetXml } from "./worksheetXml";
import { WorkbookPackage } from "./workbookPackage";
import { REGISTRY_SHEET } from "../../core/workbook/registry";

/** The settings as a sheet: text cells only, so every value stays exactly as written (settings hold JSON). */
function registrySpec(settings: Record<string, string>): SheetSpec {
  const cells = registryRows(settings).flatMap((line, row) =>
    line.map((v, col) => ({ row, col, cell: { value: typeof v === "boolean" ? String(v) : v } })),
  );
  return {
    name: REGISTRY_SHEET,
    kind: "lkjip-table",
    cells,
    merges: [],
    columnWidths: [],
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: false },
  };
}

/**
 * Write the settings sheet: `name` is the existing one (rewritten in place), or null to add it, very hidden, under
 * the first free name. Marked as ours either way.
 */
export function writeRegistrySheet(
  pkg: WorkbookPackage,
  name: string | null,
  settings: Record<string, string>,
  freeName?: string,
): void {
  const writer = new SheetWriter(pkg, new Map());
  const xml = worksheetXml(registrySpec(settings), { finalNames: new Map(), styleOf: () => 0, flavor: pkg.flavor });
  let sheet = name;
  if (sheet === null) {
    sheet = freeName ?? REGISTRY_SHEET;
    writer.addSheet(sheet, xml, "veryHidden");
  } else {
    const index = pkg.workbook().indexOf(sheet);
    const part = pkg.sheetPart(index);
    if (!part) throw new Error(`Bagian lembar "${sheet}" tidak ada di paket.`);
    pkg.setText(part, xml);
    pkg.workbook().setState(index, "veryHidden");
    pkg.touch("workbook");
  }
  writer.setMark(sheet, "registry", REGISTRY_SHEET, "", sheet);
}
