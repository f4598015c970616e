import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createInMemoryExcel } from "./inMemoryExcel";
import { pengukuranSheet } from "./fixtures";

export interface ReadSyncCount {
  rows: number;
  columns: number;
  syncs: number;
  /** Largest request + response of one sync, bytes (JSON length). */
  maxRequestBytes: number;
  maxRequestCells: number;
}

/**
 * Read a seed-shaped Pengukuran Kinerja sheet of each size through the Office adapter against the in-memory Excel
 * and count the syncs. For the benchmark: `npx tsx -e 'require("./test/excel/syncCounts").printReadSyncCounts()'`
 * or, from scripts/bench.ts, `await printReadSyncCounts()`.
 */
export async function measureReadSyncCounts(
  rowsList: number[] = [100, 10_000],
  columns = 20,
): Promise<ReadSyncCount[]> {
  const results: ReadSyncCount[] = [];
  for (const rows of rowsList) {
    const excel = createInMemoryExcel({ sheets: [pengukuranSheet("Pengukuran", rows, columns)] });
    await new OfficeWorkbook(excel.run).readSheet("Pengukuran");
    const { syncs, maxRequestBytes, maxRequestCells } = excel.stats;
    results.push({ rows, columns, syncs, maxRequestBytes, maxRequestCells });
  }
  return results;
}

export function formatReadSyncCounts(results: ReadSyncCount[]): string {
  return results
    .map(
      (r) =>
        `readSheet ${r.rows} baris × ${r.columns} kolom: ${r.syncs} sync, permintaan terbesar ` +
        `${(r.maxRequestBytes / 1_000_000).toFixed(2)} MB, ${r.maxRequestCells} sel`,
    )
    .join("\n");
}

export async function printReadSyncCounts(rowsList?: number[], columns?: number): Promise<ReadSyncCount[]> {
  const results = await measureReadSyncCounts(rowsList, columns);
  console.log(formatReadSyncCounts(results));
  return results;
}
