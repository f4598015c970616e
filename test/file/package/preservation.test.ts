import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { generateLkjip } from "../../../src/core/pipeline";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { MARK_NAME } from "../../../src/core/workbook/marks";
import { readStoredEntries } from "../../../src/file/package/zipDirectory";
import {
  DEFAULT_DROPPABLE_PARTS,
  expectPackagePreserved,
  formatDifferences,
  GENERATED_PARTS,
  packageDiff,
} from "./packageDiff";

const FIXTURES = path.join(__dirname, "../../fixtures/packages");
const files = readdirSync(FIXTURES).filter((f) => /\.xls[xm]$/.test(f));

/** What `lkjip generate` does, through the same adapter, on bytes. */
async function generate(bytes: Uint8Array, name: string): Promise<{ bytes: Uint8Array; workbook: FileWorkbook }> {
  const workbook = await FileWorkbook.fromBuffer(bytes, name);
  const grids = workbook.sourceSheetNames().map((n) => workbook.grid(n));
  const result = generateLkjip(grids);
  if (result.source === null) throw new Error(`${name}: no table recognised`);
  await workbook.writeSheets(result.specs);
  return { bytes: new Uint8Array(await workbook.toBuffer()), workbook };
}

const NEW_SHEET_PARTS = GENERATED_PARTS;

describe.each(files)("generate keeps everything of the user's: %s", (file) => {
  const input = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
  let first: Uint8Array;
  let second: Uint8Array;

  beforeAll(async () => {
    first = (await generate(input, file)).bytes;
    second = (await generate(first, file)).bytes;
  });

  test("first generate: every part outside the listed ones byte-identical, listed ones keep every element", () => {
    expectPackagePreserved(input, first, { allowedNewParts: NEW_SHEET_PARTS });
  });

  test("second generate on the output: the same, and no new parts (sheets updated in place)", async () => {
    const ours = await generatedTableParts(first, file);
    expect(ours.length).toBeGreaterThanOrEqual(6);
    expectPackagePreserved(first, second, {
      allowedNewParts: [],
      droppable: [...DEFAULT_DROPPABLE_PARTS, ...ours],
      ownedNames: [MARK_NAME],
    });
    const a = Object.keys(unzipSync(first)).sort();
    const b = Object.keys(unzipSync(second)).sort();
    expect(b).toEqual(a);
  });

  test("every part generate left alone is stored in the output as the very bytes of the input's entry", () => {
    const before = readStoredEntries(input);
    const after = readStoredEntries(first);
    const inputParts = unzipSync(input);
    const outputParts = unzipSync(first);
    const untouched = Object.keys(inputParts).filter((name) =>
      Buffer.from(inputParts[name]).equals(Buffer.from(outputParts[name] ?? [])),
    );
    // The user's sheets, drawings, shared strings, themes…: most of a package is never touched.
    expect(untouched.length).toBeGreaterThan(Object.keys(inputParts).length / 2);
    for (const name of untouched) {
      expect({
        name,
        same: Buffer.from(after.get(name)?.data ?? []).equals(Buffer.from(before.get(name)?.data ?? [])),
      }).toEqual({ name, same: true });
    }
  });

  test("styles do not grow on a re-run", () => {
    const styles = (bytes: Uint8Array) => unzipSync(bytes)["xl/styles.xml"]?.length ?? 0;
    expect(styles(second)).toBe(styles(first));
  });
});

/** The parts of the generated tables and Hasil Pemeriksaan of a package (by their marks): a re-run rewrites them. */
async function generatedTableParts(bytes: Uint8Array, name: string): Promise<string[]> {
  const workbook = await FileWorkbook.fromBuffer(bytes, name);
  return workbook.generatedSheetParts();
}

describe("a template (.xltx, .xltm) gives a workbook", () => {
  const TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
  const MACRO_TEMPLATE = "application/vnd.ms-excel.template.macroEnabled.main+xml";
  const typeOfWorkbook = (bytes: Uint8Array) =>
    /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(
      new TextDecoder().decode(unzipSync(bytes)["[Content_Types].xml"]),
    )?.[1];

  test.each([
    [
      "graft-names-formats.xlsx",
      TEMPLATE,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ],
    ["graft-macro.xlsm", MACRO_TEMPLATE, "application/vnd.ms-excel.sheet.macroEnabled.main+xml"],
  ])("%s saved as a template: the result's workbook part has the workbook type", async (file, templateType, result) => {
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(FIXTURES, file))));
    const types = new TextDecoder().decode(parts["[Content_Types].xml"]);
    const asTemplate = types.replace(/(PartName="\/xl\/workbook\.xml" ContentType=")[^"]+/, `$1${templateType}`);
    expect(asTemplate).not.toBe(types);
    parts["[Content_Types].xml"] = new TextEncoder().encode(asTemplate);
    const template = zipSync(parts);
    expect(typeOfWorkbook(template)).toBe(templateType);
    const { bytes } = await generate(template, file.replace(/\.xls(.)$/, ".xlt$1"));
    expect(typeOfWorkbook(bytes)).toBe(result);
    // That one attribute is the only change to what the template held.
    const diffs = formatDifferences(packageDiff(template, bytes, { allowedNewParts: NEW_SHEET_PARTS }));
    expect(diffs.split("\n")).toEqual([
      `[Content_Types].xml /Types/Override[1]{/xl/workbook.xml}: <Override> changed: attribute ContentType="${templateType}" → "${result}"`,
    ]);
  });
});

describe("a Strict Open XML workbook (ISO/IEC 29500 strict spelling)", () => {
  const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** What Excel's "Strict Open XML Spreadsheet" save changes: the namespaces and relationship types. */
  function asStrict(bytes: Uint8Array): Uint8Array {
    const parts = unzipSync(bytes);
    for (const name of Object.keys(parts)) {
      if (!/\.(xml|rels)$/.test(name) || name === "[Content_Types].xml") continue;
      const text = new TextDecoder()
        .decode(parts[name])
        .split(TRANSITIONAL_MAIN)
        .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
        .split(TRANSITIONAL_REL)
        .join("http://purl.oclc.org/ooxml/officeDocument/relationships");
      parts[name] = new TextEncoder().encode(text);
    }
    return zipSync(parts);
  }
  const strictFile = () => asStrict(new Uint8Array(readFileSync(path.join(FIXTURES, "graft-names-formats.xlsx"))));

  test("generate keeps the officer's styles and writes every new part in the strict spelling", async () => {
    const input = strictFile();
    const { bytes } = await generate(input, "strict.xlsx");
    // The officer's styles.xml is added to, never replaced (it had been, when its strict relationship went unseen).
    expectPackagePreserved(input, bytes, { allowedNewParts: NEW_SHEET_PARTS });
    const parts = unzipSync(bytes);
    for (const [name, data] of Object.entries(parts)) {
      if (!/\.(xml|rels)$/.test(name) || name === "[Content_Types].xml") continue;
      const text = new TextDecoder().decode(data);
      expect([name, text.includes(TRANSITIONAL_MAIN) || text.includes(TRANSITIONAL_REL)]).toEqual([name, false]);
    }
    const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
    expect(rels.match(/relationships\/styles"/g)).toHaveLength(1);
  });

  test("a second generate on the strict result updates its own sheets in place", async () => {
    const first = (await generate(strictFile(), "strict.xlsx")).bytes;
    const second = await generate(first, "strict-lkjip.xlsx");
    const reopened = await FileWorkbook.fromBuffer(second.bytes, "strict-lkjip.xlsx");
    const generated = (await reopened.listSheets()).filter((s) => s.generated).map((s) => s.name);
    const before = (await (await FileWorkbook.fromBuffer(first, "a.xlsx")).listSheets())
      .filter((s) => s.generated)
      .map((s) => s.name);
    expect(generated.length).toBeGreaterThanOrEqual(6);
    expect(generated).toEqual(before);
    expect(Object.keys(unzipSync(second.bytes)).sort()).toEqual(Object.keys(unzipSync(first)).sort());
  });
});
