/**
 * Builds assets/samples/pengukuran-kinerja-2021.xlsx, the second sample (long tables), from its data file with the
 * same layout as the 2022 sample (scripts/build-sample.ts). What is transcribed and what is made up is listed in the
 * data file's `notes`.
 *
 *   npx tsx scripts/build-sample-2021.ts [out.xlsx]
 */
import * as path from "path";
import { readSampleData, writeSampleXlsx } from "./build-sample";

const ROOT = path.join(__dirname, "..");
export const SAMPLE_2021_DATA_PATH = path.join(ROOT, "assets", "samples", "pengukuran-kinerja-2021.data.json");
export const SAMPLE_2021_XLSX_PATH = path.join(ROOT, "assets", "samples", "pengukuran-kinerja-2021.xlsx");

async function main() {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : SAMPLE_2021_XLSX_PATH;
  await writeSampleXlsx(readSampleData(SAMPLE_2021_DATA_PATH), out);
  console.log(`Contoh ditulis: ${path.relative(process.cwd(), out)}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
