import { SaxesParser, SaxesTagPlain } from "saxes";
import { malformedPart, notXml } from "../ooxml/ooxmlErrors";

export interface XmlStreamHandlers {
  /** An element opened; `name` is its local name (prefix removed), `prefix` its prefix ("" when none). */
  open(name: string, prefix: string, attributes: Record<string, string>): void;
  close(name: string, prefix: string): void;
  /** Character data (entities decoded); may arrive in several pieces. */
  text(text: string): void;
  /** Called after each chunk of input, with the share of bytes read so far. */
  progress?(bytesRead: number, bytesTotal: number): void;
}

/** Decoding and parsing a large part a piece at a time keeps no second copy of it as one string. */
const CHUNK_BYTES = 1 << 20;

/**
 * Stream a part's bytes through saxes (no DOM is built; runs in Node and in a Web Worker). Malformed XML and bytes
 * that are not UTF-8 become an XlsxReadError naming the part; an error thrown by a handler passes through.
 */
export function streamXml(bytes: Uint8Array, partName: string, handlers: XmlStreamHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const colon = tag.name.indexOf(":");
    if (colon < 0) handlers.open(tag.name, "", tag.attributes);
    else handlers.open(tag.name.slice(colon + 1), tag.name.slice(0, colon), tag.attributes);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const colon = tag.name.indexOf(":");
    if (colon < 0) handlers.close(tag.name, "");
    else handlers.close(tag.name.slice(colon + 1), tag.name.slice(0, colon));
  });
  parser.on("text", (t) => handlers.text(t));
  parser.on("cdata", (t) => handlers.text(t));
  parser.on("error", (e) => {
    throw notXml(partName, e.message);
  });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let text: string;
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const end = Math.min(bytes.length, offset + CHUNK_BYTES);
    try {
      text = decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
    } catch {
      throw malformedPart(partName, "bukan teks UTF-8");
    }
    parser.write(text);
    handlers.progress?.(end, bytes.length);
  }
  parser.close();
}
