import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../../src/cli/run";
import { CliIo } from "../../../src/cli/io";
import { detectFormat } from "../../../src/file/formats/detectFormat";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { ROOT } from "../expectations";
import { Harness } from "../harness";
import { generateFromFile } from "./generated";
import { convert, createProfile } from "./soffice";

const SUITE = "libreoffice: format lain";
const FORMATS = path.join(ROOT, "test", "fixtures", "formats");
/** Every sheet to its own CSV file (`-1`), values as stored. */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
/** At least this share of the rows recognised on an .xlsx must be recognised at the same level on its copies. */
const MIN_SHARE = 0.95;

/**
 * What `generate` writes from an .xls, an app's HTML export and an .ods opens in LibreOffice with the source sheets
 * and the generated ones; and every .xlsx of the repo, converted by LibreOffice to .xls, .ods and HTML, is recognised
 * as on the .xlsx (`inspect --json`, level by level).
 */
export async function otherFormatsProof(h: Harness, workDir: string): Promise<void> {
  const profile = createProfile(path.join(workDir, "profil-format"), false);

  await h.check(
    SUITE,
    "generate dari .xls, ekspor HTML dan .ods: LibreOffice membuka .xlsx hasilnya, semua lembar",
    async () => {
      const outDir = path.join(workDir, "format-lain");
      mkdirSync(outDir, { recursive: true });
      const cases: [string, string][] = [
        ["pengukuran-kinerja-2022.xls", "TW IV 2022"],
        ["pengukuran-kinerja-2022-tw4-ekspor.xls", "TW IV 2022"],
        ["pengukuran-kinerja-2022.ods", "TW IV 2022"],
      ];
      for (const [file, sourceSheet] of cases) {
        const generated = await generateFromFile(path.join(FORMATS, file));
        const xlsx = path.join(outDir, file.replace(/\.[^.]+$/, "-lkjip.xlsx"));
        writeFileSync(xlsx, generated.bytes);
        const csvDir = path.join(outDir, `${path.basename(xlsx, ".xlsx")}-csv`);
        convert([xlsx], CSV_ALL_SHEETS, csvDir, profile);
        const csv = new Map(
          readdirSync(csvDir).map((f) => [
            f.slice(path.basename(xlsx, ".xlsx").length + 1, -4),
            readFileSync(path.join(csvDir, f), "utf8"),
          ]),
        );
        const source = csv.get(sourceSheet) ?? "";
        assert.match(
          source,
          /PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL/,
          `${file}: lembar sumber ${sourceSheet} tidak terbaca LibreOffice`,
        );
        assert.match(source, /55599900/, `${file}: pagu 55599900 tidak ada di ${sourceSheet}`);
        for (const { name } of generated.sheets) {
          assert.ok(
            (csv.get(name) ?? "").trim().length > 0,
            `${file}: lembar "${name}" kosong atau tidak ada di LibreOffice`,
          );
        }
        h.note(
          `${file} → ${path.basename(xlsx)}: LibreOffice membuka ${csv.size} lembar (${generated.sheets.length} dibuat)`,
        );
      }
    },
  );

  await h.check(
    SUITE,
    `setiap .xlsx di repo sebagai .xls, .ods dan HTML (LibreOffice): inspect --json ≥ ${MIN_SHARE * 100}% baris di tingkat yang sama`,
    async () => {
      const inDir = path.join(workDir, "semua-xlsx");
      mkdirSync(inDir, { recursive: true });
      const files = repoWorkbooks().map((file, i) => {
        const copy = path.join(
          inDir,
          `${String(i + 1).padStart(2, "0")}-${path.basename(file).replace(/\.xlsm$/, ".xlsx")}`,
        );
        copyFileSync(file, copy);
        return copy;
      });
      const converted = new Map<string, string[]>();
      for (const target of ["xls", "ods", "html"])
        converted.set(target, convert(files, target, path.join(workDir, `semua-${target}`), profile));
      let recognisedFiles = 0;
      const overall = { same: 0, total: 0 };
      for (const [i, file] of files.entries()) {
        const original = await inspectJson(file);
        const book = await FileWorkbook.fromBuffer(readFileSync(file), path.basename(file));
        const hidden = book.hiddenSheetNames();
        // Hidden rows a SUBTOTAL(109, …) leaves out are told by the formula: an HTML export carries neither.
        const hiddenRows = book.sourceSheetNames().some((n) => (book.grid(n).hiddenRows ?? []).length > 0);
        for (const [target, outputs] of converted) {
          const copy = outputs[i];
          assert.ok(existsSync(copy), `LibreOffice tidak menulis ${copy}`);
          const other = await inspectJson(copy);
          const label = `${path.basename(file)} → .${target}`;
          assert.equal(other.code, original.code, `${label}: kode keluar ${other.code}, pada .xlsx ${original.code}`);
          if (original.code !== 0) continue;
          if (target === "html" && hiddenRows) {
            h.note(`${label}: tidak dibandingkan (baris tersembunyi; HTML tidak membawa rumus SUBTOTAL)`);
            continue;
          }
          // LibreOffice's HTML export writes the visible sheets only: a hidden one is not there to compare.
          const compared = target === "html" ? withoutSheets(original.json, hidden) : original.json;
          // It leaves hidden columns out too (last year's figures kept hidden beside this year's): the columns after
          // them move left, so a node is compared there by its row.
          const share = sameLevelShare(compared, other.json, target === "html");
          assert.ok(share.total > 0, `${label}: tidak ada baris yang dikenali`);
          assert.ok(
            share.same / share.total >= MIN_SHARE,
            `${label}: ${share.same}/${share.total} baris di tingkat yang sama`,
          );
          if (target === "xls") recognisedFiles++;
          overall.same += share.same;
          overall.total += share.total;
          if (share.same < share.total) h.note(`${label}: ${share.same}/${share.total} baris di tingkat yang sama`);
        }
      }
      assert.ok(recognisedFiles >= 8, `hanya ${recognisedFiles} berkas berisi tabel yang dikenali`);
      h.note(
        `${files.length} berkas .xlsx × 3 format; ${recognisedFiles} dengan tabel Pengukuran Kinerja atau Evaluasi Renja: ` +
          `${overall.same} dari ${overall.total} baris di tingkat yang sama`,
      );
    },
  );
}

/** Every .xlsx/.xlsm of the repo's samples and fixtures (by content: a BIFF file named .xlsx is not one). */
function repoWorkbooks(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.xls[xm]$/i.test(name)) {
        const detected = detectFormat(new Uint8Array(readFileSync(file)));
        if ("format" in detected && detected.format === "xlsx") found.push(file);
      }
    }
  };
  walk(path.join(ROOT, "assets", "samples"));
  walk(path.join(ROOT, "test", "fixtures"));
  return found;
}

async function inspectJson(file: string): Promise<{ code: number; json: InspectJson }> {
  const out: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: () => undefined,
    progress: () => undefined,
    cwd: ROOT,
    debug: false,
  };
  const code = await runCli(["inspect", file, "--json"], io);
  return { code, json: code === 0 ? JSON.parse(out.join("\n")) : { sheets: [] } };
}

interface InspectJson {
  sheets: Record<string, unknown>[];
}

/**
 * Rows of the model as `sheet|level|cell|name` (`byRow`: the cell's row only), for both families (every array of nodes that name their cell, the
 * array's key being the level: tujuan, sasaran, urusan, bidang, program, kegiatan, subKegiatan, indikator). The
 * sheet counts by its place among the recognised ones: LibreOffice's HTML export of a one-sheet workbook does not
 * carry the sheet's name (the page is named after its file, as in Excel).
 */
function rows(json: InspectJson, byRow = false): Set<string> {
  const out = new Set<string>();
  const place = (cell: string) => (byRow ? cell.replace(/^[A-Z]+/, "") : cell);
  const visit = (sheet: number, node: Record<string, unknown>) => {
    for (const [level, value] of Object.entries(node)) {
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        if (!item || typeof item !== "object" || !("cell" in item)) continue;
        const child = item as Record<string, unknown>;
        out.add(`${sheet}|${level}|${place(String(child.cell))}|${String(child.name ?? "")}`);
        visit(sheet, child);
      }
    }
  };
  json.sheets.forEach((s, i) => visit(i, s));
  return out;
}

function withoutSheets(json: InspectJson, names: readonly string[]): InspectJson {
  return { sheets: json.sheets.filter((s) => !names.includes(String(s.sheet))) };
}

function sameLevelShare(original: InspectJson, other: InspectJson, byRow: boolean): { same: number; total: number } {
  const a = rows(original, byRow);
  const b = rows(other, byRow);
  let same = 0;
  for (const row of a) if (b.has(row)) same++;
  return { same, total: a.size };
}
