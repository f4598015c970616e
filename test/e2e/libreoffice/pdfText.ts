import { execFileSync } from "node:child_process";

export interface PdfPage {
  width: number;
  height: number;
  /** The words on the page, lower-cased, punctuation trimmed. */
  words: Set<string>;
}

/** Page sizes and words of a PDF, through poppler's pdftotext -bbox. */
export function readPdf(file: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = new Set<string>();
    for (const w of m[3].matchAll(/<word[^>]*>([^<]*)<\/word>/g)) {
      const word = normaliseWord(decode(w[1]));
      if (word) words.add(word);
    }
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** Lower case without surrounding punctuation; a word of symbols only (`%`) is kept as it is. */
export function normaliseWord(w: string): string {
  const trimmed = w.trim().toLowerCase();
  return trimmed.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "") || trimmed;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
