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
