import { createContext, createElement, ReactNode, useContext, useMemo, useState } from "react";
import { id, Messages } from "./id";
import { en } from "./en";

export type Language = "id" | "en";
export type { Messages };

export const DICTIONARIES: Record<Language, Messages> = { id, en };

export interface I18n {
  lang: Language;
  t: Messages;
  setLang(lang: Language): void;
}

/** Null outside any provider, so a nested provider can tell that one above it already holds the language. */
const I18nContext = createContext<I18n | null>(null);
const FALLBACK: I18n = { lang: "id", t: id, setLang: () => undefined };

/**
 * Holds the chosen language. Inside another provider (the pane inside the web page) it shares that one's language,
 * so one switch changes the whole page.
 */
export function I18nProvider(props: { initial?: Language; children?: ReactNode }) {
  const outer = useContext(I18nContext);
  const [lang, setLang] = useState<Language>(props.initial ?? "id");
  const value = useMemo(() => outer ?? { lang, t: DICTIONARIES[lang], setLang }, [outer, lang]);
  return createElement(I18nContext.Provider, { value }, props.children);
}

export function useI18n(): I18n {
  return useContext(I18nContext) ?? FALLBACK;
}

/** Numbers as the chosen language writes them (1.234,5 or 1,234.5), at the precision they carry. */
export function formatNumber(n: number, lang: Language): string {
  return n.toLocaleString(lang === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 10 });
}

const ROMAN = ["I", "II", "III", "IV"];

export function romanTriwulan(triwulan: number | null): string | null {
  return triwulan !== null && triwulan >= 1 && triwulan <= 4 ? ROMAN[triwulan - 1] : null;
}
