/**
 * Text files (HTML, SpreadsheetML, MHTML) as strings: the encoding comes from a byte-order mark (UTF-8, UTF-16LE/BE,
 * as Excel's "Unicode" saves and some exporters write), else from the zero bytes of UTF-16 without a mark, else from
 * a `charset` declared near the top (a `<meta>` of an HTML export, an XML declaration), else UTF-8, falling back to
 * windows-1252 when the bytes are not UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  // UTF-16 saved without its mark: the zero byte of every ASCII character tells it (its declaration cannot be read
  // as ASCII).
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  const declared = otherDeclaredCharset(bytes);
  if (declared) {
    try {
      return decodeWith(new TextDecoder(declared), bytes);
    } catch {
      // An unknown label: go on as UTF-8.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** True when the file names an encoding other than UTF-8 near its top and has no byte-order mark. */
export function declaresOtherThanUtf8(bytes: Uint8Array): boolean {
  return !bomEncoding(bytes) && otherDeclaredCharset(bytes) !== null;
}

/** The charset declared near the top when it is not UTF-8; null when none is, or UTF-8 is. */
function otherDeclaredCharset(bytes: Uint8Array): string | null {
  const declared = declaredCharset(asciiHead(bytes, 4096));
  return declared && declared !== "utf-8" ? declared : null;
}

/** decoder.decode(bytes), except windows-1252, which is decoded as the web does (decodeWindows1252). */
export function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  return decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/**
 * windows-1252 (what `latin1`, `iso-8859-1`, `us-ascii` and `cp1252` name on the web) as the WHATWG Encoding
 * standard maps it: Node 20's TextDecoder gives bytes 0x80–0x9F as C1 control characters instead of `– “ ” ’ €`.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes.push(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1[b - 0x80] : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Bytes 0x80–0x9F of windows-1252; the five the standard leaves undefined map to the control character itself. */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

/** The first characters of a file as text, enough to tell what it is; never throws. */
export function textHead(bytes: Uint8Array, length = 8192): string {
  const bom = bomEncoding(bytes);
  const start = bom?.length ?? 0;
  const encoding = bom?.encoding ?? unmarkedUtf16(bytes) ?? "utf-8";
  const chunk = bytes.subarray(start, start + (encoding === "utf-8" ? length : 2 * length));
  return new TextDecoder(encoding).decode(chunk);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** UTF-16 saved without its byte-order mark, told by the zero byte of every ASCII character; null for other text. */
function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (looksUtf16le(bytes)) return "utf-16le";
  return looksUtf16le(bytes.subarray(1)) ? "utf-16be" : null;
}

/** `<` `\0` `h` `\0`…: UTF-16LE without a mark (and, one byte on, UTF-16BE). */
function looksUtf16le(bytes: Uint8Array): boolean {
  let zeros = 0;
  const n = Math.min(bytes.length, 200) & ~1;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0 && bytes[i - 1] !== 0) zeros++;
  return zeros > 0 && zeros >= n / 2 - 2;
}

function asciiHead(bytes: Uint8Array, length: number): string {
  let s = "";
  const n = Math.min(bytes.length, length);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i] < 0x80 ? bytes[i] : 0x3f);
  return s;
}

/** `charset=windows-1252` in a meta tag or `encoding="iso-8859-1"` in an XML declaration. */
export function declaredCharset(head: string): string | null {
  const lower = head.toLowerCase();
  const meta = /charset\s*=\s*["']?([a-z0-9_:.-]+)/.exec(lower);
  if (meta) return normaliseCharset(meta[1]);
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_:.-]+)["']/.exec(lower);
  return xml ? normaliseCharset(xml[1]) : null;
}

function normaliseCharset(label: string): string {
  return label === "utf8" ? "utf-8" : label;
}
