import { decodeEntities } from "./htmlEntities";

export type HtmlToken =
  | { type: "start"; name: string; attributes: Map<string, string>; selfClosing: boolean }
  | { type: "end"; name: string }
  | { type: "text"; text: string };

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(["style", "script", "textarea", "title", "xml"]);

/**
 * A forgiving HTML tokenizer over a string, written for the table exports offices receive (no DOM, so it runs in a
 * Web Worker): start and end tags with their attributes (names lower-cased, values decoded), text with entities
 * decoded, and the raw text of `<style>`/`<script>`. Comments, doctypes, processing instructions and Office's
 * conditional comments are skipped; a `<` that opens no tag is text.
 */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  let i = 0;
  const n = html.length;
  let textStart = 0;
  const flushText = function* (end: number): Generator<HtmlToken> {
    if (end > textStart) yield { type: "text", text: decodeEntities(html.slice(textStart, end)) };
  };
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? "";
    if (next === "!" || next === "?") {
      yield* flushText(lt);
      i = skipMarkup(html, lt);
      textStart = i;
      continue;
    }
    const closing = next === "/";
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!/[a-zA-Z]/.test(html[nameStart] ?? "")) {
      i = lt + 1;
      continue;
    }
    yield* flushText(lt);
    let j = nameStart;
    while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== "/" && html[j] !== ">") j++;
    const name = html.slice(nameStart, j).toLowerCase();
    if (closing) {
      const gt = html.indexOf(">", j);
      i = gt < 0 ? n : gt + 1;
      textStart = i;
      yield { type: "end", name };
      continue;
    }
    const tag = readAttributes(html, j);
    i = tag.end;
    textStart = i;
    yield { type: "start", name, attributes: tag.attributes, selfClosing: tag.selfClosing };
    if (RAW_TEXT.has(name) && !tag.selfClosing) {
      const close = findEndTag(html, i, name);
      yield {
        type: "text",
        text:
          name === "style" || name === "xml" ? html.slice(i, close.start) : decodeEntities(html.slice(i, close.start)),
      };
      yield { type: "end", name };
      i = close.end;
      textStart = i;
    }
  }
  yield* flushText(n);
}

/** `<!-- … -->`, `<!DOCTYPE …>`, `<![if …]>`, `<?xml …?>`: skipped whole. */
function skipMarkup(html: string, lt: number): number {
  if (html.startsWith("<!--", lt)) {
    const end = html.indexOf("-->", lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  const gt = html.indexOf(">", lt);
  return gt < 0 ? html.length : gt + 1;
}

function findEndTag(html: string, from: number, name: string): { start: number; end: number } {
  let p = from;
  for (;;) {
    const start = html.indexOf("</", p);
    if (start < 0) return { start: html.length, end: html.length };
    const after = html[start + 2 + name.length] ?? ">";
    if (html.slice(start + 2, start + 2 + name.length).toLowerCase() === name && /[\s>]/.test(after)) {
      const gt = html.indexOf(">", start);
      return { start, end: gt < 0 ? html.length : gt + 1 };
    }
    p = start + 1;
  }
}

/** Space, tab, line feed, form feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function readAttributes(
  html: string,
  from: number,
): { attributes: Map<string, string>; end: number; selfClosing: boolean } {
  const attributes = new Map<string, string>();
  const n = html.length;
  let i = from;
  for (;;) {
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return { attributes, end: n, selfClosing: false };
    const c = html[i];
    if (c === ">") return { attributes, end: i + 1, selfClosing: false };
    if (c === "/" && html[i + 1] === ">") return { attributes, end: i + 2, selfClosing: true };
    if (c === "/") {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n) {
      const ch = html[i];
      if (isSpace(html.charCodeAt(i)) || ch === "=" || ch === ">" || (ch === "/" && html[i + 1] === ">")) break;
      i++;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, close < 0 ? n : close);
        i = close < 0 ? n : close + 1;
      } else {
        const start = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== ">") i++;
        value = html.slice(start, i);
      }
    }
    if (name && !attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
}
