/**
 * Benchmark of the web page (dist/index.html) in Debian's Chromium, in one run:
 *
 *   npx tsx scripts/bench-web.ts            (npm run bench:web: 20.000 sub kegiatan, a pass at full speed and one
 *                                            with the CPU slowed 4×, then the cold first screen)
 *   npx tsx scripts/bench-web.ts --quick    (npm run bench:web -- --quick: 1.000 sub kegiatan; CI runs it so the
 *                                            benchmark keeps working, its times mean nothing)
 *
 * The workbook is the one `npm run bench` builds (scripts/bench.ts `workbookBytes`). Each step is timed from the
 * click to what the officer waits for: open → the Kenali counts, → the first Periksa finding, the LKjIP sheets
 * written, the download starting. Beside each, the longest task the page's main thread ran during it
 * (PerformanceObserver "longtask": tasks over 50 ms), since that is what freezes the page, and as a fallback
 * measure the longest time a 10 ms timer of the page was held back (over 50 ms). The slowed pass uses
 * CDP `Emulation.setCPUThrottlingRate`. The first screen is measured on a cold profile (no cache) with the request
 * for office.js to Microsoft's CDN held back for 10 s; taskpane.html, which must load office.js, is measured beside
 * it for contrast (not with --quick). Nothing here fails on a time: it prints tables and says which goals were met.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BrowserContext, Page } from "playwright-core";
import { id as t } from "../src/taskpane/i18n/id";
import { WEB_TEXT } from "../src/taskpane/web/webText";
import { chromiumVersion, freshChromium } from "../test/e2e/browser/launch";
import { ensureBuild } from "../test/e2e/ensureBuild";
import { workbookBytes } from "./bench";
import { startStaticServer } from "./e2e/staticServer";

const QUICK = process.argv.includes("--quick");
const SUB_KEGIATAN = QUICK ? 1_000 : 20_000;
const CDN_HOLD_MS = 10_000;
const OFFICE_JS = /appsforoffice\.microsoft\.com/;
/** Goals of issue 13: no main-thread task over 200 ms in any step; the first screen within 1 s locally. */
const MAX_TASK_MS = 200;
const FIRST_SCREEN_MS = 1_000;
const STEP_TIMEOUT_MS = 600_000;
const PAINT_WAIT_MS = 5_000;
const web = WEB_TEXT.id;

interface Window {
  longTasks: { start: number; duration: number }[];
  /** The fallback measure: times a 10 ms timer fired late by more than 50 ms (the thread was busy meanwhile). */
  stalls: { start: number; duration: number }[];
  firstScreen: number | null;
}

/** A timer's period for the stall measure: short enough to see a 50 ms task, long enough to cost nothing. */
const TICK_MS = 10;

/**
 * Installed before the page's own scripts: every long task, every stall of a timer (the fallback where "longtask"
 * entries are missing or late: it measures the same thing from inside the page, rendering included), and when the
 * open button first exists. No named functions inside: tsx would wrap them in a helper the page does not have.
 */
function observePage(tick: number): void {
  const w = window as unknown as Window;
  w.longTasks = [];
  w.stalls = [];
  w.firstScreen = null;
  if (PerformanceObserver.supportedEntryTypes?.includes("longtask")) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  }
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - tick;
    if (late > 50) w.stalls.push({ start: last, duration: late });
    last = now;
  }, tick);
  new MutationObserver(() => {
    if (w.firstScreen === null && document.querySelector("[data-testid=berkas-xlsx]")) w.firstScreen = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile (a cold cache); only the local server answers, office.js is held back before it fails. */
async function launch(origin: string): Promise<Browser> {
  const { context, close } = await freshChromium("lkjip-bench-web-");
  await context.route(
    (url) => !url.href.startsWith(origin) && url.protocol.startsWith("http"),
    async (route) => {
      if (OFFICE_JS.test(route.request().url())) await new Promise((r) => setTimeout(r, CDN_HOLD_MS));
      await route.abort("internetdisconnected").catch(() => undefined);
    },
  );
  await context.addInitScript(observePage, TICK_MS);
  return { context, close };
}

interface StepFigures {
  step: string;
  wallMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** The fallback measure: the longest time the page's timer could not run. */
  longestStallMs: number;
}

/** Run one step: wall time from the action to what it waits for, and the main thread's long tasks meanwhile. */
async function measured(page: Page, step: string, run: () => Promise<void>): Promise<StepFigures> {
  const from = await page.evaluate(() => performance.now());
  const started = Date.now();
  await run();
  const wallMs = Date.now() - started;
  // Long tasks are reported after they end; one frame more lets the last of them arrive.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const { tasks, stalls } = await page.evaluate((since) => {
    const w = window as unknown as Window;
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const measured = {
      tasks: w.longTasks.filter((e) => e.start >= since).map((e) => e.duration),
      stalls: w.stalls.filter((e) => e.start >= since).map((e) => e.duration),
    };
    w.longTasks = [];
    w.stalls = [];
    return measured;
  }, from);
  return {
    step,
    wallMs,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    longestStallMs: Math.max(0, ...stalls),
  };
}

/**
 * Open → counts → findings → generate → download on the synthetic workbook (a file on disk, picked as a person
 * picks it: Playwright hands the browser its path, nothing is copied through the page); the CPU slowed by `throttle`.
 * The steps start once the page has loaded what it fetches by itself (the steps' chunk), as a person takes longer
 * than that to pick a file.
 */
async function stepsPass(origin: string, workbook: string, throttle: number): Promise<StepFigures[]> {
  const browser = await launch(origin);
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(`${origin}/index.html`);
    await page.getByRole("button", { name: web.openButton }).waitFor();
    await page.waitForLoadState("networkidle");
    if (throttle > 1) {
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    }
    const figures: StepFigures[] = [];
    figures.push(
      await measured(page, "buka → jumlah Kenali", async () => {
        await page.getByTestId("berkas-xlsx").setInputFiles(workbook);
        const counts = page.getByRole("article").first().locator("dl");
        await counts.getByText(t.counts.subKegiatan).waitFor();
      }),
    );
    const shown = await page.getByRole("article").first().locator("dd").allInnerTexts();
    if (!shown.includes(SUB_KEGIATAN.toLocaleString("id-ID")) && !shown.includes(String(SUB_KEGIATAN))) {
      throw new Error(`Kenali tidak menunjukkan ${SUB_KEGIATAN} sub kegiatan: ${shown.join(", ")}`);
    }
    figures.push(
      await measured(page, "→ temuan Periksa", async () => {
        await page.getByRole("button", { name: t.toPeriksa }).click();
        await page.locator("[data-entry=finding]").first().waitFor();
      }),
    );
    figures.push(
      await measured(page, "buat tabel LKjIP", async () => {
        await page.getByRole("button", { name: t.toBuat }).click();
        await page.getByRole("region", { name: t.writtenHeading, exact: true }).waitFor();
      }),
    );
    figures.push(
      await measured(page, "unduhan siap", async () => {
        await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: web.download }).click()]);
      }),
    );
    return figures;
  } finally {
    await browser.close();
  }
}

interface FirstScreen {
  page: string;
  /** Paint timings of the page that shows the open button, after its navigation started. */
  firstPaintMs: number | null;
  firstContentfulPaintMs: number | null;
  /** When the open button existed, after that page's navigation started. */
  firstScreenMs: number | null;
  /** From asking for `page` to the open button on screen, measured outside the browser (redirects included). */
  wallMs: number;
}

/** A cold load of a page with office.js held back at the CDN. */
async function firstScreen(origin: string, file: string): Promise<FirstScreen> {
  const browser = await launch(origin);
  try {
    const page = await browser.context.newPage();
    const started = Date.now();
    await page.goto(`${origin}/${file}`, { waitUntil: "commit" });
    await page.getByRole("button", { name: web.openButton }).waitFor({ timeout: CDN_HOLD_MS * 3 });
    const wallMs = Date.now() - started;
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    // The paint entries arrive after the frame that painted the button: wait for them (a few seconds at most).
    const paints = await page.evaluate(
      (waitMs) =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            if (list.getEntriesByName("first-contentful-paint").length > 0) resolve(null);
          }).observe({ type: "paint", buffered: true });
          setTimeout(resolve, waitMs);
        }).then(() => ({
          fp: performance.getEntriesByName("first-paint")[0]?.startTime ?? null,
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
          screen: (window as unknown as Window).firstScreen,
        })),
      PAINT_WAIT_MS,
    );
    return {
      page: file,
      firstPaintMs: paints.fp,
      firstContentfulPaintMs: paints.fcp,
      firstScreenMs: paints.screen,
      wallMs,
    };
  } finally {
    await browser.close();
  }
}

const ms = (n: number | null) => (n === null ? "—" : `${Math.round(n).toLocaleString("id-ID")} ms`);
const met = (ok: boolean) => (ok ? "ya" : "TIDAK");

/** Both measures see only what lasts over 50 ms (a long task's definition): below that, say so rather than "0 ms". */
const longMs = (n: number) => (n > 0 ? ms(n) : "< 50 ms");

function printSteps(title: string, figures: StepFigures[]): void {
  console.log(`\n${title}`);
  console.log("| langkah | waktu | tugas utas utama terlama | tugas > 50 ms | pewaktu tertahan terlama |");
  console.log("|---|---|---|---|---|");
  for (const f of figures) {
    console.log(
      `| ${f.step} | ${ms(f.wallMs)} | ${longMs(f.longestTaskMs)} | ${f.longTasks} | ${longMs(f.longestStallMs)} |`,
    );
  }
}

async function main(): Promise<void> {
  const dist = ensureBuild("auto");
  const server = await startStaticServer(dist);
  const origin = server.url.replace(/\/$/, "");
  try {
    console.log(`Membangun buku kerja sintetis (${SUB_KEGIATAN.toLocaleString("id-ID")} sub kegiatan)…`);
    const { bytes, rows } = await workbookBytes(SUB_KEGIATAN);
    const cpus = os.cpus();
    console.log(
      `${(bytes.length / 1024 / 1024).toFixed(1)} MiB xlsx, ${rows.toLocaleString("id-ID")} baris; ${chromiumVersion()}; ` +
        `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}; ${new Date().toISOString().slice(0, 10)}`,
    );
    const workDir = mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-web-file-"));
    const workbook = path.join(workDir, "pengukuran-sintetis.xlsx");
    writeFileSync(workbook, bytes);
    let full: StepFigures[];
    let slowed: StepFigures[];
    try {
      full = await stepsPass(origin, workbook, 1);
      printSteps("Langkah di halaman web (CPU penuh)", full);
      slowed = await stepsPass(origin, workbook, 4);
      printSteps("Langkah di halaman web (CPU diperlambat 4×)", slowed);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }

    const screens = [await firstScreen(origin, "index.html")];
    if (!QUICK) screens.push(await firstScreen(origin, "taskpane.html"));
    console.log(`\nLayar pertama, profil dingin, office.js ditahan ${CDN_HOLD_MS / 1000} s di CDN`);
    console.log("| halaman | first paint | first contentful paint | tombol Buka berkas ada | dari permintaan sampai tombol |");
    console.log("|---|---|---|---|---|");
    for (const s of screens) {
      console.log(
        `| ${s.page} | ${ms(s.firstPaintMs)} | ${ms(s.firstContentfulPaintMs)} | ${ms(s.firstScreenMs)} | ${ms(s.wallMs)} |`,
      );
    }
    if (!QUICK) console.log("(taskpane.html menunggu office.js, lalu mengalihkan peramban biasa ke index.html)");

    if (QUICK) {
      console.log("\n(--quick: buku kerja kecil untuk CI; waktunya tidak berarti dan tidak dibandingkan dengan sasaran)");
    } else {
      // Both measures count: a long task the observer saw, or the page's timer held back as long.
      const worst = (figures: StepFigures[]) => Math.max(...figures.map((f) => Math.max(f.longestTaskMs, f.longestStallMs)));
      const first = Math.max(screens[0].firstScreenMs ?? Infinity, screens[0].firstContentfulPaintMs ?? Infinity);
      console.log(
        `\nSasaran: tugas utas utama terlama ≤ ${MAX_TASK_MS} ms di setiap langkah: ${met(worst(full) <= MAX_TASK_MS)} ` +
          `(${longMs(worst(full))}; dengan CPU diperlambat 4×: ${longMs(worst(slowed))})`,
      );
      console.log(
        `Sasaran: layar pertama index.html ≤ ${FIRST_SCREEN_MS} ms apa pun CDN-nya: ${met(first <= FIRST_SCREEN_MS)} (${ms(first)})`,
      );
    }
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
