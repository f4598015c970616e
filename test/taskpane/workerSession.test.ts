import { readFileSync } from "node:fs";
import { analyseWorkbook } from "../../src/core/pipeline";
import { columnSettingKey, serialiseColumnMap, SOURCE_SETTING } from "../../src/core/workbook/columnSettings";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { summariseAnalysis } from "../../src/taskpane/session/summarise";
import { isCancelled, StepCancelled } from "../../src/taskpane/session/workbookSession";
import { FileSession } from "../../src/taskpane/web/fileSession";
import { OpeningProgress, openingFraction } from "../../src/taskpane/web/openingProgress";
import { workerSessions } from "../../src/taskpane/web/workerSession";
import { Loopback, loopbackWorker } from "./loopbackWorker";
import { SAMPLE, sampleGrids } from "./sampleGrids";

jest.setTimeout(60000);

const sampleFile = (name = "pengukuran-kinerja-2022.xlsx") => new File([readFileSync(SAMPLE)], name);

function sessions() {
  const started: Loopback[] = [];
  return { started, open: workerSessions(() => loopbackWorker(started)) };
}

async function reopen(session: FileSession): Promise<FileWorkbook> {
  const { bytes, name } = await session.download();
  return FileWorkbook.fromBuffer(bytes, name);
}

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe("the web page's session in a worker", () => {
  it("opens a file with progress in the work done, checked once, its first analysis ready for the pane", async () => {
    const { started, open } = sessions();
    const seen: OpeningProgress[] = [];
    const session = await open(sampleFile(), { onProgress: (p) => seen.push(p) });
    expect(session.file).toEqual({
      fileName: "pengukuran-kinerja-2022.xlsx",
      sourceFormat: "xlsx",
      macrosLeftOut: false,
      downloadName: "pengukuran-kinerja-2022-lkjip.xlsx",
    });
    const stages = seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
    expect(stages).toEqual(["berkas", "membuka", "lembar", "memeriksa"]);
    const fractions = seen.map(openingFraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions[fractions.length - 1]).toBe(1);
    // What the pane shows, through a structured clone, is what the engine says on the same grids.
    const grids = await sampleGrids();
    const expected = summariseAnalysis(analyseWorkbook(grids), grids, []);
    const read = await session.read();
    expect(await session.analyse(read.columns)).toEqual(expected);
    expect(started).toHaveLength(1);
    session.close();
    expect(started[0].terminated).toBe(true);
  });

  it("brings a worker's error across as its one line, and Cancel during opening as a cancellation", async () => {
    const { started, open } = sessions();
    const error = await errorOf(open(new File(["bukan buku kerja"], "catatan.xlsx")));
    expect((error as Error).message).toContain('Berkas "catatan.xlsx" bukan buku kerja yang dapat dibaca');
    const controller = new AbortController();
    const opening = open(sampleFile(), { signal: controller.signal });
    controller.abort();
    expect(isCancelled(await errorOf(opening))).toBe(true);
    expect(started.every((w) => w.terminated)).toBe(true);
  });

  it("after a cancelled build, the file is as it was before it: saved corrections kept, nothing generated", async () => {
    const { started, open } = sessions();
    const session = await open(sampleFile());
    const key = columnSettingKey("TW I 2022");
    await session.writeSetting(key, serialiseColumnMap({ kode: 0 }));
    const building = session.generate({ sheet: undefined, lang: "id" });
    session.cancel();
    expect(await errorOf(building)).toBeInstanceOf(StepCancelled);
    expect(started).toHaveLength(2);
    expect(started[0].terminated).toBe(true);
    expect(session.hasResult).toBe(false);
    const back = await reopen(session);
    expect(await back.readSetting(key)).toBe(serialiseColumnMap({ kode: 0 }));
    expect((await back.listSheets()).filter((s) => s.generated)).toEqual([]);
    // And the file still works: a build after the cancelled one writes the sheets.
    const built = await session.generate({ sheet: undefined, lang: "id" });
    expect(built.status).toBe("done");
    expect(session.hasResult).toBe(true);
  });

  it("after a cancelled download, a finished build is still there (replayed into the new worker)", async () => {
    const { started, open } = sessions();
    const session = await open(sampleFile());
    const built = await session.generate({ sheet: undefined, lang: "en" });
    if (built.status !== "done") throw new Error(built.status);
    const downloading = session.download();
    session.cancel();
    expect(isCancelled(await errorOf(downloading))).toBe(true);
    expect(started).toHaveLength(2);
    const back = await reopen(session);
    const generated = (await back.listSheets()).filter((s) => s.generated).map((s) => s.name);
    expect(generated).toEqual(built.report.sheets.filter((s) => s.kind !== "data-pendukung").map((s) => s.name));
    // The row figures of the last analysis are there again too.
    const grids = await sampleGrids();
    const finding = analyseWorkbook(grids).findings.find((f) => f.rule === "kas-vs-pagu")!;
    expect((await session.rowFigures(finding.sheet, finding.row!)).length).toBeGreaterThan(0);
  });

  it("the source the officer chose goes into the result: reopened, the file is read with it, and 'latest' clears it", async () => {
    const { open } = sessions();
    const session = await open(sampleFile());
    const built = await session.generate({ sheet: "TW I 2022", lang: "id" });
    if (built.status !== "done") throw new Error(built.status);
    expect(built.source.sheet).toBe("TW I 2022");
    const { bytes, name } = await session.download();
    const again = await open(new File([bytes], name));
    // With the latest sheet there was: a quarter added later makes the latest the source again (useAnalysis).
    expect((await again.read()).source).toEqual({ sheet: "TW I 2022", latest: "TW IV 2022" });
    // Built again from the latest: the choice is cleared, and the next reopen reads no source.
    await again.generate({ sheet: undefined, lang: "id" });
    const back = await reopen(again);
    expect(await back.readSetting(SOURCE_SETTING)).toBe("");
  });

  it("builds every time from the file as opened: a second build from another source holds nothing of the first (pane42 D2)", async () => {
    const { open } = sessions();
    const twice = await open(sampleFile());
    expect((await twice.generate({ sheet: undefined, lang: "id" })).status).toBe("done");
    expect((await twice.generate({ sheet: "TW I 2022", lang: "id" })).status).toBe("done");
    const once = await open(sampleFile());
    expect((await once.generate({ sheet: "TW I 2022", lang: "id" })).status).toBe("done");
    const [a, b] = [await reopen(twice), await reopen(once)];
    const names = async (w: FileWorkbook) => (await w.listSheets()).map((s) => s.name);
    expect(await names(a)).toEqual(await names(b));
    const dataPendukung = a.dataPendukungSheetName()!;
    expect((await a.readSheet(dataPendukung)).cells).toEqual((await b.readSheet(dataPendukung)).cells);
    // The checks after a build read the file as opened, not the Data Pendukung the build made.
    const read = await twice.read();
    const grids = await sampleGrids();
    expect(await twice.analyse(read.columns)).toEqual(summariseAnalysis(analyseWorkbook(grids), grids, []));
  });

  it("drops a result that no longer matches the pane's choices: nothing to download until the next build (pane42 D1)", async () => {
    const { open } = sessions();
    const session = await open(sampleFile());
    let changes = 0;
    session.onChange(() => changes++);
    session.discardResult!();
    expect(changes).toBe(0);
    await session.generate({ sheet: undefined, lang: "id" });
    expect(session.hasResult).toBe(true);
    const before = changes;
    session.discardResult!();
    expect([session.hasResult, changes]).toEqual([false, before + 1]);
    // A column correction saved after a build leaves no stale tables in the download either.
    await session.generate({ sheet: undefined, lang: "id" });
    await session.writeSetting(columnSettingKey("TW I 2022"), serialiseColumnMap({ kode: 0 }));
    const back = await reopen(session);
    expect((await back.listSheets()).filter((s) => s.generated)).toEqual([]);
  });

  it("a new worker after a Cancel holds the last build alone, and none once it was dropped", async () => {
    const { started, open } = sessions();
    const session = await open(sampleFile());
    await session.generate({ sheet: "TW I 2022", lang: "id" });
    await session.generate({ sheet: undefined, lang: "id" });
    const cancelled = session.rowFigures("TW IV 2022", 1);
    session.cancel();
    await errorOf(cancelled);
    // The last build's: from the latest sheet, so no chosen source written (the first build's TW I 2022 is not).
    const back = await reopen(session);
    expect(await back.readSetting(SOURCE_SETTING)).toBeNull();
    expect((await back.listSheets()).filter((s) => s.generated).length).toBeGreaterThan(0);
    session.discardResult!();
    const again = session.rowFigures("TW IV 2022", 1);
    session.cancel();
    await errorOf(again);
    expect(started).toHaveLength(3);
    expect((await (await reopen(session)).listSheets()).filter((s) => s.generated)).toEqual([]);
  });

  it("does nothing on Cancel when nothing runs", async () => {
    const { started, open } = sessions();
    const session = await open(sampleFile());
    session.cancel();
    expect(started).toHaveLength(1);
    expect(started[0].terminated).toBe(false);
    session.close();
  });
});
