export interface FooterSections {
  left: string;
  center: string;
  right: string;
}

/**
 * Excel's one-string footer (`&LDinas …&RHalaman &P`) as the three sections Office.js sets separately.
 * `&L`, `&C` and `&R` start a section; text before any of them belongs to the centre, as in Excel. Other codes
 * (`&P`, `&N`, `&D`, `&&`…) stay in their section's text, where Office.js reads them the same way.
 */
export function footerSections(footer: string): FooterSections {
  const sections: FooterSections = { left: "", center: "", right: "" };
  const keys = { L: "left", C: "center", R: "right" } as const;
  let current: keyof FooterSections = "center";
  for (let i = 0; i < footer.length; i++) {
    const ch = footer[i];
    const next = footer[i + 1];
    if (ch === "&" && next !== undefined && next in keys) {
      current = keys[next as keyof typeof keys];
      i++;
    } else if (ch === "&" && next !== undefined) {
      // `&&`, `&P`, `&"Font"` and the like: kept whole, so `&&L` stays a literal `&` followed by L.
      sections[current] += ch + next;
      i++;
    } else {
      sections[current] += ch;
    }
  }
  return sections;
}
