import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/run";
import { Grid } from "../../src/core/grid/grid";
import { ErIndikator, ErNode, EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { analyseWorkbook } from "../../src/core/pipeline";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import {
  ER_EXPORT_PATH,
  ER_HANDMADE_PATH,
  ErData,
  ErDataProgram,
  ErDataSub,
  readErData,
} from "../../scripts/sample-er/data";
import { memoryIo, tempDir } from "../cli/helpers";
import { gridsOf } from "../file/gridsOf";

jest.setTimeout(120_000);

/*
 * `lkjip generate` from each Evaluasi Renja sample, read back: the LKjIP tables hold the figures of the data file the
 * samples are built from (assets/samples/evaluasi-renja-2022.data.json), as the TW IV sheet shows them. The data
 * file, not the engine, says what each program and sasaran adds up to; where the hand-made sheet's own formula
 * leaves a kegiatan out (its formulaSlips), the tables carry the sheet's figure, and Hasil Pemeriksaan says why.
 */

const tmp = tempDir();
afterAll(tmp.cleanup);

const data: ErData = readErData();
const TW4 = data.sheets.find((s) => s.triwulan === 4)!;

interface Case {
  file: string;
  style: "handmade" | "export";
  sheet: string;
  names: "uraian" | "nomenklatur";
}

const CASES: Case[] = [
  { file: ER_HANDMADE_PATH, style: "handmade", sheet: "TW IV 2022", names: "uraian" },
  { file: ER_EXPORT_PATH, style: "export", sheet: data.export.sheet, names: "nomenklatur" },
];

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).replace(/\s+/g, " ").trim());
const rowsOf = (g: Grid) => g.cells.map((r) => (r ?? []).map((c) => c?.value ?? null));

const paguOf = (s: ErDataSub) => s.anggaran[TW4.pagu];
const realisasiOf = (s: ErDataSub) => s.anggaran.realisasi.slice(0, TW4.triwulan).reduce((a, v) => a + v, 0);
const subsOf = (p: ErDataProgram) => p.kegiatan.flatMap((k) => k.subKegiatan);

/** What the sheet shows as the program's realisasi: its formula leaves the slipped kegiatan's quarters out. */
function shownRealisasi(p: ErDataProgram, style: Case["style"]): number {
  const slips = data.formulaSlips.filter((s) => s.program === p.kode && s.sheets.includes(TW4.name));
  let total = subsOf(p).reduce((a, s) => a + realisasiOf(s), 0);
  if (style !== "handmade") return total;
  for (const slip of slips) {
    const left = p.kegiatan.find((k) => k.kode === slip.leavesOut)!;
    for (const col of slip.columns) {
      const q = ["tw1", "tw2", "tw3", "tw4"].indexOf(col);
      for (const s of left.subKegiatan) total -= s.anggaran.realisasi[q];
    }
  }
  return total;
}

function nodes(m: EvaluasiRenjaModel): ErNode[] {
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

describe.each(CASES)("lkjip generate from the Evaluasi Renja sample ($style)", (c) => {
  let out: string;
  let grids: Map<string, Grid>;
  let source: EvaluasiRenjaModel;

  beforeAll(async () => {
    const target = path.join(tmp.dir, `${c.style}-lkjip.xlsx`);
    const io = memoryIo(tmp.dir);
    const code = await runCli(["generate", c.file, "-o", target], io);
    out = io.text();
    expect([code, io.stderr.join("\n")]).toEqual([0, ""]);
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(target)), target);
    grids = new Map((await wb.listSheets()).map((s) => [s.name, wb.grid(s.name)]));
    const analysis = analyseWorkbook(await gridsOf(c.file));
    source = analysis.models.find((m): m is EvaluasiRenjaModel => m.sheet === c.sheet)!;
  });

  /** The Bab III sheet of a Sasaran PD, found by its title (the export lists the sasaran in code order). */
  const sasaranSheet = (name: string) => {
    const found = [...grids.entries()].find(
      ([n, g]) => n.startsWith("LKjIP SS ") && text(g.cells[2]?.[0]?.value).endsWith(`: ${name}`),
    );
    if (!found) throw new Error(`no sheet for sasaran ${name}`);
    return rowsOf(found[1]);
  };

  const sheet = (name: string) => {
    const g = grids.get(name);
    if (!g) throw new Error(`no sheet ${name}: ${[...grids.keys()].join(", ")}`);
    return rowsOf(g);
  };

  it("says which sheet it built from, and of which family", () => {
    expect(out).toContain(`Sumber tabel LKjIP: lembar "${c.sheet}" (Evaluasi Renja, s/d Triwulan IV tahun 2022)`);
  });

  it("Realisasi Anggaran: program → kegiatan → sub kegiatan, anggaran = target Renja Rp, realisasi = Σ triwulan", () => {
    const rows = sheet("LKjIP Realisasi Anggaran");
    const find = (name: string) => rows.filter((r) => text(r[1]).toLowerCase() === text(name).toLowerCase());
    for (const t of data.tujuan)
      for (const s of t.sasaran)
        for (const p of s.program) {
          const pagu = subsOf(p).reduce((a, x) => a + paguOf(x), 0);
          expect([p.kode, find(p[c.names]).map((r) => [r[2], r[3]])]).toEqual([
            p.kode,
            [[pagu, shownRealisasi(p, c.style)]],
          ]);
          for (const x of subsOf(p)) {
            const hits = find(x[c.names]).map((r) => [r[2], r[3]]);
            expect([x.kode, hits]).toEqual([x.kode, expect.arrayContaining([[paguOf(x), realisasiOf(x)]])]);
          }
        }
    const belanja = rows.find((r) => text(r[1]) === "BELANJA DAERAH")!;
    const allSubs = data.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.program.flatMap(subsOf)));
    expect(belanja[2]).toBe(allSubs.reduce((a, x) => a + paguOf(x), 0));
  });

  it("Bab II 2.2 lists every program with its anggaran", () => {
    // Tabel 2.2 is taller than a page here: it goes on a sheet of its own ("LKjIP Tabel 2.2").
    const rows = [...grids.keys()]
      .filter((n) => n === "LKjIP Bab II" || n.startsWith("LKjIP Tabel 2"))
      .flatMap((n) => sheet(n));
    const programs = data.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.program));
    for (const p of programs) {
      const pagu = subsOf(p).reduce((a, x) => a + paguOf(x), 0);
      expect([p.kode, rows.some((r) => text(r[1]) === text(p[c.names]) && r[3] === pagu)]).toEqual([p.kode, true]);
    }
  });

  it("per Sasaran PD: Alokasi and Pencapaian Kinerja dan Anggaran from its programs and their outcome indikator", () => {
    for (const s of data.tujuan.flatMap((t) => t.sasaran)) {
      const rows = sasaranSheet(s.name);
      for (const p of s.program) {
        const pagu = subsOf(p).reduce((a, x) => a + paguOf(x), 0);
        expect([s.name, p.kode, rows.some((r) => text(r[2]) === text(p[c.names]) && r[3] === pagu)]).toEqual([
          s.name,
          p.kode,
          true,
        ]);
      }
      const pagu = s.program.flatMap(subsOf).reduce((a, x) => a + paguOf(x), 0);
      const realisasi = s.program.reduce((a, p) => a + shownRealisasi(p, c.style), 0);
      expect([s.name, rows.some((r) => r[5] === pagu && r[6] === realisasi)]).toEqual([s.name, true]);
      // The indikator of the tables are the programs' outcome indikator, each once per table (Alokasi lists several
      // in one cell, one per line, beside its programs).
      const outcome = s.program.flatMap((p) => p.indikator.map((x) => x.name));
      const names = (r: unknown[]) =>
        String(r[1] ?? "")
          .split("\n")
          .map((l) => text(outcome.length > 1 ? l.replace(/^\d+\. /, "") : l));
      for (const name of outcome) expect(rows.filter((r) => names(r).includes(name)).length).toBe(8);
    }
  });

  it("Perbandingan s.d. akhir Renstra straight from columns 6, 7 and 14, with 14 / 6 as the tingkat capaian", () => {
    const byName = new Map<string, ErIndikator>();
    for (const n of nodes(source)) if (n.level === "program") for (const i of n.indikator) byName.set(i.name, i);
    let checked = 0;
    for (const s of data.tujuan.flatMap((t) => t.sasaran)) {
      const rows = sasaranSheet(s.name);
      const top = rows.findIndex((r) => text(r[0]) === "Perbandingan Capaian Kinerja s.d. Akhir Periode Renstra");
      const table = rows.slice(top, top + 12);
      for (const ind of s.program.flatMap((p) => p.indikator)) {
        const scale = ind.satuan === "%" ? 100 : 1;
        const row = table.find((r) => text(r[1]) === ind.name)!;
        expect(row[2]).toBeCloseTo(ind.renstraTarget / scale, 12);
        expect(row[3]).toBeCloseTo(ind.renstraLalu / scale, 12);
        const sd = byName.get(ind.name)?.realisasiSdTahun?.value.toNumber() as number;
        expect(row[4]).toBeCloseTo(sd / scale, 12);
        expect(row[5]).toBeCloseTo(sd / ind.renstraTarget, 12);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("Hasil Pemeriksaan lists the sheet's findings; Data Pendukung is prefilled with what the sheet holds", () => {
    const hasil = sheet("Hasil Pemeriksaan").flat().map(text);
    if (c.style === "handmade") expect(hasil).toContain("formula-range");
    expect(hasil).toContain("realisasi-over-pagu");
    const dp = sheet("Data Pendukung");
    // The office's name without the unit code an export writes before it.
    expect(text(dp[3][2]).toLowerCase()).toBe(data.perangkatDaerah.toLowerCase());
    const first = data.tujuan[0].sasaran[0].program[0].indikator[0];
    const row = dp.find((r) => text(r[2]) === first.name)!;
    expect([row[3], row[7]]).toEqual([first.satuan, first.renstraTarget / (first.satuan === "%" ? 100 : 1)]);
  });
});

describe("which sheet feeds the LKjIP", () => {
  it("the latest triwulan: TW IV over TW I; --sheet chooses the other", async () => {
    const io = memoryIo(tmp.dir);
    const target = path.join(tmp.dir, "tw1-lkjip.xlsx");
    const code = await runCli(["generate", ER_HANDMADE_PATH, "-o", target, "--sheet", "TW I 2022"], io);
    expect(code).toBe(0);
    expect(io.text()).toContain('Sumber tabel LKjIP: lembar "TW I 2022" (Evaluasi Renja, s/d Triwulan I tahun 2022)');
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(target)), target);
    const rows = rowsOf(wb.grid("LKjIP Realisasi Anggaran"));
    const tw1 = data.sheets.find((s) => s.triwulan === 1)!;
    const sub = data.tujuan[0].sasaran[0].program[1].kegiatan[0].subKegiatan[0];
    const row = rows.find((r) => text(r[1]) === text(sub.uraian))!;
    expect([row[2], row[3]]).toEqual([sub.anggaran[tw1.pagu], sub.anggaran.realisasi[0]]);
  });
});
