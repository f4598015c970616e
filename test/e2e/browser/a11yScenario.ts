import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Page } from "playwright-core";
import { Language } from "../../../src/taskpane/i18n";
import { WEB_TEXT } from "../../../src/taskpane/web/webText";
import { ROOT, SAMPLE } from "../expectations";
import { Harness } from "../harness";
import { Browser, launchBrowser } from "./launch";
import { chooseFile, DICTIONARY, openPage, openStep, rememberLanguage, visiblePrimaryButtons } from "./pane";

const SUITE = "browser: aksesibilitas";
const NARROW = { width: 320, height: 720 };
const AXE_SOURCE = readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core (from npm, run inside the page) on the page as it is now; the violations of impact serious or critical.
 * Nothing is excluded: the steps use no component that puts Tabster's focusable dummy elements inside aria-hidden
 * (Fluent's TabList did: the steps are a nav of buttons instead, see src/taskpane/components/StepNav.tsx).
 */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Fluent's motions (an accordion opening, a message bar entering) fade in: a half-faded text would fail contrast.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[]; passes: unknown[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return { violations: r.violations, passes: r.passes.length };
  });
  return (result.violations as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}

function describe(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    .join("\n");
}

/**
 * Every step in both languages at 320 px: axe-core finds no serious or critical violation, nothing scrolls sideways,
 * one primary action shows, and a screenshot of each step goes to test-results/e2e/langkah-320/.
 */
export async function a11yScenario(h: Harness, browser: Browser, url: string, outDir: string): Promise<void> {
  const shots = path.join(outDir, "langkah-320");
  mkdirSync(shots, { recursive: true });
  const counted: string[] = [];
  for (const lang of ["id", "en"] as Language[]) {
    const t = DICTIONARY[lang];
    const web = WEB_TEXT[lang];
    const page = await browser.newPage();
    await page.setViewportSize(NARROW);
    await rememberLanguage(page, url, lang);
    const check = async (step: string, primary: string[]) => {
      const violations = await seriousViolations(page);
      counted.push(`${lang}/${step}: ${violations.length}`);
      assert.equal(violations.length, 0, `axe (${lang}, ${step}):\n${describe(violations)}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= NARROW.width, `${lang}, ${step}: halaman selebar ${wide} px pada ${NARROW.width} px`);
      assert.deepEqual(await visiblePrimaryButtons(page), primary, `${lang}, ${step}: tombol utama`);
      await page.screenshot({ path: path.join(shots, `${lang}-${step}.png`), fullPage: true });
    };
    await h.check(SUITE, `${lang}: setiap langkah pada 320 px tanpa pelanggaran axe serius/kritis`, async () => {
      await openPage(page, url, lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await check("1-buka", [web.openButton]);
      await chooseFile(page, SAMPLE);
      await page.getByRole("heading", { level: 2, name: t.stepHeadings.kenali }).waitFor();
      await page.getByRole("article").first().getByRole("button", { name: t.correctColumns }).click();
      await check("2-kenali", [t.toPeriksa]);
      await openStep(page, "periksa", lang);
      await page.locator("[data-entry=finding] button").first().click();
      await page.getByRole("checkbox").check();
      await check("3-periksa", [t.toBuat]);
      await openStep(page, "buat", lang);
      await check("4-buat", [t.generateButton]);
      await page.getByRole("button", { name: t.generateButton }).click();
      await page.getByRole("region", { name: t.writtenHeading, exact: true }).waitFor({ timeout: 120_000 });
      await check("5-buat-selesai", [web.download]);
    });
    await page.close();
  }
  const fresh = await browser.newPage();
  await rememberLanguage(fresh, url, null);
  await fresh.close();
  h.note(
    `axe-core (serius/kritis) per langkah: ${counted.join(", ")}; tangkapan layar 320 px: ${path.relative(process.cwd(), shots)}/`,
  );
}

/** With nothing remembered, the page speaks the browser's language: English for en-US, Bahasa Indonesia for fr-FR. */
export async function browserLanguageScenario(h: Harness, url: string): Promise<void> {
  for (const [locale, lang] of [
    ["en-US", "en"],
    ["fr-FR", "id"],
  ] as const) {
    await h.check(SUITE, `bahasa peramban ${locale} → ${lang}`, async () => {
      const browser = await launchBrowser(url.replace(/\/$/, ""), locale);
      try {
        const page = await browser.newPage();
        await openPage(page, url, lang);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      } finally {
        await browser.close();
      }
    });
  }
}
