import { createContext, createElement, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { Catalog, catalogOf } from "../../core/model/messages";
import { id, Messages } from "./id";
import { en } from "./en";
import { initialLanguage, Language, rememberLanguage } from "./language";
import { numberFormat } from "./numberFormat";

export type { Language } from "./language";
export type { Messages };

export const DICTIONARIES: Record<Language, Messages> = { id, en };

export interface I18n {
  lang: Language;
  t: Messages;
  /** The engine's words for findings in the same language (severity, rule labels, amount labels, sentences). */
  catalog: Catalog;
  setLang(lang: Language): void;
}

/** Null outside any provider, so a nested provider can tell that one above it already holds the language. */
const I18nContext = createContext<I18n | null>(null);
const FALLBACK: I18n = { lang: "id", t: id, catalog: catalogOf("id"), setLang: () => undefined };

export interface I18nProviderProps {
  /** A language to start in regardless of host and memory (tests, or a page that already chose). */
  initial?: Language;
  /** The host's language: Office's display language in Excel, the browser's on the web page. */
  host?: string;
  children?: ReactNode;
}

/**
 * Holds the chosen language: the user's remembered choice, else the host's, else Bahasa Indonesia. A choice the user
 * makes is remembered in localStorage. Inside another provider (the pane inside the web page) it shares that one's
 * language, so one switch changes the whole page.
 */
export function I18nProvider(props: I18nProviderProps) {
  const outer = useContext(I18nContext);
  const [lang, setLangState] = useState<Language>(() => props.initial ?? initialLanguage(props.host));
  const setLang = useCallback((next: Language) => {
    rememberLanguage(next);
    setLangState(next);
  }, []);
  useEffect(() => {
    // The page's own language, for screen readers and hyphenation; only the outermost provider owns it.
    if (!outer && typeof document !== "undefined") document.documentElement.lang = lang;
  }, [outer, lang]);
  const value = useMemo(
    () => outer ?? { lang, t: DICTIONARIES[lang], catalog: catalogOf(lang), setLang },
    [outer, lang, setLang],
  );
  return createElement(I18nContext.Provider, { value }, props.children);
}

export function useI18n(): I18n {
  return useContext(I18nContext) ?? FALLBACK;
}

/** Numbers as the chosen language writes them (1.234,5 or 1,234.5), at the precision they carry. */
export function formatNumber(n: number, lang: Language): string {
  return numberFormat(lang === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 10 }).format(n);
}

const ROMAN = ["I", "II", "III", "IV"];

export function romanTriwulan(triwulan: number | null): string | null {
  return triwulan !== null && triwulan >= 1 && triwulan <= 4 ? ROMAN[triwulan - 1] : null;
}
