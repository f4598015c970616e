const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * Names Excel accepts for the sheets of a file that had none or other rules: forbidden characters become spaces,
 * at most 31 characters, no leading or trailing apostrophe, unique regardless of case (`Sheet1`, `Sheet1 (2)`).
 */
export function sheetNames(wanted: string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((w, i) => {
    let base = w
      .replace(FORBIDDEN, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "");
    if (base === "" || base.toLowerCase() === "history") base = `Sheet${i + 1}`;
    base = base.slice(0, MAX_LENGTH).trim();
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_LENGTH - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
