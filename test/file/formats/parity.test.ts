import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../../../src/core/pipeline";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { openFixture, openSample, recognise, recognition, sourceGrids } from "./fixtures";

jest.setTimeout(60_000);

describe("recognition and findings on other formats equal those on the .xlsx original", () => {
  let original: ReturnType<typeof recognise>;
  beforeAll(async () => {
    original = recognise(sourceGrids(await openSample()));
  });

  it("the original holds what the comparison needs", () => {
    expect(original.models).toHaveLength(2);
    expect(original.findings.length).toBeGreaterThan(40);
  });

  it.each([
    ["pengukuran-kinerja-2022.xls", "xls"],
    ["pengukuran-kinerja-2022-biff.xlsx", "xls"],
    ["pengukuran-kinerja-2022.ods", "ods"],
    ["pengukuran-kinerja-2022.xml", "spreadsheetml"],
    ["pengukuran-kinerja-2022-libreoffice.html", "html"],
  ])("%s (%s): the same sheets, models and findings by rule and cell", async (file, format) => {
    const wb = await openFixture(file);
    expect(wb.sourceFormat).toBe(format);
    expect(wb.sourceSheetNames()).toEqual(["TW I 2022", "TW IV 2022"]);
    expect(recognise(sourceGrids(wb))).toEqual(original);
  });

  it.each([
    ["pengukuran-kinerja-2022-tw1-ekspor.xls", "html", "TW I 2022"],
    ["pengukuran-kinerja-2022-tw4-ekspor.xls", "html", "TW IV 2022"],
    ["pengukuran-kinerja-2022-tw4-halaman.xls", "mhtml", "TW IV 2022"],
  ])("%s (%s, one sheet): the same as that sheet of the .xlsx alone", async (file, format, sheet) => {
    const sample = await openSample();
    const expected = recognition(analyseWorkbook([sample.grid(sheet)]));
    const wb = await openFixture(file);
    expect(wb.sourceFormat).toBe(format);
    expect(wb.sourceSheetNames()).toEqual([sheet]);
    const got = recognise(sourceGrids(wb));
    expect(got).toEqual(expected);
    expect(got.findings.length).toBeGreaterThan(5);
  });
});

describe("Evaluasi Renja: recognition and findings on other formats equal those on the .xlsx", () => {
  const SAMPLES = path.join(__dirname, "..", "..", "..", "assets", "samples");
  const open = async (file: string) =>
    FileWorkbook.fromBuffer(new Uint8Array(readFileSync(path.join(SAMPLES, file))), file);

  it.each(["evaluasi-renja-2022.xls", "evaluasi-renja-2022.ods"])(
    "the hand-made form as %s: the same sheets, models and findings",
    async (file) => {
      const original = recognise(sourceGrids(await open("evaluasi-renja-2022.xlsx")));
      expect(original.models).toHaveLength(2);
      expect(original.findings.length).toBeGreaterThan(5);
      expect(recognise(sourceGrids(await openFixture(file)))).toEqual(original);
    },
  );

  it("the SIPD app's HTML .xls export: the same models and findings as its .xlsx twin, sheet name aside", async () => {
    const withoutSheet = (r: ReturnType<typeof recognise>) => ({
      models: r.models.map((m) => ({ ...(m as object), sheet: undefined })),
      findings: r.findings.map((f) => f.replace(/^(\S+ \S+ ).*!/, "$1!")),
    });
    const xlsx = recognise(sourceGrids(await open("evaluasi-renja-2022-ekspor.xlsx")));
    const html = await open("evaluasi-renja-2022-ekspor-html.xls");
    expect(html.sourceFormat).toBe("html");
    expect(xlsx.models).toHaveLength(1);
    expect(xlsx.findings.length).toBeGreaterThan(0);
    expect(withoutSheet(recognise(sourceGrids(html)))).toEqual(withoutSheet(xlsx));
  });
});
