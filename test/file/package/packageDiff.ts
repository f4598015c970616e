/**
 * What a package editor changed in the user's workbook: compares the input and output .xlsx part by part.
 *
 * - A part outside `editable` and `droppable` must be byte-identical (uncompressed content).
 * - An `editable` part (workbook.xml, its rels, [Content_Types].xml, docProps/app.xml, styles.xml,
 *   sharedStrings.xml) must keep every element the input had with the same attributes and text, compared as XML:
 *   siblings may be appended at the end of a list (new `<sheet>`, `<definedName>`, fonts, fills, xfs, strings), and
 *   in a few unordered or named containers inserted anywhere (`<Types>`, `<Relationships>`, `<definedNames>`,
 *   the `<workbook>` and `<styleSheet>` roots for a new `<definedNames>` or `<dxfs>`; app.xml vectors). A `count` attribute may change only to the
 *   number of children it counts (if it counted them in the input); a few counters (app.xml vector sizes and
 *   worksheet counts, sharedStrings' `count`/`uniqueCount`) may change freely.
 * - A `droppable` part (calcChain.xml) may be changed or removed; when removed, its content-type override and its
 *   relationship may go with it.
 * - A part new in the output must match `allowedNewParts`.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export const DEFAULT_EDITABLE_PARTS = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "docProps/app.xml",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
];

export const DEFAULT_DROPPABLE_PARTS = ["xl/calcChain.xml"];

/** Parts a first generate may add: generated sheets and what they own (relationships, the notes of marked figures). */
export const GENERATED_PARTS = [
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
];

export interface PackageDiffOptions {
  /** Parts compared as XML, append-only. Default: DEFAULT_EDITABLE_PARTS. */
  editable?: string[];
  /** Parts that may be rewritten or removed. Default: DEFAULT_DROPPABLE_PARTS. */
  droppable?: string[];
  /** Names (or patterns) of parts the output may add, e.g. the generated sheets' parts. Default: none. */
  allowedNewParts?: (string | RegExp)[];
  /**
   * Names of `<definedName>`s that belong to the editor (its marks): on a re-run they may change. A user's name with
   * the same spelling would be judged the same way, so pass only names a user cannot have made by accident.
   */
  ownedNames?: string[];
  /** `element@attribute` pairs an editable part may gain, e.g. "calcPr@fullCalcOnLoad". */
  allowedAddedAttributes?: string[];
  /**
   * Diagnostics only: align children by matching in order everywhere (insertions anywhere), so a re-serialised
   * part reports what it lost instead of a cascade of shifted positions. Never for asserting an editor's output.
   */
  looseOrder?: boolean;
}

export type DifferenceKind = "missing-part" | "changed-part" | "new-part" | "xml";

export interface PackageDifference {
  kind: DifferenceKind;
  part: string;
  /** Where in the part (XML path with 1-based positions among same-named siblings), for "xml". */
  path?: string;
  detail: string;
}

const DEFAULT_ADDED_ATTRIBUTES = ["calcPr@fullCalcOnLoad"];
/** Containers whose children are a set: an input child may match any output child. */
const UNORDERED = new Set(["Types", "Relationships", "definedNames"]);
/** Containers where new children may be inserted between the input's (order of the input's kept). */
const INSERT_ANYWHERE = new Set(["workbook", "styleSheet", "Properties", "HeadingPairs", "TitlesOfParts", "vector"]);
const FREE_COUNTERS: Record<string, string[]> = {
  "docProps/app.xml": ["vector@size", "i4#text"],
  "xl/sharedStrings.xml": ["sst@count", "sst@uniqueCount"],
};

export function packageDiff(
  input: Uint8Array,
  output: Uint8Array,
  options: PackageDiffOptions = {},
): PackageDifference[] {
  const editable = new Set(options.editable ?? DEFAULT_EDITABLE_PARTS);
  const droppable = new Set(options.droppable ?? DEFAULT_DROPPABLE_PARTS);
  const allowedNew = options.allowedNewParts ?? [];
  const addedAttributes = new Set([...DEFAULT_ADDED_ATTRIBUTES, ...(options.allowedAddedAttributes ?? [])]);
  const inParts = parts(input);
  const outParts = parts(output);
  const diffs: PackageDifference[] = [];
  const dropped = new Set([...droppable].filter((p) => inParts[p] && !outParts[p]));

  for (const name of Object.keys(inParts).sort()) {
    const before = inParts[name];
    const after = outParts[name];
    if (droppable.has(name)) continue;
    if (!after) {
      diffs.push({ kind: "missing-part", part: name, detail: `part ${name} is gone` });
      continue;
    }
    if (editable.has(name)) {
      diffs.push(
        ...compareXmlPart(name, before, after, {
          dropped,
          addedAttributes,
          loose: !!options.looseOrder,
          ownedNames: new Set(options.ownedNames ?? []),
        }),
      );
    } else if (!sameBytes(before, after)) {
      diffs.push({ kind: "changed-part", part: name, detail: describeByteChange(before, after) });
    }
  }
  for (const name of Object.keys(outParts).sort()) {
    if (inParts[name]) continue;
    const ok = allowedNew.some((p) => (typeof p === "string" ? p === name : p.test(name)));
    if (!ok) diffs.push({ kind: "new-part", part: name, detail: `part ${name} was added and is not allowed` });
  }
  return diffs;
}

/** One line per difference, for test failure messages. */
export function formatDifferences(diffs: PackageDifference[]): string {
  return diffs.map((d) => `${d.part}${d.path ? ` ${d.path}` : ""}: ${d.detail}`).join("\n");
}

/** Throws with the list of differences when there are any. */
export function expectPackagePreserved(input: Uint8Array, output: Uint8Array, options?: PackageDiffOptions): void {
  const diffs = packageDiff(input, output, options);
  if (diffs.length > 0) {
    throw new Error(`${diffs.length} difference(s) in the user's package:\n${formatDifferences(diffs)}`);
  }
}

/** The package's parts; zip directory entries ("xl/", which some writers add) are not parts. */
function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  const all = unzipSync(bytes);
  for (const name of Object.keys(all)) if (name.endsWith("/")) delete all[name];
  return all;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function describeByteChange(a: Uint8Array, b: Uint8Array): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (x: Uint8Array) => JSON.stringify(strFromU8(x.subarray(Math.max(0, i - 40), i + 60), true));
  return `bytes differ from offset ${i} (${a.length} → ${b.length} bytes): ${show(a)} → ${show(b)}`;
}

interface Context {
  part: string;
  dropped: Set<string>;
  addedAttributes: Set<string>;
  loose: boolean;
  ownedNames: Set<string>;
  diffs: PackageDifference[];
}

function parse(part: string, bytes: Uint8Array): Document | string {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(strFromU8(bytes), "text/xml") as unknown as Document;
  return errors.length > 0 || !doc.documentElement ? `not well-formed XML: ${errors.join("; ")}` : doc;
}

function compareXmlPart(
  part: string,
  before: Uint8Array,
  after: Uint8Array,
  opts: { dropped: Set<string>; addedAttributes: Set<string>; loose: boolean; ownedNames: Set<string> },
): PackageDifference[] {
  const a = parse(part, before);
  const b = parse(part, after);
  const ctx: Context = { part, ...opts, diffs: [] };
  if (typeof a === "string") return [{ kind: "xml", part, detail: `input ${a}` }];
  if (typeof b === "string") return [{ kind: "xml", part, detail: `output ${b}` }];
  compareElement(a.documentElement!, b.documentElement!, `/${a.documentElement!.nodeName}`, ctx);
  return ctx.diffs;
}

function elementChildren(e: Element): Element[] {
  const out: Element[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function ownText(e: Element): string {
  let t = "";
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 || n.nodeType === 4) t += n.nodeValue;
  return t;
}

function attributes(e: Element): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes[i];
    m.set(a.namespaceURI && !a.name.startsWith("xmlns") ? `{${a.namespaceURI}}${a.localName}` : a.name, a.value);
  }
  return m;
}

function sameName(a: Element, b: Element): boolean {
  return a.localName === b.localName && (a.namespaceURI ?? "") === (b.namespaceURI ?? "");
}

function freeCounter(ctx: Context, key: string): boolean {
  return (FREE_COUNTERS[ctx.part] ?? []).includes(key);
}

/** Removed along with a dropped part (calcChain): its override and relationship. */
function goesWithDroppedPart(e: Element, ctx: Context): boolean {
  if (ctx.dropped.size === 0) return false;
  if (e.localName === "Override") return ctx.dropped.has((e.getAttribute("PartName") ?? "").replace(/^\//, ""));
  if (e.localName === "Relationship") {
    const target = e.getAttribute("Target") ?? "";
    return [...ctx.dropped].some((p) => target === `/${p}` || p === `xl/${target}`);
  }
  return false;
}

/** Differences of `b` from `a` (recorded in ctx); returns whether there were none. */
function compareElement(a: Element, b: Element, path: string, ctx: Context, record = true): boolean {
  const found: PackageDifference[] = [];
  const note = (detail: string) => found.push({ kind: "xml", part: ctx.part, path, detail });
  if (!sameName(a, b)) {
    note(`element <${a.nodeName}> became <${b.nodeName}>`);
  } else {
    const aa = attributes(a);
    const ba = attributes(b);
    const aKids = elementChildren(a);
    for (const [name, value] of aa) {
      const now = ba.get(name);
      if (name === "count" && now !== undefined && Number(value) === aKids.length) {
        const bCount = elementChildren(b).length;
        if (Number(now) !== bCount) note(`count="${now}" but the element has ${bCount} children (was ${value})`);
        continue;
      }
      if (now === value) continue;
      if (now !== undefined && freeCounter(ctx, `${a.localName}@${name}`)) continue;
      note(now === undefined ? `attribute ${name}="${value}" removed` : `attribute ${name}="${value}" → "${now}"`);
    }
    for (const name of ba.keys()) {
      if (aa.has(name) || name.startsWith("xmlns")) continue;
      if (name === "count" || ctx.addedAttributes.has(`${a.localName}@${name}`)) continue;
      note(`attribute ${name}="${ba.get(name)}" added`);
    }
    const bKids = elementChildren(b);
    if (aKids.length === 0 && bKids.length === 0) {
      const at = ownText(a);
      const bt = ownText(b);
      if (at !== bt && !freeCounter(ctx, `${a.localName}#text`)) {
        note(`text ${JSON.stringify(at)} → ${JSON.stringify(bt)}`);
      }
    } else {
      compareChildren(a, aKids, bKids, path, ctx, found);
    }
  }
  if (record) ctx.diffs.push(...found);
  return found.length === 0;
}

function childPath(path: string, kids: Element[], i: number): string {
  const e = kids[i];
  const nth = kids.slice(0, i + 1).filter((k) => k.nodeName === e.nodeName).length;
  const key = e.getAttribute("name") ?? e.getAttribute("Id") ?? e.getAttribute("PartName") ?? e.getAttribute("r");
  return `${path}/${e.nodeName}[${nth}]${key ? `{${key}}` : ""}`;
}

function compareChildren(
  parent: Element,
  aKids: Element[],
  bKids: Element[],
  path: string,
  ctx: Context,
  found: PackageDifference[],
): void {
  const sub: Context = { ...ctx, diffs: found };
  const matches = (x: Element, y: Element) => compareElement(x, y, "", sub, false);
  if (UNORDERED.has(parent.localName)) {
    const used = new Set<number>();
    aKids.forEach((x, i) => {
      if (goesWithDroppedPart(x, ctx)) return;
      if (x.localName === "definedName" && ctx.ownedNames.has(x.getAttribute("name") ?? "")) return;
      const j = bKids.findIndex((y, k) => !used.has(k) && matches(x, y));
      if (j >= 0) used.add(j);
      else
        found.push({
          kind: "xml",
          part: ctx.part,
          path: childPath(path, aKids, i),
          detail: describeLoss(x, bKids, sub),
        });
    });
    return;
  }
  if (ctx.loose) {
    // Diagnostics: pair children by their key (cell/row reference, Id, name, sqref) where they have one.
    let j = 0;
    aKids.forEach((x, i) => {
      const key = looseKey(x);
      const p = childPath(path, aKids, i);
      const keyed = key ? bKids.find((y) => sameName(x, y) && looseKey(y) === key) : undefined;
      if (keyed) {
        compareElement(x, keyed, p, sub);
        return;
      }
      let k = j;
      while (k < bKids.length && !matches(x, bKids[k])) k++;
      if (k < bKids.length) j = k + 1;
      else {
        const same = bKids.slice(j).find((y) => sameName(x, y));
        if (same && !looseKey(same)) compareElement(x, same, p, sub);
        else found.push({ kind: "xml", part: ctx.part, path: p, detail: describeLoss(x, bKids, sub) });
      }
    });
    return;
  }
  if (INSERT_ANYWHERE.has(parent.localName)) {
    let j = 0;
    aKids.forEach((x, i) => {
      let k = j;
      while (k < bKids.length && !matches(x, bKids[k])) k++;
      if (k < bKids.length) j = k + 1;
      else {
        // Not found in order: report against the same-named element, if any, for a precise message.
        const same = bKids.slice(j).find((y) => sameName(x, y));
        if (same) compareElement(x, same, childPath(path, aKids, i), sub);
        else
          found.push({
            kind: "xml",
            part: ctx.part,
            path: childPath(path, aKids, i),
            detail: describeLoss(x, bKids, sub),
          });
      }
    });
    return;
  }
  // Position matters (index-addressed lists: xfs, fonts, strings, sheets): the input's children stay first, in
  // order; new ones only after them.
  aKids.forEach((x, i) => {
    const p = childPath(path, aKids, i);
    if (i >= bKids.length) found.push({ kind: "xml", part: ctx.part, path: p, detail: `<${x.nodeName}> removed` });
    else compareElement(x, bKids[i], p, sub);
  });
}

function looseKey(e: Element): string | null {
  for (const a of ["r", "Id", "PartName", "sqref", "ref"]) if (e.hasAttribute(a)) return `${a}=${e.getAttribute(a)}`;
  if (e.hasAttribute("name")) return `name=${e.getAttribute("name")}@${e.getAttribute("localSheetId") ?? ""}`;
  return null;
}

function describeLoss(x: Element, candidates: Element[], ctx: Context): string {
  const same = candidates.filter((y) => sameName(x, y));
  const key = x.getAttribute("name") ?? x.getAttribute("Id") ?? x.getAttribute("PartName");
  const keyed = key
    ? same.find((y) => (y.getAttribute("name") ?? y.getAttribute("Id") ?? y.getAttribute("PartName")) === key)
    : undefined;
  if (keyed) {
    const probe: Context = { ...ctx, diffs: [] };
    compareElement(x, keyed, "", probe);
    return `<${x.nodeName}> changed: ${probe.diffs.map((d) => `${d.path ? `${d.path} ` : ""}${d.detail}`).join("; ")}`;
  }
  const attrs = [...attributes(x)].map(([k, v]) => `${k}="${v}"`).join(" ");
  return `<${x.nodeName} ${attrs}> removed${ownText(x) ? ` (text ${JSON.stringify(ownText(x))})` : ""}`;
}
