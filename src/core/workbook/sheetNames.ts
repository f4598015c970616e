export const MAX_SHEET_NAME = 31;

/**
 * How two sheet names are compared, as Excel does: without case; and without the difference between a composed "é"
 * and an "e" with a combining accent, which look the same but are typed (or saved by some systems) differently.
 */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * A name Excel accepts: the characters it forbids become `-`, no quote at either end, not empty, at most 31
 * characters, and not `History` (Excel keeps that name for its change history).
 */
export function sanitiseSheetName(name: string): string {
  // Spaces and quotes together: " '!" trimmed of its space alone would start with a quote.
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^[\s']+|[\s']+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .replace(/[\s']+$/, "");
  if (cleaned.toLowerCase() === "history") return `${cleaned} (1)`;
  return cleaned || "Lembar";
}

/** `base`, or `base (2)`, `base (3)`… (cut to 31 characters): the first that no sheet has (`taken` is lower case). */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
