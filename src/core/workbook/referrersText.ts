import { Lang } from "../numbers/format";
import { Referrer } from "../ports/workbookPort";

const WORDS = {
  id: {
    formulas: "rumus di lembar",
    names: "nama",
    chart: "grafik",
    chartOn: "grafik di lembar",
    pivot: "PivotTable",
    and: "dan",
  },
  en: {
    formulas: "formulas on sheet",
    names: "the name",
    chart: "a chart",
    chartOn: "a chart on sheet",
    pivot: "a PivotTable",
    and: "and",
  },
} as const;

/**
 * What refers to a generated sheet left in place, in words (`rumus di lembar "Rekap", nama "CapaianSS4" dan grafik di
 * lembar "Rekap"`), for the CLI and the pane to say why the sheet was not removed.
 */
export function referrersText(r: { by: string[]; others?: Referrer[] }, lang: Lang = "id"): string {
  const w = WORDS[lang];
  const quoted = (names: string[]) => [...new Set(names)].map((n) => `"${n}"`).join(", ");
  const others = r.others ?? [];
  const parts: string[] = [];
  if (r.by.length > 0) parts.push(`${w.formulas} ${quoted(r.by)}`);
  const names = others.filter((o) => o.kind === "nama").map((o) => o.name);
  if (names.length > 0) parts.push(`${w.names} ${quoted(names)}`);
  const charts = others.filter((o) => o.kind === "grafik");
  const chartHosts = charts.map((o) => o.name).filter((n) => n !== "");
  if (chartHosts.length > 0) parts.push(`${w.chartOn} ${quoted(chartHosts)}`);
  else if (charts.length > 0) parts.push(w.chart);
  if (others.some((o) => o.kind === "pivot")) parts.push(w.pivot);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${w.and} ${parts[parts.length - 1]}`;
}

const RESUBJECTED = {
  id: (r: { name: string; was: string; now: string }, by: string) =>
    `Lembar "${r.name}" kini berisi sasaran "${r.now}", bukan lagi "${r.was}" (lembar sasaran dinomori menurut ` +
    `urutan sasaran di lembar sumber). ${capitalised(by)} merujuk lembar itu, jadi kini membaca angka sasaran lain: ` +
    "periksa rujukannya.",
  en: (r: { name: string; was: string; now: string }, by: string) =>
    `The sheet "${r.name}" now holds the sasaran "${r.now}", no longer "${r.was}" (sasaran sheets are numbered in ` +
    `the order of the sasaran in the source sheet). ${capitalised(by)} refer to that sheet and now read another ` +
    "sasaran's figures: check those references.",
} as const;

/**
 * A generated sheet that now holds another sasaran while the officer's work refers to it (WriteReport.resubjected),
 * in words, for the CLI and the pane alike.
 */
export function resubjectedText(
  r: { name: string; was: string; now: string; by: string[]; others?: Referrer[] },
  lang: Lang = "id",
): string {
  return RESUBJECTED[lang](r, referrersText(r, lang));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
