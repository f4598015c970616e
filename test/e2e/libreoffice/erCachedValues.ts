import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { ER_HANDMADE_PATH } from "../../../scripts/sample-er/data";
import { ER_UNSEEN_DIR } from "../../../scripts/fixtures/build-er-unseen";
import { Harness } from "../harness";
import { readXlsxSheets } from "./sheetXml";
import { convert, createProfile } from "./soffice";

const SUITE = "libreoffice: contoh Evaluasi Renja";
const XLSX = "xlsx:Calc MS Excel 2007 XML";
const RELATIVE = 1e-9;

/** The Evaluasi Renja workbooks that hold formulas: the hand-made sample and the fixtures with formulas. */
export const ER_WORKBOOKS_WITH_FORMULAS = [
  ER_HANDMADE_PATH,
  path.join(ER_UNSEEN_DIR, "er-a-dinkes-2023-tw3.xlsx"),
  path.join(ER_UNSEEN_DIR, "er-c-bappeda-2022-tw4-salinan.xlsx"),
];

function mismatches(mine: Buffer, recalculated: Buffer): { formulas: number; wrong: string[] } {
  const a = readXlsxSheets(mine);
  const b = readXlsxSheets(recalculated);
  const wrong: string[] = [];
  let formulas = 0;
  for (const sheet of a.names) {
    const theirs = new Map(b.cells(sheet).map((c) => [c.address, c]));
    for (const cell of a.cells(sheet)) {
      if (cell.formula === null) continue;
      formulas++;
      const other = theirs.get(cell.address);
      const x = Number(cell.value);
      const y = Number(other?.value);
      if (
        cell.value === null ||
        !other ||
        other.value === null ||
        Math.abs(x - y) > RELATIVE * Math.max(1, Math.abs(x))
      )
        wrong.push(`${sheet}!${cell.address} =${cell.formula}: tersimpan ${cell.value}, LibreOffice ${other?.value}`);
    }
  }
  return { formulas, wrong };
}

/**
 * The builders write every formula with its result (the engine reads cached values, as Excel leaves them). Open each
 * workbook in LibreOffice with recalculation forced and compare every formula's recalculated value with the one
 * stored; a copy with one result deliberately wrong proves the recalculation happened.
 */
export async function erCachedValues(h: Harness, workDir: string): Promise<void> {
  const inDir = path.join(workDir, "er-masuk");
  const outDir = path.join(workDir, "er-keluar");
  mkdirSync(inDir, { recursive: true });
  const copies = ER_WORKBOOKS_WITH_FORMULAS.map((file) => {
    const copy = path.join(inDir, path.basename(file));
    copyFileSync(file, copy);
    return copy;
  });
  const probe = path.join(inDir, "probe-salah.xlsx");
  let probed: { sheet: string; address: string; stored: number } | null = null;
  await h.check(SUITE, "salinan dengan satu hasil tersimpan yang sengaja salah", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ER_HANDMADE_PATH);
    const ws = wb.worksheets[1];
    const cell = ws.getCell("V12");
    const value = cell.value as ExcelJS.CellFormulaValue;
    if (!value?.formula) throw new Error("V12 tanpa rumus");
    probed = { sheet: ws.name, address: "V12", stored: (value.result as number) + 12345 };
    cell.value = { formula: value.formula, result: probed.stored } as ExcelJS.CellFormulaValue;
    writeFileSync(probe, Buffer.from(await wb.xlsx.writeBuffer()));
  });
  const profile = createProfile(path.join(workDir, "er-profil"), true);
  const outputs = convert([...copies, probe], XLSX, outDir, profile);
  await h.check(SUITE, "LibreOffice menghitung ulang salinan yang salah", async () => {
    if (!probed) throw new Error("salinan tidak dibuat");
    const p = probed as { sheet: string; address: string; stored: number };
    const cell = readXlsxSheets(readFileSync(outputs[outputs.length - 1]))
      .cells(p.sheet)
      .find((c) => c.address === p.address);
    if (!cell || Number(cell.value) === p.stored) throw new Error(`tidak dihitung ulang: ${cell?.value}`);
  });
  for (const [i, file] of ER_WORKBOOKS_WITH_FORMULAS.entries()) {
    await h.check(
      SUITE,
      `${path.basename(file)}: setiap hasil rumus tersimpan sama dengan hitungan LibreOffice`,
      async () => {
        const { formulas, wrong } = mismatches(readFileSync(file), readFileSync(outputs[i]));
        if (formulas === 0) throw new Error("tidak ada rumus");
        if (wrong.length > 0) throw new Error(`${wrong.length} berbeda:\n${wrong.slice(0, 10).join("\n")}`);
        h.note(`${path.basename(file)}: ${formulas} rumus sama dengan LibreOffice`);
      },
    );
  }
}
