import { decodeText, decodeWith } from "./textBytes";

export interface MimePart {
  contentType: string;
  location: string;
  /** The part's text, transfer encoding and charset decoded. */
  text: string;
}

/**
 * The HTML parts of an MHTML file (a web page or an Excel workbook saved as one file, `.mht`/`.mhtml`, often with an
 * `.xls` name): a MIME `multipart/related` message whose parts are quoted-printable or base64 encoded.
 */
export function mhtmlHtmlParts(bytes: Uint8Array): MimePart[] {
  const raw = latin1(bytes);
  const { headers, bodyStart } = readHeaders(raw, 0);
  const boundary = parameter(headers.get("content-type") ?? "", "boundary");
  if (!boundary) return [];
  const delimiter = `--${boundary}`;
  const parts: MimePart[] = [];
  let p = raw.indexOf(delimiter, bodyStart);
  while (p >= 0) {
    const lineEnd = raw.indexOf("\n", p);
    if (lineEnd < 0 || raw.startsWith(`${delimiter}--`, p)) break;
    const next = raw.indexOf(`\n${delimiter}`, lineEnd);
    // The line break before a delimiter belongs to the delimiter.
    const end = next < 0 ? raw.length : raw[next - 1] === "\r" ? next - 1 : next;
    const part = readHeaders(raw, lineEnd + 1);
    const contentType = (part.headers.get("content-type") ?? "text/plain").toLowerCase();
    if (contentType.startsWith("text/html")) {
      const body = decodeBody(raw.slice(part.bodyStart, end), part.headers.get("content-transfer-encoding") ?? "");
      const charset = parameter(part.headers.get("content-type") ?? "", "charset");
      parts.push({
        contentType,
        location: part.headers.get("content-location") ?? "",
        text: decodeCharset(body, charset),
      });
    }
    p = next < 0 ? -1 : next + 1;
  }
  return parts;
}

/** Bytes as a string of the same length, one character per byte, so headers and encodings can be read as text. */
function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** Header lines up to the first empty line; folded lines (starting with a space or tab) continue the previous one. */
function readHeaders(raw: string, from: number): { headers: Map<string, string>; bodyStart: number } {
  const headers = new Map<string, string>();
  let p = from;
  let last: string | null = null;
  for (;;) {
    const nl = raw.indexOf("\n", p);
    const line = raw.slice(p, nl < 0 ? raw.length : nl).replace(/\r$/, "");
    p = nl < 0 ? raw.length : nl + 1;
    if (line === "") return { headers, bodyStart: p };
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(":");
      if (colon > 0) {
        last = line.slice(0, colon).trim().toLowerCase();
        headers.set(last, line.slice(colon + 1).trim());
      }
    }
    if (nl < 0) return { headers, bodyStart: p };
  }
}

/** `boundary="----=_NextPart_01D9"` out of a Content-Type header. */
function parameter(header: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(header);
  return m ? (m[1] ?? m[2]) : null;
}

function decodeBody(body: string, encoding: string): Uint8Array {
  switch (encoding.trim().toLowerCase()) {
    case "quoted-printable":
      return quotedPrintable(body);
    case "base64":
      return base64(body);
    default:
      return Uint8Array.from(body, (c) => c.charCodeAt(0));
  }
}

function quotedPrintable(body: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "=") {
      if (body[i + 1] === "\r" && body[i + 2] === "\n") {
        i += 2;
        continue;
      }
      if (body[i + 1] === "\n") {
        i += 1;
        continue;
      }
      const hex = body.slice(i + 1, i + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 2;
        continue;
      }
    }
    out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64(body: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of body) {
    const v = BASE64.indexOf(c);
    if (v < 0) continue;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function decodeCharset(bytes: Uint8Array, charset: string | null): string {
  if (charset) {
    try {
      return decodeWith(new TextDecoder(charset.toLowerCase()), bytes);
    } catch {
      // An unknown label: let the part's own markers decide.
    }
  }
  return decodeText(bytes);
}
