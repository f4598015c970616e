import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateLkjip } from "../../../src/core/pipeline";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { sheetBytes, typeInto } from "../../file/package/officerEdits";
import { SAMPLE } from "../expectations";
import { Harness } from "../harness";
import { Browser } from "./launch";
import { chooseFile, openPage, openStep, screenshot, t, web } from "./pane";

const SUITE = "browser: lembar yang disunting";
const EDITED = "LKjIP Bab II";
const TYPED = "Catatan petugas: angka realisasi sudah dicek ulang";

/** The sample after one generate (through the file adapter, as the CLI and the page do), then an officer's note. */
async function editedWorkbook(): Promise<Buffer> {
  const workbook = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(SAMPLE)), "pengukuran.xlsx");
  const outcome = generateLkjip(workbook.sourceSheetNames().map((n) => workbook.grid(n)));
  if (!outcome.source) throw new Error("contoh tidak dikenali");
  const report = await workbook.writeSheets(outcome.specs);
  assert.ok(
    report.sheets.some((s) => s.name === EDITED),
    `${EDITED} tidak dibuat`,
  );
  const generated = new Uint8Array(await workbook.toBuffer());
  // Beside the title (row 3 is merged over A:E): where an officer would type a note.
  return Buffer.from(typeInto(generated, EDITED, "G3", TYPED));
}

/**
 * A workbook whose generated sheet the officer typed into: generating again in the page keeps that sheet, says so,
 * and the downloaded file still holds the typed text (the new version goes beside it).
 */
export async function editedSheetScenario(h: Harness, browser: Browser, url: string, outDir: string): Promise<void> {
  await h.check(
    SUITE,
    "lembar hasil yang disunting dibiarkan, pane menyebutnya, unduhan masih memuat ketikan",
    async () => {
      const bytes = await editedWorkbook();
      const page = await browser.newPage();
      await openPage(page, url);
      await chooseFile(page, { name: "pengukuran-lkjip.xlsx", buffer: bytes });
      await page.getByText(`${web.currentFile}: pengukuran-lkjip.xlsx`).waitFor();
      await openStep(page, "buat");
      await page.getByRole("button", { name: t.generateButton }).click();
      const kept = page.getByRole("region", { name: t.keptHeading });
      await kept.waitFor({ timeout: 120_000 });
      const keptText = await kept.innerText();
      assert.ok(keptText.includes(`"${EDITED}"`), `pane tidak menyebut ${EDITED} dibiarkan: ${keptText}`);
      await kept.getByRole("button", { name: t.replaceKept(EDITED) }).waitFor();
      await screenshot(page, outDir, "11-lembar-disunting-dibiarkan.png", true);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: web.download }).click(),
      ]);
      // A result opened again keeps its name.
      assert.equal(download.suggestedFilename(), "pengukuran-lkjip.xlsx");
      const saved = path.join(outDir, "lembar-disunting-lkjip.xlsx");
      await download.saveAs(saved);
      const out = new Uint8Array(readFileSync(saved));
      const sheet = new TextDecoder().decode(sheetBytes(out, EDITED).bytes);
      assert.ok(sheet.includes(TYPED), `ketikan petugas hilang dari ${EDITED}`);
      const reopened = await FileWorkbook.fromBuffer(out, "hasil.xlsx");
      const names = (await reopened.listSheets()).map((s) => s.name);
      assert.ok(names.includes(`${EDITED} (2)`), `versi baru tidak ditulis di samping: ${names.join(", ")}`);
      h.note(`Lembar disunting: "${EDITED}" dibiarkan (ketikan ada di unduhan), versi baru di "${EDITED} (2)"`);
      await page.close();
    },
  );
}
