/**
 * Intl.NumberFormat objects, made once per locale and options. `toLocaleString` with options builds a new formatter
 * on every call, which is slow enough to show when a progress bar or a long list formats numbers on every render.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/* global requestIdleCallback */

/**
 * The first formatter of a locale loads its data, a task of its own (over 100 ms on a slow CPU). The web page makes
 * them while it waits for a file, so that cost does not land in the step that opens it.
 */
export function prepareNumberFormats(locales: string[], options: Intl.NumberFormatOptions[]): void {
  if (typeof requestIdleCallback !== "function") return;
  for (const locale of locales) {
    for (const o of options) requestIdleCallback(() => numberFormat(locale, o).format(0));
  }
}
