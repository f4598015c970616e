import { holdsMacros } from "../../../src/file/formats/macros";
import { compoundFile, storedZip } from "../helpers";
import { fixtureBytes } from "./fixtures";

describe("holdsMacros: macros a file read into a new .xlsx cannot pass on", () => {
  it("an .xls with a VBA project, and one without", () => {
    expect(holdsMacros(compoundFile("Workbook", "_VBA_PROJECT_CUR", "VBA"), "xls")).toBe(true);
    expect(holdsMacros(compoundFile("Workbook", "\u0005SummaryInformation"), "xls")).toBe(false);
    expect(holdsMacros(fixtureBytes("pengukuran-kinerja-2022.xls"), "xls")).toBe(false);
  });

  it("an .ods with a Basic module; its library list alone, or no Basic folder, is no macro", () => {
    const ods = (extra: Record<string, string>) =>
      storedZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>", ...extra });
    expect(holdsMacros(ods({ "Basic/Standard/Module1.xml": "<m/>", "Basic/script-lc.xml": "<l/>" }), "ods")).toBe(true);
    expect(holdsMacros(ods({ "Basic/script-lc.xml": "<l/>" }), "ods")).toBe(false);
    expect(holdsMacros(fixtureBytes("pengukuran-kinerja-2022.ods"), "ods")).toBe(false);
  });

  it("other formats never", () => {
    expect(holdsMacros(fixtureBytes("pengukuran-kinerja-2022-libreoffice.html"), "html")).toBe(false);
  });
});
