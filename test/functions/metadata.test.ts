import { readFileSync } from "fs";
import path from "path";
import ts from "typescript";
import { generateCustomFunctionsMetadata, IFunction } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** The functions the issue asks for, as users type them after =SAKIP. */
const EXPECTED_IDS = [
  "CAPAIAN",
  "CAPAIAN_RENTANG",
  "SERAPAN",
  "EFISIENSI",
  "EFISIENSI_PMK",
  "PERTUMBUHAN",
  "KEMAJUAN",
  "DEVIASI_KAS",
  "PREDIKAT",
  "IKM",
  "MUTU_IKM",
  "ANGKA",
  "TERCAPAI",
];

describe("functions.json generated from the JSDoc of src/functions/functions.ts", () => {
  let metadata: IFunction[];
  let associated: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson).functions;
    associated = result.associate;
  });

  const byId = (id: string) => {
    const f = metadata.find((m) => m.id === id);
    if (!f) throw new Error(`${id} is missing from the metadata`);
    return f;
  };

  it("holds exactly the SAKIP functions of the issue", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it("describes every function and every parameter, with names in the SAKIP convention", () => {
    for (const f of metadata) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.name).toBe(f.id);
      expect((f.description ?? "").length).toBeGreaterThan(20);
      expect(f.parameters.length).toBeGreaterThan(0);
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect({ fn: f.id, p: p.name, hasDescription: (p.description ?? "").length > 5 }).toEqual({
          fn: f.id,
          p: p.name,
          hasDescription: true,
        });
      }
    }
  });

  it("associates each exported function of the source with one id, and nothing else", () => {
    const exported = Object.entries(functions)
      .filter(([, v]) => typeof v === "function")
      .map(([name]) => name)
      .sort();
    expect(associated.map((a) => a.functionName).sort()).toEqual(exported);
    expect(new Set(associated.map((a) => a.id)).size).toBe(associated.length);
  });

  it("finds every top-level function declared in the source: functions.ts holds only custom functions", () => {
    const source = ts.createSourceFile(SOURCE, readFileSync(SOURCE, "utf8"), ts.ScriptTarget.Latest, true);
    const declared = source.statements
      .filter(ts.isFunctionDeclaration)
      .map((f) => f.name?.text ?? "")
      .sort();
    expect(declared.length).toBe(EXPECTED_IDS.length);
    expect(associated.map((a) => a.functionName).sort()).toEqual(declared);
  });

  it("declares value parameters as any, so numbers typed as text reach the function as text", () => {
    for (const f of metadata) for (const p of f.parameters) expect(p.type).toBe("any");
  });

  it("marks only polaritas and skala optional, and the range parameters as matrices", () => {
    const optional = metadata.flatMap((f) => f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`));
    expect(optional.sort()).toEqual([
      "CAPAIAN.polaritas",
      "CAPAIAN_RENTANG.polaritas",
      "KEMAJUAN.polaritas",
      "PREDIKAT.skala",
    ]);
    const matrices = metadata.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`),
    );
    expect(matrices.sort()).toEqual([
      "EFISIENSI_PMK.capaian",
      "EFISIENSI_PMK.pagu",
      "EFISIENSI_PMK.realisasi_rp",
      "IKM.nilai_unsur",
    ]);
  });

  it("returns labels as strings and everything else as numbers", () => {
    for (const id of EXPECTED_IDS) {
      const expected = ["PREDIKAT", "MUTU_IKM", "TERCAPAI"].includes(id) ? "string" : "number";
      expect({ id, type: byId(id).result?.type }).toEqual({ id, type: expected });
    }
  });

  it("lists the parameters in the order people type them", () => {
    expect(byId("CAPAIAN").parameters.map((p) => p.name)).toEqual(["realisasi", "target", "polaritas"]);
    expect(byId("DEVIASI_KAS").parameters.map((p) => p.name)).toEqual(["realisasi_rp", "anggaran_kas", "pagu"]);
  });
});
