import { Referrer } from "../ports/workbookPort";

/**
 * How a formula names a sheet, as Excel writes it: quoted (`'LKjIP SS IV'!`, a quote inside doubled) for any name,
 * bare (`Tabel3!`) for a name that needs no quotes, and as an end of a 3-D range (`'LKjIP SS I:LKjIP SS IV'!`).
 * Both adapters look for these in the officer's work before a generated sheet is removed (sheetPlan: a sheet it
 * refers to is left).
 */
export function sheetReferenceForms(name: string): string[] {
  const quoted = name.replace(/'/g, "''");
  const forms = [`'${quoted}'!`, `'${quoted}:`, `:${quoted}'!`];
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) forms.push(`${name}!`);
  return forms;
}

/** Who refers to one sheet: the officer's sheets whose formulas do, and anything else (Referrer). */
export interface SheetReferrers {
  sheets: string[];
  others: Referrer[];
}

/** Who refers to each sheet, filled in as an adapter finds them: `of(target)` is that sheet's entry, made once. */
export function referrersBySheet(): { found: Map<string, SheetReferrers>; of: (target: string) => SheetReferrers } {
  const found = new Map<string, SheetReferrers>();
  const of = (target: string) => {
    let r = found.get(target);
    if (!r) found.set(target, (r = { sheets: [], others: [] }));
    return r;
  };
  return { found, of };
}

/** For each sheet named, the officer's sheets with a formula naming it; only sheets named somewhere are listed. */
export function sheetsReferring(
  targets: readonly string[],
  /** Each officer sheet with a test for whether its formulas hold a text. */
  sheets: readonly { name: string; holds: (form: string) => boolean }[],
  /** The text a form is looked for as (the package reader escapes it as its XML does). */
  spell: (form: string) => string[] = (form) => [form],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const wanted = targets.map((target) => ({ target, texts: sheetReferenceForms(target).flatMap(spell) }));
  for (const sheet of sheets) {
    for (const { target, texts } of wanted) {
      if (texts.some((t) => sheet.holds(t))) out.set(target, [...(out.get(target) ?? []), sheet.name]);
    }
  }
  return out;
}

/** Whether a text (a defined name's formula, a chart's series) names the sheet. */
export function namesSheet(text: string, sheet: string, spell: (form: string) => string[] = (f) => [f]): boolean {
  return sheetReferenceForms(sheet)
    .flatMap(spell)
    .some((form) => text.includes(form));
}
