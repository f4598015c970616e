/**
 * Benchmark of the CLI path on a large Pengukuran Kinerja sheet, in one run:
 *
 *   npx tsx scripts/bench.ts            (npm run bench)
 *   npx tsx scripts/bench.ts --quick    (npm run bench -- --quick: 1.000 sub kegiatan, one repetition; CI runs it
 *                                        so the benchmark keeps working, its times mean nothing)
 *
 * It builds synthetic workbooks in memory (the sample's layout, 5.000 / 10.000 / 20.000 sub kegiatan with their
 * kegiatan and programs; real numbers with formats, one row in seven with its pagu typed as Indonesian text, one sub
 * kegiatan in 997 with an anggaran kas that misses its pagu), then measures exceljs loading, readGrid, the package
 * reader that replaces both (src/file/xlsx: unzip with fflate, then readWorkbookInfo + readSheetGrid), and the engine
 * (recognise + validate + LKjIP specs), and the heap the grid and the model hold per row; then the CLI's `validate`
 * on the sample, bundled against tsx (scripts/bench-cli.ts). Nothing here asserts a time: it prints tables.
 *
 * The engine is timed as the product runs it: `lkjip generate` reads with the package reader and holds no exceljs
 * workbook, so the engine's input is the package reader's grid, and the exceljs workbooks and grids of the load
 * phase are released and collected (gc) before the package reader and the engine phases. Each repetition's result
 * is dropped before the next one is timed. Recognise, validate and building every LKjIP sheet spec all stay inside the
 * timed span of generateLkjip.
 */
import v8 from "node:v8";
import vm from "node:vm";
import { performance, PerformanceObserver } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { Grid } from "../src/core/grid/grid";
import { formatAngka } from "../src/core/numbers/format";
import { analyseWorkbook, generateLkjip } from "../src/core/pipeline";
import { readGrid } from "../test/file/excelJsGrid";
import { FileWorkbook } from "../src/file/fileWorkbook";
import { partsFromMap } from "../src/file/package/packageParts";
import { readSheetGrid, readWorkbookInfo } from "../src/file/xlsx";
import { OfficeWorkbook } from "../src/excel/officeWorkbook";
import { createInMemoryExcel } from "../test/excel/inMemoryExcel";
import { pengukuranSheet } from "../test/excel/fixtures";
import {
  buildSampleWorkbook,
  COL,
  FIRST_DATA_ROW,
  readSampleData,
  SampleBudgetRow,
  SampleData,
  SampleSasaran,
  SampleSheet,
} from "./build-sample";
import { cliTimings } from "./bench-cli";

const QUICK = process.argv.includes("--quick");
const SIZES = QUICK ? [1_000] : [5_000, 10_000, 20_000];
const SUB_PER_KEGIATAN = 10;
const KEGIATAN_PER_PROGRAM = 5;
const TUJUAN = 4;
const SASARAN_PER_TUJUAN = 2;
const INDIKATOR_PER_SASARAN = 2;
/** Every n-th data row has its pagu typed as text (`1.234.000,00`), as many offices do. */
const TEXT_SHARE_EVERY = 7;
/** Every n-th sub kegiatan has an anggaran kas that misses its pagu by Rp 1.000, so validation reports something. */
const FAULT_EVERY = 997;
const REPEATS = QUICK ? 1 : 3;
/** Runs of each CLI path; its median is printed. */
const CLI_RUNS = QUICK ? 1 : 5;
/** Sheet sizes (rows) for the Office adapter's sync counts. */
const OFFICE_ROWS = QUICK ? [100] : [100, 10_000];
const SHEET = "TW IV 2024";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

// ---------------------------------------------------------------------------------------------------------------
// Synthetic workbook

/** A small deterministic generator, so every run measures the same workbook. */
function randomSource(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Amounts {
  pagu: number;
  kas: [number, number, number, number];
  realisasi: number;
}

function budgetRow(level: SampleBudgetRow["level"], uraian: string, a: Amounts): SampleBudgetRow {
  const capaian = a.pagu === 0 ? 0 : Math.round((a.realisasi / a.pagu) * 10000) / 100;
  return {
    level,
    uraian,
    pagu: formatAngka(a.pagu, 2),
    kas: a.kas.map((k) => formatAngka(k, 0)) as [string, string, string, string],
    realisasi: formatAngka(a.realisasi, 0),
    capaian: formatAngka(capaian, 2),
  };
}

function addAmounts(parts: Amounts[]): Amounts {
  const total: Amounts = { pagu: 0, kas: [0, 0, 0, 0], realisasi: 0 };
  for (const p of parts) {
    total.pagu += p.pagu;
    p.kas.forEach((k, i) => (total.kas[i] += k));
    total.realisasi += p.realisasi;
  }
  return total;
}

function subAmounts(random: () => number, index: number): Amounts {
  const pagu = (1_000 + Math.floor(random() * 50_000)) * 1_000;
  const q = (share: number) => Math.floor((pagu * share) / 1_000) * 1_000;
  const kas: Amounts["kas"] = [q(0.2), q(0.3), q(0.3), 0];
  kas[3] = pagu - kas[0] - kas[1] - kas[2] - (index % FAULT_EVERY === FAULT_EVERY - 1 ? 1_000 : 0);
  const realisasi = Math.floor((pagu * (0.1 + random() * 0.85)) / 1_000) * 1_000;
  return { pagu, kas, realisasi };
}

/** Programs with their kegiatan and sub kegiatan, in sheet order. */
function programBlock(p: number, random: () => number): SampleBudgetRow[] {
  const rows: SampleBudgetRow[] = [];
  const kegiatan: { row: SampleBudgetRow; amounts: Amounts; subs: SampleBudgetRow[] }[] = [];
  for (let k = 0; k < KEGIATAN_PER_PROGRAM; k++) {
    const subs: Amounts[] = [];
    const subRows: SampleBudgetRow[] = [];
    for (let s = 0; s < SUB_PER_KEGIATAN; s++) {
      const a = subAmounts(random, (p * KEGIATAN_PER_PROGRAM + k) * SUB_PER_KEGIATAN + s);
      subs.push(a);
      subRows.push(budgetRow("subKegiatan", `Penyediaan Layanan ${p + 1}.${k + 1}.${s + 1} bagi Masyarakat`, a));
    }
    const amounts = addAmounts(subs);
    kegiatan.push({
      row: budgetRow("kegiatan", `Pengelolaan Urusan ${p + 1}.${k + 1} Perangkat Daerah`, amounts),
      amounts,
      subs: subRows,
    });
  }
  rows.push(budgetRow("program", `PROGRAM PENUNJANG URUSAN ${p + 1}`, addAmounts(kegiatan.map((k) => k.amounts))));
  for (const k of kegiatan) rows.push(k.row, ...k.subs);
  return rows;
}

function syntheticData(subKegiatan: number): SampleData {
  const sample = readSampleData();
  const random = randomSource(20_24);
  const programs = Math.ceil(subKegiatan / (SUB_PER_KEGIATAN * KEGIATAN_PER_PROGRAM));
  const sasaranCount = TUJUAN * SASARAN_PER_TUJUAN;
  const sasaran: SampleSasaran[] = Array.from({ length: sasaranCount }, (_, s) => ({
    name: `Meningkatnya Kinerja Urusan ${s + 1}`,
    indikator: Array.from({ length: INDIKATOR_PER_SASARAN }, (_, i) => ({
      name: `Persentase Capaian Layanan ${s + 1}.${i + 1}`,
      formulasi: ["Jumlah layanan tuntas / jumlah layanan x 100%"],
      target: ["80,00%", "80,00%", "80,00%", "80,00%"],
      realisasi: "75,50%",
      capaian: "94,38%",
    })),
    budget: [],
  }));
  for (let p = 0; p < programs; p++) sasaran[p % sasaranCount].budget.push(...programBlock(p, random));
  const sheet: SampleSheet = {
    name: SHEET,
    numbers: "typed",
    title: ["PENGUKURAN KINERJA DINAS CONTOH", "PEMERINTAH KOTA CONTOH", "S/D TRIWULAN IV TAHUN 2024"],
    columnNumbers: sample.sheets[sample.sheets.length - 1].columnNumbers,
    tujuan: Array.from({ length: TUJUAN }, (_, t) => ({
      no: String(t + 1),
      name: `Meningkatnya Kualitas Urusan ${t + 1}`,
      indikatorTujuan: `Indeks Urusan ${t + 1}`,
      sasaran: sasaran.slice(t * SASARAN_PER_TUJUAN, (t + 1) * SASARAN_PER_TUJUAN),
    })),
    signature: [],
  };
  return { ...sample, sheets: [sheet] };
}

/** Type the pagu of every n-th data row as Indonesian text instead of a number. */
function typeSomePaguAsText(ws: ExcelJS.Worksheet): void {
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r += TEXT_SHARE_EVERY) {
    const cell = ws.getCell(r, COL.pagu);
    if (typeof cell.value === "number") cell.value = formatAngka(cell.value, 2);
  }
}

export async function workbookBytes(subKegiatan: number): Promise<{ bytes: Buffer; rows: number }> {
  const wb = buildSampleWorkbook(syntheticData(subKegiatan));
  const ws = wb.getWorksheet(SHEET)!;
  typeSomePaguAsText(ws);
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), rows: ws.rowCount };
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The package reader: the zip unpacked, the workbook part read, then the sheet streamed into a Grid. */
function readWithPackageReader(bytes: Buffer): Grid {
  const parts = partsFromMap(new Map(Object.entries(unzipSync(new Uint8Array(bytes)))));
  return readSheetGrid(parts, readWorkbookInfo(parts), SHEET);
}

/** Garbage collections seen so far (start and duration, performance.now() milliseconds), for gcWithin. */
const collections: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ["gc"] });

/** Milliseconds of garbage collection that started inside [from, to]; Node reports collections a tick later. */
async function gcWithin(from: number, to: number): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return collections.filter((c) => c.start >= from && c.start <= to).reduce((n, c) => n + c.ms, 0);
}

/** Timed on performance.now(), the clock the collections' start times are on. */
async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; from: number; to: number; value: T }> {
  const from = performance.now();
  const value = await fn();
  const to = performance.now();
  return { ms: to - from, from, to, value };
}

/**
 * The median time of n runs; only the last run's result is kept, and a run's result is dropped before the next one
 * is timed. No collection is forced between runs: a forced full collection shrinks the young generation, and the
 * next run then pays for growing it again, which the product never does.
 */
async function medianOf<T>(n: number, fn: () => T | Promise<T>): Promise<{ ms: number; gcMs: number; value: T }> {
  const runs: { ms: number; from: number; to: number }[] = [];
  let value: T | null = null;
  for (let i = 0; i < n; i++) {
    value = null;
    const { value: result, ...run } = await timed(fn);
    runs.push(run);
    if (i === n - 1) value = result;
  }
  runs.sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(runs.length / 2)];
  // Counted after the last run, so that waiting for the collections' reports adds no pause between runs.
  return { ms: median.ms, gcMs: await gcWithin(median.from, median.to), value: value as T };
}

/**
 * Heap after full collections, once it stops shrinking: exceljs's load keeps parts of a released workbook reachable
 * for a few ticks, which would be counted against the grid.
 */
async function heapUsed(): Promise<number> {
  let previous = Infinity;
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc();
    const now = process.memoryUsage().heapUsed;
    if (now > previous * 0.995) return Math.min(now, previous);
    previous = now;
  }
  return previous;
}

interface Row {
  what: string;
  value: string;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The exceljs yardstick: its load (median) and readGrid on the loaded sheet; nothing of exceljs outlives it. */
async function excelJsPhase(bytes: Buffer): Promise<{ load: number; readGrid: number; rows: number; cols: number }> {
  const loaded = await medianOf(REPEATS, () => load(bytes));
  const ws = loaded.value.getWorksheet(SHEET)!;
  const grid = await medianOf(REPEATS, () => readGrid(ws));
  return { load: loaded.ms, readGrid: grid.ms, rows: grid.value.rowCount, cols: grid.value.colCount };
}

/** analyseWorkbook timed; only its finding count outlives it. */
async function analysePhase(grids: Grid[]): Promise<{ ms: number; findings: number }> {
  const analyse = await medianOf(REPEATS, () => analyseWorkbook(grids));
  if (!analyse.value.models[0]) {
    throw new Error(`Tolok ukur: lembar sintetis tidak dikenali (${JSON.stringify(analyse.value.skipped)})`);
  }
  return { ms: analyse.ms, findings: analyse.value.findings.length };
}

async function timings(bytes: Buffer, rows: number): Promise<Row[]> {
  const excel = await excelJsPhase(bytes);
  // The exceljs workbooks and grids are out of scope now: collect them before anything else is timed.
  await heapUsed();
  const ownRead = await medianOf(REPEATS, () => readWithPackageReader(bytes));
  const grids: Grid[] = [ownRead.value];
  if (grids[0].rowCount !== excel.rows || grids[0].colCount !== excel.cols) {
    throw new Error("Tolok ukur: pembaca paket dan readGrid tidak sepakat tentang ukuran lembar");
  }
  const ownRatio = ownRead.ms / (excel.load + excel.readGrid);
  const analyse = await analysePhase(grids);
  const engine = await medianOf(REPEATS, () => generateLkjip(grids));
  const generated = engine.value;
  const specs = "specs" in generated ? generated.specs : [];
  const write = await timed(async () => {
    const port = await FileWorkbook.fromBuffer(bytes, "bench.xlsx");
    await port.writeSheets(specs);
    return port.toBuffer();
  });
  const ratio = engine.ms / excel.load;
  return [
    { what: `sheet rows (data + header)`, value: `${rows}` },
    { what: `findings`, value: `${analyse.findings}` },
    { what: `exceljs load (median of ${REPEATS})`, value: ms(excel.load) },
    { what: `readGrid (median of ${REPEATS})`, value: ms(excel.readGrid) },
    { what: `package reader: unzip + readSheetGrid (median of ${REPEATS})`, value: ms(ownRead.ms) },
    { what: `package reader / (exceljs load + readGrid)`, value: ownRatio.toFixed(3) },
    { what: `recognise + validate: analyseWorkbook (median of ${REPEATS})`, value: ms(analyse.ms) },
    { what: `engine: recognise + validate + build, generateLkjip (median of ${REPEATS})`, value: ms(engine.ms) },
    { what: `  of which garbage collection (in that run)`, value: ms(engine.gcMs) },
    { what: `engine / load (goal ≤ 0.1)`, value: `${ratio.toFixed(3)} ${ratio <= 0.1 ? "ok" : "ABOVE GOAL"}` },
    { what: `open the package, add ${specs.length} generated sheets, zip it (once)`, value: ms(write.ms) },
  ];
}

/** Heap the grid and the recognised model hold, with the exceljs workbook already released. */
async function memory(subKegiatan: number): Promise<Row> {
  const { bytes, rows } = await workbookBytes(subKegiatan);
  const baseline = await heapUsed();
  let wb: ExcelJS.Workbook | null = await load(bytes);
  const grid = readGrid(wb.getWorksheet(SHEET)!);
  wb = null;
  const gridHeld = (await heapUsed()) - baseline;
  const analysis = analyseWorkbook([grid]);
  const after = await heapUsed();
  const held = after - baseline;
  // Reading both after the measurement keeps them alive through it.
  const alive = `${grid.rowCount} grid rows, ${analysis.models.length} model`;
  return {
    what: `${subKegiatan.toLocaleString("en")} sub kegiatan (${alive})`,
    value: [
      `heap ${mib(after)}`,
      `grid ${mib(gridHeld)} (${Math.round(gridHeld / rows)} B/row)`,
      `grid + model ${mib(held)} (${Math.round(held / rows)} B/row)`,
    ].join(", "),
  };
}

/**
 * The Office adapter against the in-memory Excel (test/excel/inMemoryExcel.ts): context.sync() calls and the largest
 * request for reading a 100-row and a 10,000-row sheet, then for writing the LKjIP sheets generated from it.
 */
async function officeAdapterSyncCounts(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of OFFICE_ROWS) {
    const excel = createInMemoryExcel({ sheets: [pengukuranSheet("Pengukuran", n, 20)] });
    const port = new OfficeWorkbook(excel.run);
    const grid = await port.readSheet("Pengukuran");
    const read = { syncs: excel.stats.syncs, bytes: excel.stats.maxRequestBytes };
    const generated = generateLkjip([grid]);
    excel.stats.reset();
    if (generated.source) await port.writeSheets(generated.specs);
    const sheets = generated.source ? generated.specs.length : 0;
    rows.push({
      what: `${n.toLocaleString("en")} baris × 20 kolom`,
      value:
        `baca ${read.syncs} sync (terbesar ${mib(read.bytes)}); ` +
        `tulis ${sheets} lembar: ${excel.stats.syncs} sync (terbesar ${mib(excel.stats.maxRequestBytes)}), ` +
        `${excel.stats.rangeOps} operasi range`,
    });
  }
  return rows;
}

function printTable(title: string, rows: Row[]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.what.length));
  console.log(`\n${title}`);
  console.log(`${"-".repeat(width)}  ${"-".repeat(40)}`);
  for (const r of rows) console.log(`${r.what.padEnd(width)}  ${r.value}`);
}

async function main(): Promise<void> {
  const largest = SIZES[SIZES.length - 1];
  console.log(`Membangun buku kerja sintetis (${largest.toLocaleString("en")} sub kegiatan)…`);
  const big = await timed(() => workbookBytes(largest));
  console.log(`  ${mib(big.value.bytes.length)} xlsx, dibangun dalam ${ms(big.ms)}`);
  printTable(
    `Waktu (${largest.toLocaleString("en")} sub kegiatan, Node ${process.version})`,
    await timings(big.value.bytes, big.value.rows),
  );
  const mem: Row[] = [];
  for (const n of SIZES) mem.push(await memory(n));
  printTable("Memori setelah recognise (harus naik linear dengan baris)", mem);
  printTable("Office adapter: context.sync()", await officeAdapterSyncCounts());
  printTable(`CLI: lkjip validate pada sampel, terbundel vs tsx`, cliTimings(CLI_RUNS));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  });
}
