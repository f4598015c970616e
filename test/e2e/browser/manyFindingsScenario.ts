import assert from "node:assert/strict";
import { manyFindingsWorkbook } from "../fixtures/manyFindings";
import { Harness } from "../harness";
import { Browser } from "./launch";
import { chooseFile, openPage, screenshot, t } from "./pane";

const SUITE = "browser: 100.000 temuan";
/**
 * The goal for the longest main-thread task is 200 ms, measured by `npm run bench:web` (issue 13: no timing
 * threshold in CI, whose machine may be busy). Here a task of a second fails: the list would be rendered whole
 * rather than windowed, a freeze whatever the machine. The measured figure is printed either way.
 */
const GOAL_MS = 200;
const FREEZE_MS = 1000;
const SCROLL_STEPS = 60;

/**
 * A workbook with about a hundred thousand findings: going to Periksa (counting, filtering and grouping them all)
 * and scrolling the list end to end (wheel, jumps, back to the top) never freeze the page (PerformanceObserver
 * "longtask" below a second; the 200 ms goal is bench:web's), with a DOM of a few hundred lines at most.
 */
export async function manyFindingsScenario(h: Harness, browser: Browser, url: string, outDir: string): Promise<void> {
  await h.check(SUITE, `ke Periksa dan gulir daftar tanpa membeku (tugas terlama < ${FREEZE_MS} ms)`, async () => {
    const buffer = await manyFindingsWorkbook();
    const page = await browser.newPage();
    await openPage(page, url);
    const opened = Date.now();
    await chooseFile(page, { name: "seratus-ribu-temuan.xlsx", buffer });
    await page.getByRole("heading", { level: 2, name: t.stepHeadings.kenali }).waitFor({ timeout: 300_000 });
    const openSeconds = (Date.now() - opened) / 1000;
    const total = Number(
      /(\d+) temuan/.exec(
        (await page.getByText(/lembar dikenali; pemeriksaan menemukan/).innerText()).replace(/\./g, ""),
      )?.[1],
    );
    assert.ok(total >= 95_000, `hanya ${total} temuan`);

    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
        type: "longtask",
      });
    });
    const switched = Date.now();
    await page.getByRole("button", { name: t.toPeriksa }).click();
    await page.locator("[data-entry=finding]").first().waitFor({ timeout: 120_000 });
    const switchSeconds = (Date.now() - switched) / 1000;
    const opening = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
    const openingLongest = Math.max(0, ...opening);

    const list = page.getByRole("region", { name: t.listLabel });
    const box = await list.boundingBox();
    assert.ok(box, "daftar temuan tidak tampil");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let most = 0;
    for (let i = 0; i < SCROLL_STEPS; i++) {
      if (i % 10 === 9) {
        // A jump, as dragging the scrollbar does.
        await list.evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), (i + 1) / SCROLL_STEPS);
      } else await page.mouse.wheel(0, 1200);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      most = Math.max(most, await page.locator("[data-entry]").count());
    }
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const last = await page.locator("[data-entry]").last().innerText();
    await list.evaluate((el) => (el.scrollTop = 0));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    await screenshot(page, outDir, "12-seratus-ribu-temuan.png");
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const longest = Math.max(0, ...tasks);
    h.note(
      `100.000 temuan: ${total} temuan, berkas dibuka & diperiksa dalam ${openSeconds.toFixed(1)} s; ke Periksa ${switchSeconds.toFixed(1)} s ` +
        `(tugas terlama ${Math.round(openingLongest)} ms); saat digulir: ${tasks.length} tugas > 50 ms, ` +
        `terlama ${Math.round(longest)} ms (sasaran ${GOAL_MS} ms, diukur di bench:web); baris DOM paling banyak ${most}`,
    );
    assert.ok(
      openingLongest < FREEZE_MS,
      `tugas terlama saat membuka Periksa ${Math.round(openingLongest)} ms ≥ ${FREEZE_MS} ms`,
    );
    assert.ok(longest < FREEZE_MS, `tugas terlama saat digulir ${Math.round(longest)} ms ≥ ${FREEZE_MS} ms`);
    assert.ok(most <= 300, `${most} baris di DOM`);
    assert.ok(last.length > 0, "ujung daftar kosong");
    await page.close();
  });
}
