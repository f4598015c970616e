import { readFileSync } from "node:fs";
import path from "node:path";
import { generateLkjip } from "../../../src/core/pipeline";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { Harness } from "../harness";
import { ROOT } from "../expectations";
import { typeFormula } from "../../file/package/officerEdits";
import { recalculate } from "./recalculate";

const SUITE = "libreoffice: buku kerja pengguna";
const FIXTURES = path.join(ROOT, "test/fixtures/packages");

interface ManifestFormula {
  sheet: string;
  cell: string;
  expected: number | string | boolean;
}
interface ManifestEntry {
  file: string;
  generate: boolean;
  formulas?: ManifestFormula[];
}

async function generateTwice(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  let current = bytes;
  for (let run = 0; run < 2; run++) {
    const workbook = await FileWorkbook.fromBuffer(current, name);
    const result = generateLkjip(workbook.sourceSheetNames().map((n) => workbook.grid(n)));
    if (result.source === null) throw new Error(`${name}: tabel tidak dikenali`);
    await workbook.writeSheets(result.specs);
    current = new Uint8Array(await workbook.toBuffer());
  }
  return current;
}

/**
 * Every fixture workbook of the file-preservation issue, generated twice: LibreOffice recomputes the user's own
 * formulas (names of both scopes, times, links into other sheets) to the values they had in the input.
 */
export async function preservationProof(h: Harness, workDir: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(FIXTURES, "manifest.json"), "utf8")) as {
    fixtures: ManifestEntry[];
  };
  const entries = manifest.fixtures.filter((f) => f.generate && (f.formulas ?? []).length > 0);
  const books: { name: string; bytes: Uint8Array; cells: { sheet: string; cell: string }[] }[] = [];
  await h.check(SUITE, `generate dua kali pada ${entries.length} buku kerja contoh`, async () => {
    for (const entry of entries) {
      const input = new Uint8Array(readFileSync(path.join(FIXTURES, entry.file)));
      books.push({ name: entry.file, bytes: await generateTwice(input, entry.file), cells: entry.formulas ?? [] });
    }
  });
  // The officer's own formula that points at a generated sheet, typed between two runs: it must still resolve.
  const sample = new Uint8Array(readFileSync(path.join(ROOT, "assets/samples/pengukuran-kinerja-2022.xlsx")));
  const once = await generateTwice(sample, "sampel.xlsx");
  const pointing = typeFormula(once, "TW IV 2022", "W2", "'LKjIP SS I'!A1");
  const rerun = await generateTwice(pointing, "sampel.xlsx");
  books.push({
    name: "rujukan",
    bytes: rerun,
    cells: [
      { sheet: "TW IV 2022", cell: "W2" },
      { sheet: "LKjIP SS I", cell: "A1" },
    ],
  });
  const recalculated = books.length > 0 ? recalculate(books, path.join(workDir, "preservation")) : [];
  await h.check(
    SUITE,
    "rumus pengguna yang merujuk lembar hasil tetap terbaca setelah generate ulang (bukan #REF!)",
    async () => {
      const book = recalculated.find((b) => b.name === "rujukan");
      const pointed = book?.cells.get("TW IV 2022!W2")?.value;
      const title = book?.cells.get("LKjIP SS I!A1")?.value;
      if (typeof title !== "string" || pointed !== title)
        throw new Error(`W2 = ${JSON.stringify(pointed)}, A1 = ${JSON.stringify(title)}`);
    },
  );
  for (const entry of entries) {
    await h.check(SUITE, `${entry.file}: rumus pengguna dihitung ulang LibreOffice sama dengan masukan`, async () => {
      const book = recalculated.find((b) => b.name === entry.file);
      if (!book) throw new Error("tidak dihitung ulang");
      const wrong: string[] = [];
      for (const f of entry.formulas ?? []) {
        const got = book.cells.get(`${f.sheet}!${f.cell}`)?.value;
        const same =
          typeof f.expected === "number" && typeof got === "number"
            ? Math.abs(got - f.expected) <= 1e-9 * Math.max(1, Math.abs(f.expected))
            : got === f.expected;
        if (!same) wrong.push(`${f.sheet}!${f.cell}: ${JSON.stringify(got)} ≠ ${JSON.stringify(f.expected)}`);
      }
      if (wrong.length > 0) throw new Error(wrong.join("; "));
      h.note(`${entry.file}: ${(entry.formulas ?? []).length} rumus pengguna sama setelah dua kali generate`);
    });
  }
}
