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

  it("does nothing on Cancel when nothing runs", async () => {
    const { started, open } = sessions();
    const session = await open(sampleFile());
    session.cancel();
    expect(started).toHaveLength(1);
    expect(started[0].terminated).toBe(false);
    session.close();
  });
});
