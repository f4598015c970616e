import { Grid } from "../../src/core/grid/grid";
import { ColumnMap } from "../../src/core/model/columns";
import { Kegiatan, Program, Quarterly, Sasaran, PengukuranKinerjaModel, Tujuan } from "../../src/core/model/types";
import { AnalyseOptions, Analysis } from "../../src/core/pipeline";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { Finding } from "../../src/core/model/finding";
import { Engine, GenerateOptions, GenerateOutcome } from "../../src/taskpane/engine";

/**
 * A stand-in for the pipeline so the pane's tests exercise the pane only: it "recognises" the sheets it is told
 * about, applies column corrections the way the recogniser does (a corrected key overrides the found one), and
 * records every call.
 */
export interface FakeSheet {
  sheet: string;
  triwulan: number | null;
  tahun: number | null;
  /** tujuan → sasaran → (indikator, program → kegiatan → sub kegiatan) counts per parent. */
  shape: { tujuan: number; sasaran: number; indikator: number; program: number; kegiatan: number; subKegiatan: number };
  columns: ColumnMap;
  findings?: Finding[];
}

export interface FakeEngine extends Engine {
  analyseCalls: AnalyseOptions[];
  generateCalls: GenerateOptions[];
  /** The sasaran a spec is about (SheetSpec.subject), by spec name; none by default. */
  subjects: Map<string, string>;
}

export function fakeEngine(sheets: FakeSheet[], missing: Record<string, string[]> = {}): FakeEngine {
  const engine: FakeEngine = {
    analyseCalls: [],
    generateCalls: [],
    subjects: new Map(),
    analyse(grids, options) {
      engine.analyseCalls.push(options);
      return analyse(grids, options);
    },
    generate(grids, options): GenerateOutcome {
      engine.generateCalls.push(options);
      const analysis = analyse(grids, options);
      // The latest by tahun and triwulan, as the pipeline picks it.
      const source = [...analysis.models]
        .sort((a, b) => (a.tahun ?? 0) - (b.tahun ?? 0) || (a.triwulan ?? 0) - (b.triwulan ?? 0))
        .pop();
      if (!source || source.layout !== "pengukuran-kinerja") return { analysis, source: null };
      const hasDp = grids.some((g) => g.name === "Data Pendukung");
      const specs = [spec("Tabel 2.2 PK", "lkjip-table"), spec("Tabel 3.2 Anggaran", "lkjip-table")];
      for (const s of specs) {
        const subject = engine.subjects.get(s.name);
        if (subject !== undefined) s.subject = subject;
      }
      if (!hasDp) specs.push(spec("Data Pendukung", "data-pendukung"));
      return { analysis, source, specs, dataPendukungCreated: !hasDp, dataPendukungFindings: [], tableFindings: [] };
    },
  };

  function analyse(grids: Grid[], options: AnalyseOptions): Analysis {
    const models: PengukuranKinerjaModel[] = [];
    const skipped: Analysis["skipped"] = [];
    for (const grid of grids) {
      if (options.sheet !== undefined && grid.name !== options.sheet) continue;
      if (grid.name === "Data Pendukung" || grid.name === "Hasil Pemeriksaan" || grid.name.startsWith("Tabel "))
        continue;
      if (grid.name === "Data Pendukung") continue;
      const known = sheets.find((s) => s.sheet === grid.name);
      if (known) models.push(model(known, options.columns?.[grid.name]));
      else {
        const missingHeaders = missing[grid.name] ?? ["PAGU"];
        const missingByLayout = { "pengukuran-kinerja": missingHeaders, "evaluasi-renja": [] };
        skipped.push({ sheet: grid.name, missingHeaders, missingByLayout, closerTo: null, reason: "no header" });
      }
    }
    return { models, findings: models.flatMap((m) => m.findings), skipped };
  }
  return engine;
}

function model(s: FakeSheet, corrections: ColumnMap | undefined): PengukuranKinerjaModel {
  const n = s.shape;
  const node = {
    pagu: null,
    anggaranKas: [null, null, null, null] as Quarterly,
    realisasi: null,
    capaian: null,
    levelEvidence: "kode" as const,
    cell: "M9",
    row: 8,
  };
  const kegiatan = (): Kegiatan => ({
    ...node,
    level: "kegiatan",
    name: "kegiatan",
    subKegiatan: times(n.subKegiatan, () => ({ ...node, level: "subKegiatan" as const, name: "sub" })),
  });
  const program = (): Program => ({
    ...node,
    level: "program",
    name: "program",
    kegiatan: times(n.kegiatan, kegiatan),
  });
  const sasaran = (): Sasaran => ({
    name: "sasaran",
    cell: "D9",
    row: 8,
    indikator: times(n.indikator, () => ({
      name: "indikator",
      cell: "E9",
      formulasi: [],
      target: [null, null, null, null],
      realisasi: null,
      capaian: null,
      persen: true,
      row: 8,
    })),
    program: times(n.program, program),
  });
  const tujuan = (): Tujuan => ({ name: "tujuan", cell: "B9", row: 8, sasaran: times(n.sasaran, sasaran) });
  return {
    layout: "pengukuran-kinerja",
    sheet: s.sheet,
    triwulan: s.triwulan,
    tahun: s.tahun,
    title: [],
    columns: { ...s.columns, ...corrections },
    headerRows: [5, 6],
    dataRows: [8, 30],
    tujuan: times(n.tujuan, tujuan),
    findings: s.findings ?? [],
  };
}

function times<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}

function spec(name: string, kind: SheetSpec["kind"]): SheetSpec {
  return {
    name,
    kind,
    cells: [{ row: 0, col: 0, cell: { value: name } }],
    merges: [],
    columnWidths: [20],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}
