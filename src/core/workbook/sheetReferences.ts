/**
 * How a formula names a sheet, as Excel writes it: quoted (`'LKjIP SS IV'!`, a quote inside doubled) for any name,
 * and bare (`Tabel3!`) for a name that needs no quotes. Both adapters look for these in the officer's formulas
 * before a generated sheet is removed (sheetPlan: a sheet they refer to is left).
 */
export function sheetReferenceForms(name: string): string[] {
  const forms = [`'${name.replace(/'/g, "''")}'!`];
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) forms.push(`${name}!`);
  return forms;
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
