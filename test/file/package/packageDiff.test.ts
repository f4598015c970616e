import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { formatDifferences, packageDiff, PackageDiffOptions } from "./packageDiff";

const FIXTURES = path.join(__dirname, "../../fixtures/packages");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

type Parts = Record<string, Uint8Array>;

/** A copy of the package with `edit` applied to its parts (XML edited as DOM through `xml`). */
function edited(
  bytes: Uint8Array,
  edit: (parts: Parts, xml: (name: string, fn: (doc: Document) => void) => void) => void,
) {
  const parts = unzipSync(bytes);
  const xml = (name: string, fn: (doc: Document) => void) => {
    const doc = new DOMParser().parseFromString(strFromU8(parts[name]), "text/xml") as unknown as Document;
    fn(doc);
    parts[name] = strToU8(new XMLSerializer().serializeToString(doc as never));
  };
  edit(parts, xml);
  return zipSync(parts);
}

function el(doc: Document, ns: string, name: string, attrs: Record<string, string>, text?: string): Element {
  const e = doc.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "r:id") e.setAttributeNS(R, "r:id", v);
    else e.setAttribute(k, v);
  }
  if (text !== undefined) e.appendChild(doc.createTextNode(text));
  return e;
}

function first(doc: Document, ns: string, name: string): Element {
  return doc.getElementsByTagNameNS(ns, name)[0];
}

const NEW_SHEET = "xl/worksheets/sheet4.xml";
const options: PackageDiffOptions = { allowedNewParts: [/^xl\/worksheets\/sheet\d+\.xml$/] };

/** What a correct editor does when it adds one generated sheet after the user's three. */
function legalAppend(parts: Parts, xml: (name: string, fn: (doc: Document) => void) => void): void {
  parts[NEW_SHEET] = strToU8(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
  xml("xl/_rels/workbook.xml.rels", (d) =>
    d.documentElement!.appendChild(
      el(d, RELS, "Relationship", {
        Id: "rId90",
        Type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
        Target: "worksheets/sheet4.xml",
      }),
    ),
  );
  xml("[Content_Types].xml", (d) =>
    d.documentElement!.appendChild(
      el(d, CT, "Override", {
        PartName: `/${NEW_SHEET}`,
        ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
      }),
    ),
  );
  xml("xl/workbook.xml", (d) => {
    first(d, MAIN, "sheets").appendChild(el(d, MAIN, "sheet", { name: "LKjIP SS I", sheetId: "4", "r:id": "rId90" }));
    const names = first(d, MAIN, "definedNames");
    // A new name inserted among the user's (Excel keeps them sorted): allowed, the set is what counts.
    names.insertBefore(
      el(d, MAIN, "definedName", { name: "_lkjip_lembar", localSheetId: "3", hidden: "1" }, '"ss1"'),
      names.firstChild,
    );
    first(d, MAIN, "calcPr").setAttribute("fullCalcOnLoad", "1");
  });
  xml("xl/styles.xml", (d) => {
    const fonts = first(d, MAIN, "fonts");
    const font = el(d, MAIN, "font", {});
    font.appendChild(el(d, MAIN, "b", {}));
    fonts.appendChild(font);
    fonts.setAttribute("count", String(fonts.getElementsByTagNameNS(MAIN, "font").length));
    const xfs = first(d, MAIN, "cellXfs");
    xfs.appendChild(el(d, MAIN, "xf", { numFmtId: "0", fontId: "6", fillId: "0", borderId: "0", xfId: "0" }));
    xfs.setAttribute("count", String(Number(xfs.getAttribute("count")) + 1));
  });
  xml("xl/sharedStrings.xml", (d) => {
    const si = el(d, MAIN, "si", {});
    si.appendChild(el(d, MAIN, "t", {}, "Tabel LKjIP"));
    d.documentElement!.appendChild(si);
    d.documentElement!.setAttribute("count", "9999");
    d.documentElement!.setAttribute("uniqueCount", "9999");
  });
  xml("docProps/app.xml", (d) => {
    const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    const vectors = d.getElementsByTagNameNS(VT, "vector");
    const titles = vectors[1];
    titles.appendChild(el(d, VT, "vt:lpstr", {}, "LKjIP SS I"));
    titles.setAttribute("size", "4");
    const count = d.getElementsByTagNameNS(VT, "i4")[0];
    count.firstChild!.nodeValue = "4";
  });
}

describe("packageDiff", () => {
  const input = fixture("graft-names-formats.xlsx");

  it("finds nothing between a package and itself", () => {
    expect(packageDiff(input, input)).toEqual([]);
  });

  it("accepts a legal append: a sheet, its rel, override, name, font, xf, string, app.xml entry, fullCalcOnLoad", () => {
    const output = edited(input, legalAppend);
    expect(formatDifferences(packageDiff(input, output, options))).toBe("");
  });

  it("reports a new part the caller did not allow", () => {
    const output = edited(input, legalAppend);
    const diffs = packageDiff(input, output);
    expect(diffs).toEqual([expect.objectContaining({ kind: "new-part", part: NEW_SHEET })]);
  });

  it("catches a dropped chart part", () => {
    const drawings = fixture("graft-drawings.xlsx");
    const output = edited(drawings, (parts) => delete parts["xl/charts/chart1.xml"]);
    const diffs = packageDiff(drawings, output);
    expect(diffs).toEqual([expect.objectContaining({ kind: "missing-part", part: "xl/charts/chart1.xml" })]);
  });

  it("catches a changed attribute in a part that must stay byte-identical", () => {
    const output = edited(input, (_, xml) =>
      xml("xl/worksheets/sheet2.xml", (d) => first(d, MAIN, "cfRule").setAttribute("type", "containsText")),
    );
    const diffs = packageDiff(input, output);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ kind: "changed-part", part: "xl/worksheets/sheet2.xml" });
  });

  it("catches a changed attribute in workbook.xml and names where", () => {
    const protectedBook = fixture("graft-protection-links.xlsx");
    const changed = edited(protectedBook, (_, xml) =>
      xml("xl/workbook.xml", (d) => first(d, MAIN, "calcPr").setAttribute("calcMode", "auto")),
    );
    const text = formatDifferences(packageDiff(protectedBook, changed));
    expect(text).toBe('xl/workbook.xml /workbook/calcPr[1]: attribute calcMode="manual" → "auto"');
  });

  it("catches a renumbered style (an xf inserted before the user's)", () => {
    const output = edited(input, (_, xml) =>
      xml("xl/styles.xml", (d) => {
        const xfs = first(d, MAIN, "cellXfs");
        xfs.insertBefore(
          el(d, MAIN, "xf", { numFmtId: "0", fontId: "1", fillId: "0", borderId: "0", xfId: "0" }),
          xfs.firstChild,
        );
        xfs.setAttribute("count", String(Number(xfs.getAttribute("count")) + 1));
      }),
    );
    const diffs = packageDiff(input, output);
    expect(diffs.length).toBeGreaterThan(0);
    expect(diffs.every((d) => d.part === "xl/styles.xml" && d.path!.startsWith("/styleSheet/cellXfs[1]/xf["))).toBe(
      true,
    );
    expect(formatDifferences(diffs)).toContain('/styleSheet/cellXfs[1]/xf[1]: attribute fontId="0" → "1"');
  });

  it("catches a count left stale after an append", () => {
    const output = edited(input, (_, xml) =>
      xml("xl/styles.xml", (d) => {
        first(d, MAIN, "fonts").appendChild(el(d, MAIN, "font", {}));
      }),
    );
    expect(formatDifferences(packageDiff(input, output))).toMatch(
      /fonts\[1\]: count="\d+" but the element has \d+ children/,
    );
  });

  it("catches a removed defined name, even one of two with the same spelling", () => {
    const output = edited(input, (_, xml) =>
      xml("xl/workbook.xml", (d) => {
        const names = Array.from(d.getElementsByTagNameNS(MAIN, "definedName"));
        const local = names.find(
          (n) => n.getAttribute("name") === "PaguProgram1" && n.getAttribute("localSheetId") === "2",
        )!;
        local.parentNode!.removeChild(local);
      }),
    );
    const diffs = packageDiff(input, output);
    expect(diffs).toHaveLength(1);
    expect(diffs[0].path).toContain("{PaguProgram1}");
  });

  it("catches a sheet-scoped name turned workbook-scoped", () => {
    const output = edited(input, (_, xml) =>
      xml("xl/workbook.xml", (d) => {
        const names = Array.from(d.getElementsByTagNameNS(MAIN, "definedName"));
        names.find((n) => n.getAttribute("name") === "BatasCapaian")!.removeAttribute("localSheetId");
      }),
    );
    expect(formatDifferences(packageDiff(input, output))).toContain('attribute localSheetId="2" removed');
  });

  it("catches a generated sheet inserted before the user's (their positions shift)", () => {
    const output = edited(input, (_, xml) =>
      xml("xl/workbook.xml", (d) => {
        const sheets = first(d, MAIN, "sheets");
        sheets.insertBefore(el(d, MAIN, "sheet", { name: "LKjIP", sheetId: "9", "r:id": "rId9" }), sheets.firstChild);
      }),
    );
    expect(formatDifferences(packageDiff(input, output))).toContain(
      '/workbook/sheets[1]/sheet[1]{TW I 2022}: attribute name="TW I 2022" → "LKjIP"',
    );
  });

  it("lets calcChain go, with its override and relationship", () => {
    const withChain = edited(input, (parts, xml) => {
      parts["xl/calcChain.xml"] = strToU8(`<calcChain xmlns="${MAIN}"><c r="B2" i="3"/></calcChain>`);
      xml("[Content_Types].xml", (d) =>
        d.documentElement!.appendChild(
          el(d, CT, "Override", {
            PartName: "/xl/calcChain.xml",
            ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
          }),
        ),
      );
      xml("xl/_rels/workbook.xml.rels", (d) =>
        d.documentElement!.appendChild(
          el(d, RELS, "Relationship", {
            Id: "rId77",
            Type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
            Target: "calcChain.xml",
          }),
        ),
      );
    });
    expect(packageDiff(input, withChain).map((d) => d.part)).toEqual(["xl/calcChain.xml"]);
    expect(packageDiff(withChain, input)).toEqual([]);
    // Dropping the relationship while keeping the part is not the same thing.
    const relOnly = edited(withChain, (_, xml) =>
      xml("xl/_rels/workbook.xml.rels", (d) => {
        const rel = Array.from(d.getElementsByTagNameNS(RELS, "Relationship")).find(
          (r) => r.getAttribute("Id") === "rId77",
        )!;
        rel.parentNode!.removeChild(rel);
      }),
    );
    expect(formatDifferences(packageDiff(withChain, relOnly))).toContain("{rId77}");
  });

  it("catches a removed relationship and content type of a user part", () => {
    const drawings = fixture("graft-drawings.xlsx");
    const output = edited(drawings, (_, xml) =>
      xml("[Content_Types].xml", (d) => {
        const o = Array.from(d.getElementsByTagNameNS(CT, "Override")).find(
          (x) => x.getAttribute("PartName") === "/xl/charts/chart1.xml",
        )!;
        o.parentNode!.removeChild(o);
      }),
    );
    expect(formatDifferences(packageDiff(drawings, output))).toContain("{/xl/charts/chart1.xml}");
  });
});
