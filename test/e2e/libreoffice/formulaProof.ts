import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { toA1 } from "../../../src/core/grid/address";
import { Harness } from "../harness";
import { GeneratedWorkbook } from "./generated";
import { readXlsxSheets, XmlCell } from "./sheetXml";
import { convert, createProfile } from "./soffice";

const SUITE = "libreoffice: rumus";
const XLSX = "xlsx:Calc MS Excel 2007 XML";
const WRONG_BY = 12345.678;
const RELATIVE = 1e-9;

/** LibreOffice's ways of writing an error as a cached value. */
function isError(cell: XmlCell): boolean {
  return cell.type === "e" || /^(#[A-Z/0]+[!?]?|#N\/A|Err:\d+)$/.test(cell.value ?? "");
}

function sameValue(engine: number | string, cell: XmlCell): boolean {
  if (typeof engine === "number") {
    const v = Number(cell.value);
    return (
      cell.value !== null &&
      cell.type !== "str" &&
      Number.isFinite(v) &&
      Math.abs(v - engine) <= RELATIVE * Math.max(1, Math.abs(engine))
    );
  }
  // An empty text result: LibreOffice writes t="str" with an empty or absent value.
  if (engine === "") return cell.type === "str" && (cell.value === null || cell.value === "");
  return cell.type === "str" && cell.value === engine;
}

/**
 * Open the generated workbook in LibreOffice with recalculation forced, save it as .xlsx again, and compare every
 * formula's recalculated value with the engine's. A copy with one wrong cached result proves the recalculation
 * happened (corrected with the forcing profile, kept without it).
 */
export async function formulaProof(h: Harness, generated: GeneratedWorkbook, workDir: string): Promise<void> {
  const inDir = path.join(workDir, "masuk");
  const source = path.join(inDir, "lkjip.xlsx");
  const wrong = path.join(inDir, "lkjip-salah.xlsx");
  let probe: { sheet: string; address: string; engine: number } | null = null;

  await h.check(SUITE, "salinan dengan satu hasil tersimpan yang sengaja salah", async () => {
    mkdirSync(inDir, { recursive: true });
    writeFileSync(source, generated.bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(generated.bytes as unknown as ExcelJS.Buffer);
    for (const { name, spec } of generated.sheets) {
      const c = spec.cells.find(
        (x) => x.cell.formula !== undefined && typeof x.cell.result === "number" && x.cell.result !== 0,
      );
      if (!c) continue;
      const engine = c.cell.result as number;
      probe = { sheet: name, address: toA1(c.row, c.col), engine };
      wb.getWorksheet(name)!.getCell(probe.address).value = {
        formula: c.cell.formula!,
        result: engine + WRONG_BY,
      } as ExcelJS.CellFormulaValue;
      break;
    }
    assert.ok(probe, "tidak ada rumus bernilai angka untuk diuji");
    writeFileSync(wrong, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  });
  if (!probe) return;
  const p: { sheet: string; address: string; engine: number } = probe;

  let recalculated: ReturnType<typeof readXlsxSheets> | null = null;
  await h.check(
    SUITE,
    "LibreOffice menghitung ulang saat membuka (hasil salah dibetulkan; tanpa pengaturan tetap salah)",
    async () => {
      const recalcProfile = createProfile(path.join(workDir, "profil-hitung-ulang"), true);
      const plainProfile = createProfile(path.join(workDir, "profil-bawaan"), false);
      const [outSource, outWrong] = convert([source, wrong], XLSX, path.join(workDir, "dihitung-ulang"), recalcProfile);
      const [keptWrong] = convert([wrong], XLSX, path.join(workDir, "tanpa-hitung-ulang"), plainProfile);
      for (const f of [outSource, outWrong, keptWrong]) assert.ok(existsSync(f), `LibreOffice tidak menulis ${f}`);
      const valueAt = (file: string) =>
        readXlsxSheets(readFileSync(file))
          .cells(p.sheet)
          .find((c) => c.address === p.address);
      const corrected = valueAt(outWrong);
      const kept = valueAt(keptWrong);
      assert.ok(
        corrected && sameValue(p.engine, corrected),
        `${p.sheet}!${p.address} tidak dibetulkan: ${corrected?.value}`,
      );
      assert.ok(
        kept && sameValue(p.engine + WRONG_BY, kept),
        `tanpa pengaturan, nilai salah tidak bertahan: ${kept?.value}`,
      );
      h.note(
        `${p.sheet}!${p.address}: tersimpan ${p.engine + WRONG_BY} → LibreOffice ${corrected.value} (mesin ${p.engine}); tanpa hitung ulang tetap ${kept.value}`,
      );
      recalculated = readXlsxSheets(readFileSync(outSource));
    },
  );
  if (!recalculated) return;
  const lo: ReturnType<typeof readXlsxSheets> = recalculated;

  await h.check(SUITE, "setiap rumus di lembar yang dibuat: tanpa galat, sama dengan nilai mesin", async () => {
    const problems: string[] = [];
    let checked = 0;
    let withEngineValue = 0;
    for (const { name, spec } of generated.sheets) {
      const cells = new Map(lo.cells(name).map((c) => [c.address, c]));
      for (const c of lo.cells(name)) {
        if (c.formula !== null && isError(c)) problems.push(`${name}!${c.address}: galat ${c.value} (=${c.formula})`);
      }
      for (const { row, col, cell } of spec.cells) {
        if (cell.formula === undefined) continue;
        checked++;
        const address = toA1(row, col);
        const got = cells.get(address);
        if (!got || got.formula === null) {
          problems.push(`${name}!${address}: rumus hilang di LibreOffice`);
          continue;
        }
        if (isError(got)) continue; // reported above
        if (cell.result === undefined) continue;
        withEngineValue++;
        if (!sameValue(cell.result, got)) {
          problems.push(
            `${name}!${address}: LibreOffice ${JSON.stringify(got.value)} ≠ mesin ${JSON.stringify(cell.result)} (=${cell.formula})`,
          );
        }
      }
    }
    assert.ok(checked > 0, "tidak ada rumus di lembar yang dibuat");
    assert.deepEqual(problems, [], `${problems.length} rumus bermasalah`);
    h.note(
      `Rumus diperiksa: ${checked} di ${generated.sheets.length} lembar (${withEngineValue} dibandingkan dengan nilai mesin), 0 galat`,
    );
  });
}
