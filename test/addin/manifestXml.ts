import { readFileSync } from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  vo: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

export function readManifest(): string {
  return readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
}

/** Parse with the DOMParser of jsdom (a namespace-aware XML parser); a syntax error throws. */
export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent}`);
  return doc;
}

export function all(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

export function one(root: Document | Element, ns: string, name: string): Element {
  const found = all(root, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

export function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

/** id → DefaultValue of every bt:Image, bt:Url and bt:String in Resources. */
export function resources(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(one(doc, NS.vo, "Resources"), NS.bt, kind)) {
      const id = el.getAttribute("id");
      if (id === null) throw new Error(`bt:${kind} without id`);
      if (map.has(id)) throw new Error(`resource id defined twice: ${id}`);
      map.set(id, el.getAttribute("DefaultValue") ?? "");
    }
  }
  return map;
}

/** Width and height from the IHDR chunk of a PNG file. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
