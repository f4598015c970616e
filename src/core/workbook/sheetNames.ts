export const MAX_SHEET_NAME = 31;

/** Excel forbids these in sheet names; they become `-`. */
export function sanitiseSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Lembar").slice(0, MAX_SHEET_NAME);
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
