import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildErUnseen, ER_UNSEEN_DIR, verifyDeclared } from "../../scripts/fixtures/build-er-unseen";
import { buildA } from "../../scripts/fixtures/er-unseen/a-dinkes";
import { buildB } from "../../scripts/fixtures/er-unseen/b-disdik";

interface Truth {
  file: string;
  sheets: {
    sheet: string;
    tahun: number;
    triwulan: number;
    dataRows: { first: number; last: number };
    columns: { roles: Record<string, string>; groups: Record<string, { k: string; rp: string }> };
    rows: {
      row: number;
      level: string;
      name: string;
      kode?: string;
      indikatorRows?: number;
      outsideTotals?: boolean;
    }[];
    contextRows: { row: number; level: string; kode: string }[];
    totalRows: { row: number; labelled: boolean }[];
    tujuanCount: number;
    sasaranCount: number;
  }[];
  anomalies: { rule: string; sheet: string; cell: string; why: string }[];
}

/** Building and reading whole workbooks takes seconds, more on a busy machine. */
const SLOW = 60_000;
const FILES = ["er-a-dinkes-2023-tw3", "er-b-disdik-2023-tw4-ekspor", "er-c-bappeda-2022-tw4-salinan"];
const LEVEL_SEGMENTS: Record<string, number> = { urusan: 1, bidang: 2, program: 3, kegiatan: 5, subKegiatan: 6 };

function readTruth(name: string): Truth {
  return JSON.parse(fs.readFileSync(path.join(ER_UNSEEN_DIR, `${name}.truth.json`), "utf8")) as Truth;
}

async function load(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ER_UNSEEN_DIR, `${name}.xlsx`));
  return wb;
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "formula" in v) return String(v.result ?? "");
  return String(v);
}

/** The cell's own value: empty for the covered cells of a merge (exceljs reports the master's there). */
function own(ws: ExcelJS.Worksheet, address: string): string {
  const cell = ws.getCell(address);
  return cell.isMerged && cell.master.address !== cell.address ? "" : text(cell);
}

describe("unseen Evaluasi Renja fixtures", () => {
  it(
    "rebuild to the same bytes (workbooks and truth files)",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "er-unseen-"));
      const written = await buildErUnseen(dir);
      expect(written.map((f) => path.basename(f)).sort()).toEqual(
        FILES.flatMap((f) => [`${f}.xlsx`, `${f}.truth.json`]).sort(),
      );
      for (const file of written)
        expect({
          file: path.basename(file),
          same: fs.readFileSync(file).equals(fs.readFileSync(path.join(ER_UNSEEN_DIR, path.basename(file)))),
        }).toEqual({
          file: path.basename(file),
          same: true,
        });
    },
    SLOW,
  );

  for (const name of FILES) {
    describe(name, () => {
      let truth: Truth;
      let wb: ExcelJS.Workbook;
      beforeAll(async () => {
        truth = readTruth(name);
        wb = await load(name);
      }, SLOW);

      it("lists every node row with the name, code and level the sheet shows", () => {
        for (const s of truth.sheets) {
          const ws = wb.getWorksheet(s.sheet)!;
          expect(ws).toBeDefined();
          const nama = s.columns.roles.nama;
          const kode = s.columns.roles.kode;
          let previous = 0;
          for (const r of s.rows) {
            expect(r.row).toBeGreaterThan(previous);
            previous = r.row;
            expect(r.row).toBeGreaterThanOrEqual(s.dataRows.first);
            expect(r.row).toBeLessThanOrEqual(s.dataRows.last);
            expect({ row: r.row, name: text(ws.getCell(`${nama}${r.row}`)) }).toEqual({ row: r.row, name: r.name });
            if (r.level === "program") expect(r.name).toMatch(/^PROGRAM /);
            if (kode) {
              expect(text(ws.getCell(`${kode}${r.row}`))).toBe(r.kode);
              expect(r.kode!.split(".")).toHaveLength(LEVEL_SEGMENTS[r.level]);
            }
          }
          for (const c of s.contextRows) {
            expect(text(ws.getCell(`${kode}${c.row}`))).toBe(c.kode);
            expect(c.kode.split(".")).toHaveLength(LEVEL_SEGMENTS[c.level]);
          }
          const nodeRows = new Set(s.rows.map((r) => r.row));
          for (const t of s.totalRows) expect(nodeRows.has(t.row)).toBe(false);
          expect(s.rows.filter((r) => r.level === "program").length).toBe(4);
        }
      });

      it("counts the distinct Tujuan PD and Sasaran PD the sheet holds", () => {
        for (const s of truth.sheets) {
          const ws = wb.getWorksheet(s.sheet)!;
          const distinct = (letter: string) => {
            const seen = new Set<string>();
            for (let r = s.dataRows.first; r <= s.dataRows.last; r++) {
              const t = text(ws.getCell(`${letter}${r}`)).trim();
              if (t) seen.add(t);
            }
            return seen.size;
          };
          expect(distinct(s.columns.roles.tujuan)).toBe(s.tujuanCount);
          expect(distinct(s.columns.roles.sasaran)).toBe(s.sasaranCount);
        }
      });

      it("places every anomaly on a node row, in a cell that shows what was seeded", () => {
        expect(truth.anomalies.length).toBeGreaterThanOrEqual(7);
        for (const a of truth.anomalies) {
          const s = truth.sheets.find((x) => x.sheet === a.sheet)!;
          const ws = wb.getWorksheet(a.sheet)!;
          const row = Number(/\d+$/.exec(a.cell)![0]);
          const onNodeRow = s.rows.some((r) => row >= r.row && row < r.row + (r.indikatorRows ?? 1));
          expect({ cell: a.cell, onNodeRow }).toEqual({ cell: a.cell, onNodeRow: true });
          const cell = ws.getCell(a.cell);
          if (a.rule === "unreadable-value") expect(String(cell.value)).not.toMatch(/^-?[\d.,]+$/);
          if (a.rule === "missing-name") expect(own(ws, a.cell)).toBe("");
          if (a.rule === "formula-range") expect(cell.value).toHaveProperty("formula");
          if (a.rule === "realisasi-negative") expect(String(text(cell))).toMatch(/^-/);
        }
      });
    });
  }

  it("(a) shows levels by theme fills and (c) keeps the pasted program below its total", async () => {
    const a = readTruth(FILES[0]);
    const wbA = await load(FILES[0]);
    const wsA = wbA.getWorksheet(a.sheets[0].sheet)!;
    const fillOf = (ws: ExcelJS.Worksheet, address: string) =>
      (ws.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor;
    for (const r of a.sheets[0].rows) {
      const fill = fillOf(wsA, `G${r.row}`);
      if (r.level === "program") expect(fill).toEqual({ theme: 9, tint: 0.5999938962981048 });
      else if (r.level === "kegiatan") expect(fill).toEqual({ theme: 8, tint: 0.7999816888943144 });
      else expect(fill).toBeUndefined();
    }
    const c = readTruth(FILES[2]);
    const total = c.sheets[0].totalRows[0].row;
    const outside = c.sheets[0].rows.filter((r) => r.outsideTotals);
    expect(outside.map((r) => r.level)).toEqual(["program", "kegiatan", "subKegiatan", "subKegiatan"]);
    expect(outside.every((r) => r.row > total)).toBe(true);
    expect(c.sheets[0].rows.filter((r) => !r.outsideTotals).every((r) => r.row < total)).toBe(true);
  });
});

describe("the check behind the truth files", () => {
  it("fails when a declared anomaly is dropped", () => {
    const fixture = buildA();
    const sheet = fixture.sheets[0];
    sheet.declared.splice(
      sheet.declared.findIndex((d) => d.rule === "formula-range" && d.cell === "O41"),
      1,
    );
    expect(() => verifyDeclared(fixture, sheet)).toThrow(/found but not declared: formula-range@O41/);
  });

  it("fails when a cell is changed without declaring it", () => {
    const fixture = buildB();
    const sheet = fixture.sheets[0];
    const cell = sheet.sheet.get(18, sheet.map.groups.tw1.rp)!;
    cell.value = "1.000";
    // Gaji's TW I (row 18): its year total and its kegiatan's TW I no longer add up, nor does the kegiatan's year
    // with its sub kegiatan's triwulan.
    expect(() => verifyDeclared(fixture, sheet)).toThrow(
      /found but not declared: realisasi-vs-children@O16, realisasi-vs-children@W16, realisasi-total-mismatch@W18;/,
    );
  });

  it("stays silent when the triwulan of a rate do not add up, and not when those of a count do not", () => {
    const fixture = buildB();
    const sheet = fixture.sheets[0];
    const rate = sheet.result.placed.get("1.01.02")!; // APM SD/MI, %
    sheet.sheet.get(rate.row, sheet.map.groups.total.k)!.value = "12,5";
    expect(() => verifyDeclared(fixture, sheet)).not.toThrow();
    const count = sheet.result.placed.get("1.01.02.2.01.0029")!; // laporan
    sheet.sheet.get(count.row, sheet.map.groups.total.k)!.value = "847";
    expect(() => verifyDeclared(fixture, sheet)).toThrow(/found but not declared: .*realisasi-total-mismatch@/);
  });
});
