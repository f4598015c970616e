/** Named character references that exports and saved pages use; any other is kept as written. */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  copy: "©",
  reg: "®",
  deg: "°",
  plusmn: "±",
  sup2: "²",
  sup3: "³",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  times: "×",
  divide: "÷",
  middot: "·",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  hellip: "…",
  euro: "€",
  le: "≤",
  ge: "≥",
  ne: "≠",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  ccedil: "ç",
};
/** Browsers also accept these few without the closing `;`. */
const LEGACY = ["amp", "lt", "gt", "quot", "nbsp"];

/** Decode `&amp;`, `&#160;`, `&#xA0;` and the names above. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf("&", i);
    if (amp < 0) break;
    out += text.slice(i, amp);
    const decoded = decodeAt(text, amp);
    out += decoded.text;
    i = amp + decoded.length;
  }
  return out + text.slice(i);
}

function decodeAt(text: string, amp: number): { text: string; length: number } {
  if (text[amp + 1] === "#") {
    const hex = text[amp + 2] === "x" || text[amp + 2] === "X";
    let j = amp + (hex ? 3 : 2);
    const start = j;
    while (j < text.length && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(text[j])) j++;
    if (j === start) return { text: "&", length: 1 };
    const code = parseInt(text.slice(start, j), hex ? 16 : 10);
    const length = j - amp + (text[j] === ";" ? 1 : 0);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return { text: valid ? String.fromCodePoint(code) : "\ufffd", length };
  }
  let j = amp + 1;
  while (j < text.length && j - amp <= 10 && /[a-zA-Z0-9]/.test(text[j])) j++;
  const name = text.slice(amp + 1, j);
  if (text[j] === ";" && NAMED[name] !== undefined) return { text: NAMED[name], length: j - amp + 1 };
  const lower = name.toLowerCase();
  for (const legacy of LEGACY) {
    if (lower.startsWith(legacy) && name.slice(0, legacy.length) === legacy) {
      return { text: NAMED[legacy], length: legacy.length + 1 };
    }
  }
  return { text: "&", length: 1 };
}
