/**
 * Pengukuran Kinerja workbooks of the round-28 probe (test/fixtures/pk-probe28): two large offices' years, with the
 * errors the probe planted. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe28");
const A = "pk28-a-dinkes-2023-tw1-4.xlsx";

async function findingsOf(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  return analysis.findings.filter((f) => f.severity !== "info");
}

it("four quarterly sheets: every planted error once; no fall built on a SUM shown wrong, no polaritas doubt for mCPR, no 'kosong' for a `-` target", async () => {
  const found = await findingsOf(A);
  expect(found.map((f) => [f.sheet, f.rule, f.cell])).toEqual([
    ["TW I 2023", "kas-vs-pagu", "O34"],
    ["TW II 2023", "kas-vs-pagu", "O34"],
    ["TW III 2023", "kas-vs-pagu", "O34"],
    ["TW III 2023", "realisasi-decreased", "T254"],
    ["TW III 2023", "realisasi-decreased", "T255"],
    ["TW III 2023", "capaian-anggaran-mismatch", "U255"],
    ["TW IV 2023", "kas-vs-pagu", "O34"],
    ["TW IV 2023", "formula-range", "T54"],
    ["TW IV 2023", "realisasi-over-pagu", "T142"],
    ["TW IV 2023", "realisasi-over-kas", "T142"],
    ["TW IV 2023", "capaian-anggaran-mismatch", "U148"],
    ["TW IV 2023", "unreadable-value", "T176"],
    ["TW IV 2023", "unreadable-value", "Q204"],
    ["TW IV 2023", "capaian-kinerja-mismatch", "L206"],
    ["TW IV 2023", "number-stored-as-text", "O244"],
    ["TW IV 2023", "kas-vs-pagu", "O268"],
    ["TW IV 2023", "kas-vs-children", "R268"],
  ]);
});

it("a program whose pagu could not be read leaves the Alokasi shares empty, said, instead of shares of a short total", async () => {
  const result = generateLkjip(await gridsOf(path.join(DIR, A)));
  if (!("specs" in result)) throw new Error("no source");
  const headers = result.specs.flatMap((s) =>
    s.cells.map((c) => c.cell.value).filter((v) => typeof v === "string" && v.startsWith("% ANGGARAN THD")),
  );
  expect(new Set(headers)).toEqual(new Set(["% ANGGARAN THD ANGGARAN PERANGKAT DAERAH"]));
  const said = result.tableFindings.filter(
    (f) => f.messageKey === "table-cell-empty.unreadable-pagu" && f.message.includes("% Anggaran"),
  );
  expect(said).toHaveLength(headers.length);
});

it("a typed sheet with amounts as Indonesian text: every planted error once", async () => {
  const found = await findingsOf("pk28-b-pupr-2023-tw3.xlsx");
  expect(found.map((f) => [f.rule, f.cell])).toEqual([
    ["kas-vs-pagu", "O105"],
    ["pagu-vs-children", "O105"],
    ["capaian-kinerja-mismatch", "L106"],
    ["kas-vs-children", "Q125"],
    ["kas-vs-children", "R125"],
    ["realisasi-vs-children", "T139"],
    ["realisasi-over-pagu", "T165"],
    ["realisasi-over-kas", "T165"],
    ["kas-vs-pagu", "O203"],
    ["realisasi-over-kas", "T203"],
    ["capaian-anggaran-mismatch", "U225"],
    ["unreadable-value", "T259"],
  ]);
});
