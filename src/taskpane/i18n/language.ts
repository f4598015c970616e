/** The pane's two languages: Bahasa Indonesia (the default) and English. */
export type Language = "id" | "en";

export const LANGUAGES: Language[] = ["id", "en"];

/** Where the user's own choice is remembered: per user in the browser, never in the (shared) workbook. */
export const LANGUAGE_STORAGE_KEY = "lkjip.bahasa";

/** `en-US` → en, `id-ID` (and the old code `in`) → id, anything else → null. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "en") return "en";
  if (primary === "id" || primary === "in") return "id";
  return null;
}

/** The language the user chose earlier, if the browser lets us read it. */
export function storedLanguage(
  storage: Pick<Storage, "getItem"> | null | undefined = defaultStorage(),
): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return value === "id" || value === "en" ? value : null;
  } catch {
    return null;
  }
}

/** Remember the user's choice; a browser that refuses storage (private mode, policy) just forgets it. */
export function rememberLanguage(
  lang: Language,
  storage: Pick<Storage, "setItem"> | null | undefined = defaultStorage(),
): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Nothing to do: the choice holds for this session only.
  }
}

/**
 * The language the pane opens in: the user's remembered choice; else the host's (Office's display language in
 * Excel, the browser's on the web page) when it is Indonesian or English; else Bahasa Indonesia.
 */
export function initialLanguage(
  hostLanguage: string | null | undefined,
  stored: Language | null = storedLanguage(),
): Language {
  return stored ?? languageOfTag(hostLanguage) ?? "id";
}

/** The browser's own language (its first preference). */
export function browserLanguage(): string | undefined {
  if (typeof navigator === "undefined") return undefined;
  return navigator.languages?.[0] ?? navigator.language;
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
