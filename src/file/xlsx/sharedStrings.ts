import { PackageParts } from "../package/packageParts";
import { decodeEscapes } from "./escapedText";
import { streamXml } from "./xmlStream";

/**
 * The shared string table, by index: plain strings and rich text (runs joined, formatting dropped). Phonetic
 * guides (`<rPh>`, furigana) are not part of the cell's text and are left out, as Excel does.
 */
export function readSharedStrings(parts: PackageParts, part: string | undefined): string[] {
  const bytes = part ? parts.bytes(part) : null;
  if (!bytes) return [];
  const strings: string[] = [];
  let current = "";
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  streamXml(bytes, part!, {
    open(name) {
      if (name === "si") {
        inItem = true;
        current = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inItem && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(decodeEscapes(current));
        inItem = false;
      }
    },
    text(t) {
      if (inText) current += t;
    },
  });
  return strings;
}
