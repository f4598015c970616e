import { PartIndex, relsPartOf, resolveTarget } from "../ooxml/partNames";
import { attr, childElements, parseXmlPart } from "../ooxml/xmlDom";
import { relationshipName } from "../ooxml/flavor";

export interface Relationship {
  id: string;
  /** The relationship type URI; compare with `isType`. */
  type: string;
  /** The part the target names, resolved against the source part (as spelled in the target; see PartIndex). */
  target: string;
  external: boolean;
}

/** The relationships of a part (`""` for the package root); empty when it has none. */
export function readRelationships(index: PartIndex, sourcePart: string): Relationship[] {
  const relsName = index.find(sourcePart === "" ? "_rels/.rels" : relsPartOf(sourcePart));
  if (relsName === null) return [];
  const root = parseXmlPart(index.parts, relsName).documentElement;
  return childElements(root, "Relationship").map((el) => {
    const external = attr(el, "TargetMode") === "External";
    const target = attr(el, "Target") ?? "";
    return {
      id: attr(el, "Id") ?? "",
      type: attr(el, "Type") ?? "",
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** Whether a relationship is of the type named by its last segment, in either spelling (ooxml/flavor.ts). */
export function isType(rel: Relationship, name: string): boolean {
  return relationshipName(rel.type) === name;
}
