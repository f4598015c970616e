import * as fs from "fs";
import * as path from "path";
import { toA1 } from "../../src/core/grid/address";
import { ErNode, EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { analyseWorkbook } from "../../src/core/pipeline";
import { ER_UNSEEN_DIR } from "../../scripts/fixtures/build-er-unseen";
import { ER_EXPORT_PATH, ER_HANDMADE_PATH, readErData } from "../../scripts/sample-er/data";
import { gridsOf } from "../file/gridsOf";

/** Reading whole workbooks takes seconds, more on a busy machine. */
jest.setTimeout(60_000);

/**
 * Issue 9's "done when", recognition half: on Evaluasi Renja workbooks the recogniser was not built against
 * (test/fixtures/er-unseen, with their truth files) and on the samples, read as the CLI reads them, every program,
 * kegiatan and sub kegiatan row is at its level (the issue asks ≥ 95%), urusan and bidang rows are context, and the
 * Tujuan PD and Sasaran PD are counted right.
 */
interface TruthSheet {
  sheet: string;
  columns: { groups: Record<string, { k: string; rp: string }> };
  tahun: number;
  triwulan: number;
  header: { firstRow: number; lastRow: number; numberRow: number | null };
  dataRows: { first: number; last: number };
  rows: { row: number; level: string; name: string; outsideTotals?: boolean }[];
  contextRows: { row: number; level: string; kode: string }[];
  totalRows: { row: number; labelled: boolean }[];
  tujuanCount: number;
  sasaranCount: number;
}

function nodesOf(m: EvaluasiRenjaModel): ErNode[] {
  const out: ErNode[] = [];
  const walk = (n: ErNode): void => {
    out.push(n);
    if (n.level === "urusan") [...n.bidang, ...n.program].forEach(walk);
    else if (n.level === "bidang") n.program.forEach(walk);
    else if (n.level === "program") n.kegiatan.forEach(walk);
    else if (n.level === "kegiatan") n.subKegiatan.forEach(walk);
  };
  [...m.urusan, ...m.bidang, ...m.program].forEach(walk);
  return out;
}

function sasaranCount(m: EvaluasiRenjaModel): number {
  return m.tujuan.reduce((n, t) => n + t.sasaran.length, 0) + m.sasaran.length;
}

async function erModels(file: string): Promise<EvaluasiRenjaModel[]> {
  const analysis = analyseWorkbook(await gridsOf(file));
  return analysis.models.filter((m): m is EvaluasiRenjaModel => m.layout === "evaluasi-renja");
}

const FIXTURES = ["er-a-dinkes-2023-tw3", "er-b-disdik-2023-tw4-ekspor", "er-c-bappeda-2022-tw4-salinan"];

describe.each(FIXTURES)("unseen Evaluasi Renja workbook %s", (name) => {
  const truth = JSON.parse(fs.readFileSync(path.join(ER_UNSEEN_DIR, `${name}.truth.json`), "utf8")) as {
    sheets: TruthSheet[];
  };
  const expected = truth.sheets[0];
  let model: EvaluasiRenjaModel;
  beforeAll(async () => {
    const models = await erModels(path.join(ER_UNSEEN_DIR, `${name}.xlsx`));
    expect(models.map((m) => m.sheet)).toEqual([expected.sheet]);
    model = models[0];
  });

  it("finds the header, the data rows, the year and the triwulan", () => {
    expect(model.headerRows.map((r) => r + 1)).toEqual([expected.header.firstRow, expected.header.lastRow]);
    expect(model.dataRows.map((r) => r + 1)).toEqual([expected.dataRows.first, expected.dataRows.last]);
    expect([model.tahun, model.triwulan]).toEqual([expected.tahun, expected.triwulan]);
  });

  it("finds the K and Rp column of every numbered group (also under a mistyped quarter, `VI`)", () => {
    const keys: Record<string, string> = {
      renstraTarget: "targetRenstra",
      renstraLalu: "realisasiRenstra",
      target: "targetRenja",
      tw1: "realisasiTw1",
      tw2: "realisasiTw2",
      tw3: "realisasiTw3",
      tw4: "realisasiTw4",
      total: "realisasi",
      renstraNow: "realisasiSdTahun",
      capaian: "tingkatCapaian",
    };
    const columns = model.columns as Record<string, number | undefined>;
    const letter = (key: string) => (columns[key] === undefined ? null : toA1(0, columns[key] as number).slice(0, -1));
    for (const [group, { k, rp }] of Object.entries(expected.columns.groups)) {
      expect([group, letter(`${keys[group]}K`), letter(`${keys[group]}Rp`)]).toEqual([group, k, rp]);
    }
  });

  it("places every program, kegiatan and sub kegiatan row at its level, urusan and bidang rows as context", () => {
    const byRow = new Map(nodesOf(model).map((n) => [n.row + 1, n.level as string]));
    const want = [...expected.rows, ...expected.contextRows].map((r) => `${r.row} ${r.level}`).sort();
    const got = [...byRow.entries()].map(([row, level]) => `${row} ${level}`).sort();
    expect(got).toEqual(want);
  });

  it("counts the Tujuan PD and Sasaran PD once each", () => {
    expect([model.tujuan.length, sasaranCount(model)]).toEqual([expected.tujuanCount, expected.sasaranCount]);
  });

  it("knows the total rows, and the rows pasted below the total", () => {
    expect(model.totals.map((t) => [t.row + 1, t.labelled])).toEqual(
      expected.totalRows.map((t) => [t.row, t.labelled]),
    );
    const outside = nodesOf(model).filter((n) => n.outsideTotals);
    expect(outside.map((n) => n.row + 1)).toEqual(expected.rows.filter((r) => r.outsideTotals).map((r) => r.row));
  });

  it("raises no finding of its own but the seeded unreadable cells and missing names", () => {
    const seeded = JSON.parse(fs.readFileSync(path.join(ER_UNSEEN_DIR, `${name}.truth.json`), "utf8")) as {
      anomalies: { rule: string; cell: string }[];
    };
    const recognitionRules = new Set(["unreadable-value", "missing-name"]);
    const want = seeded.anomalies.filter((a) => recognitionRules.has(a.rule)).map((a) => `${a.rule}@${a.cell}`);
    expect(model.findings.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(want.sort());
  });
});

describe("the Evaluasi Renja samples", () => {
  const data = readErData();
  const levelOf = new Map<string, string>();
  let nodes = 0;
  for (const t of data.tujuan)
    for (const s of t.sasaran)
      for (const p of s.program) {
        levelOf.set(p.uraian, "program").set(p.nomenklatur, "program");
        nodes++;
        for (const k of p.kegiatan) {
          levelOf.set(k.uraian, "kegiatan").set(k.nomenklatur, "kegiatan");
          nodes++;
          for (const x of k.subKegiatan) {
            levelOf.set(x.uraian, "subKegiatan").set(x.nomenklatur, "subKegiatan");
            nodes++;
          }
        }
      }
  const sasaran = data.tujuan.reduce((n, t) => n + t.sasaran.length, 0);

  it.each([
    ["hand-made", ER_HANDMADE_PATH, 2],
    ["app export", ER_EXPORT_PATH, 1],
  ])("%s: every row at the level the data file gives it", async (_, file, sheets) => {
    const models = await erModels(file as string);
    expect(models).toHaveLength(sheets as number);
    for (const m of models) {
      const budget = nodesOf(m).filter((n) => n.level !== "urusan" && n.level !== "bidang");
      expect(budget).toHaveLength(nodes);
      // The sample leaves one sub kegiatan without its name (a missing-name the checks report).
      const wrong = budget.filter((n) => n.name !== "" && levelOf.get(n.name) !== n.level);
      expect(wrong.map((n) => `${toA1(n.row, 0)} ${n.level} ${n.name}`)).toEqual([]);
      expect(sasaranCount(m)).toBe(sasaran);
    }
  });
});
