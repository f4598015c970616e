/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { catalogOf } from "../../src/core/model/messages";
import { RULE_SEVERITY } from "../../src/core/model/finding";
import { Language } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { id } from "../../src/taskpane/i18n/id";
import { WebPane } from "../../src/taskpane/web/WebPane";
import { workerSessions } from "../../src/taskpane/web/workerSession";
import { WEB_TEXT } from "../../src/taskpane/web/webText";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4, TW4_FINDINGS } from "./fixtures";
import { loopbackWorker } from "./loopbackWorker";
import { memoryPort } from "./memoryPort";
import { loaded, openColumnCorrections, openStep, renderPane } from "./render";

const HOLE = "\u0001";

/**
 * The words a language's dictionaries put on screen: every text, and of every sentence-making function the fixed
 * parts around its parameters (long enough to be words of that language, not punctuation).
 */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    const out = String((value as (...a: string[]) => unknown)(...Array.from({ length: value.length }, () => HOLE)));
    return out
      .split(HOLE)
      .map((s) => s.trim())
      .filter((s) => s.replace(/[^A-Za-z]/g, "").length >= 5);
  }
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

function dictionary(lang: Language): Set<string> {
  const c = catalogOf(lang);
  const pane = lang === "id" ? id : en;
  return new Set(
    texts([pane, WEB_TEXT[lang], c.severity, c.ruleLabels, c.amountLabels, c.levels, c.dataColumns, c.messages]),
  );
}

/** Texts only the other language has: showing one of them is a leak. */
function otherOnly(lang: Language): string[] {
  const mine = dictionary(lang);
  return [...dictionary(lang === "id" ? "en" : "id")].filter((s) => !mine.has(s));
}

/**
 * Text nodes and labels on the page that are the other language's only, or hold a phrase (several words) of it. A
 * single word is matched whole only: domain words stay in Indonesian inside English labels ("Activities (kegiatan)").
 */
function leaks(lang: Language): string[] {
  const all = otherOnly(lang);
  const exact = new Set(all);
  const foreign = all.filter((f) => f.length >= 8 && /\S\s+\S/.test(f));
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? "").trim();
    if (text === "") continue;
    if (exact.has(text) || foreign.some((f) => text.includes(f))) found.push(text);
  }
  for (const el of Array.from(document.querySelectorAll("[aria-label], [title]"))) {
    for (const text of [el.getAttribute("aria-label"), el.getAttribute("title")]) {
      if (text && (exact.has(text) || foreign.some((f) => text.includes(f)))) found.push(text);
    }
  }
  // A rule id (`kas-vs-pagu`) is the CLI's and the scripts' word, in no language of the pane (pane42 D3: shown on hover).
  for (const el of Array.from(document.querySelectorAll("[title]"))) {
    const title = el.getAttribute("title") ?? "";
    if (title in RULE_SEVERITY) found.push(title);
  }
  return found;
}

const steps: Record<Language, { periksa: string; buat: string; build: string; rebuild: string; info: RegExp }> = {
  id: {
    periksa: "Periksa",
    buat: "Buat LKjIP",
    build: "Buat tabel LKjIP",
    rebuild: "Buat ulang",
    info: /Tampilkan info/,
  },
  en: {
    periksa: "Check",
    buat: "Build LKjIP",
    build: "Build the LKjIP tables",
    rebuild: "Build again",
    info: /Show info/,
  },
};

describe.each(["id", "en"] as Language[])("in %s, no text of the other language shows", (lang) => {
  const s = steps[lang];
  beforeEach(() => localStorage.clear());

  it.each(["excel", "file"] as const)("on every step (%s)", async (mode) => {
    const port = memoryPort([sheetGrid("TW I"), sheetGrid("TW IV")], { mode });
    if (mode === "excel") port.undoSupport = () => "one-step";
    const engine = fakeEngine([{ ...TW1, findings: [{ ...TW4_FINDINGS[1], sheet: "TW I" }] }, TW4]);
    renderPane(port, engine, lang);
    await loaded();
    const seen: Record<string, string[]> = {};
    openColumnCorrections(screen.getByRole("article", { name: "TW IV" }));
    seen.kenali = leaks(lang);

    openStep(s.periksa);
    fireEvent.click(screen.getByRole("checkbox", { name: s.info }));
    if (mode === "file") fireEvent.click(screen.getAllByRole("button", { name: /S12/ })[0]);
    seen.periksa = leaks(lang);

    openStep(s.buat);
    seen.buatBefore = leaks(lang);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: s.build }));
    });
    await waitFor(() => expect(port.written).toHaveLength(1));
    port.sheets.get("Tabel 3.2 Anggaran")!.cells[1] = [{ value: "catatan" }];
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: s.rebuild }));
    });
    await waitFor(() => expect(port.written).toHaveLength(2));
    await waitFor(() => expect(document.querySelectorAll("[aria-labelledby=lembar-dibiarkan]")).toHaveLength(1));
    seen.buatDone = leaks(lang);
    expect(seen).toEqual({ kenali: [], periksa: [], buatBefore: [], buatDone: [] });
  });

  it("on the web page's start screen and with a workbook that holds no table", async () => {
    render(<WebPane openSession={workerSessions(() => loopbackWorker())} initialLanguage={lang} />);
    expect(leaks(lang)).toEqual([]);
    cleanup();
    renderPane(memoryPort([sheetGrid("Lembar1", 4, 4)], { mode: "file" }), fakeEngine([]), lang);
    await loaded();
    expect(within(document.body).getAllByText(lang === "id" ? /judul kolom/ : /column headers/).length).toBeGreaterThan(
      0,
    );
    expect(leaks(lang)).toEqual([]);
  });
});

test("the check itself catches a leak", async () => {
  renderPane(memoryPort([sheetGrid("TW IV")]), fakeEngine([TW4]), "id");
  await loaded();
  const stray = document.createElement("span");
  stray.textContent = en.toPeriksa;
  document.body.appendChild(stray);
  expect(leaks("id")).toEqual([en.toPeriksa]);
});
