import { PackageParts } from "../package/packageParts";

/**
 * Finds a part by the name a relationship gives it. Part names are case-insensitive URIs (OPC), so `xl/Workbook.xml`,
 * `/xl/workbook.xml` and a percent-encoded `sheet%201.xml` all name the zip entry that holds the part; some writers
 * also store entries with backslashes. Returns the name as the package holds it.
 */
export class PartIndex {
  private readonly byKey = new Map<string, string>();

  constructor(readonly parts: PackageParts) {
    for (const name of parts.names()) {
      const key = partKey(name);
      if (!this.byKey.has(key)) this.byKey.set(key, name);
    }
  }

  find(name: string): string | null {
    if (this.parts.has(name)) return name;
    return this.byKey.get(partKey(name)) ?? this.byKey.get(partKey(decodeUri(name))) ?? null;
  }
}

function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function decodeUri(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's is `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target names, from the part that holds the relationship (`""` for the package): absolute
 * targets (`/xl/styles.xml`) from the root, relative ones (`worksheets/sheet1.xml`, `../theme/theme1.xml`) from the
 * source part's folder.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  const segments = [...base];
  for (const s of target.replace(/\\/g, "/").split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/");
}
