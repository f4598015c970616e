/**
 * The data file of the Evaluasi Renja sample (assets/samples/evaluasi-renja-2022.data.json) and the budget tree
 * it gives for one sheet: that sheet's pagu (murni or perubahan) and the realisasi up to its triwulan.
 */
import * as fs from "fs";
import * as path from "path";
import { ErContext, ErIndikator, ErNode } from "../er/model";
import { Group } from "../er/render";

export const ROOT = path.join(__dirname, "..", "..");
export const ER_DATA_PATH = path.join(ROOT, "assets", "samples", "evaluasi-renja-2022.data.json");
export const ER_HANDMADE_PATH = path.join(ROOT, "assets", "samples", "evaluasi-renja-2022.xlsx");
export const ER_EXPORT_PATH = path.join(ROOT, "assets", "samples", "evaluasi-renja-2022-ekspor.xlsx");
export const ER_EXPORT_HTML_PATH = path.join(ROOT, "assets", "samples", "evaluasi-renja-2022-ekspor-html.xls");

export interface ErDataIndikator {
  name: string;
  satuan: string;
  renstraTarget: number;
  renstraLalu: number;
  target: number;
  realisasi: number[];
}

interface ErDataNode {
  kode: string;
  uraian: string;
  nomenklatur: string;
  unit?: string;
  ket?: string;
  indikator: ErDataIndikator[];
}

export interface ErDataSub extends ErDataNode {
  anggaran: {
    renstraTarget: number;
    renstraLalu: number;
    paguMurni: number;
    paguPerubahan: number;
    realisasi: number[];
  };
}

export interface ErDataKegiatan extends ErDataNode {
  subKegiatan: ErDataSub[];
}

export interface ErDataProgram extends ErDataNode {
  unit: string;
  kegiatan: ErDataKegiatan[];
}

export interface ErDataSheet {
  name: string;
  triwulan: number;
  pagu: "paguMurni" | "paguPerubahan";
  signature: string[];
}

export interface ErFormulaSlip {
  sheets: string[];
  program: string;
  leavesOut: string;
  columns: Group[];
}

export interface ErData {
  description: string;
  source: string;
  notes: string[];
  pemda: string;
  perangkatDaerah: string;
  kodeUnit: string;
  tahun: number;
  renstra: { awal: number; akhir: number };
  sasaranPembangunan: string;
  urusan: { kode: string; nama: string }[];
  bidang: { kode: string; nama: string }[];
  sheets: ErDataSheet[];
  export: { sheet: string; fromSheet: string };
  formulaSlips: ErFormulaSlip[];
  tujuan: { name: string; sasaran: { name: string; program: ErDataProgram[] }[] }[];
}

export function readErData(file: string = ER_DATA_PATH): ErData {
  return JSON.parse(fs.readFileSync(file, "utf8")) as ErData;
}

export type NameSource = "uraian" | "nomenklatur";

function indikatorFor(ind: ErDataIndikator, triwulan: number): ErIndikator {
  return { ...ind, realisasi: ind.realisasi.map((v, q) => (q < triwulan ? v : null)) };
}

/** The program nodes of one sheet with the tujuan and sasaran each belongs to, in the data file's order. */
export function programsFor(
  data: ErData,
  sheet: ErDataSheet,
  names: NameSource,
): { node: ErNode; context: ErContext }[] {
  const out: { node: ErNode; context: ErContext }[] = [];
  for (const t of data.tujuan)
    for (const s of t.sasaran)
      for (const p of s.program) {
        const node: ErNode = {
          id: p.kode,
          level: "program",
          kode: p.kode,
          name: p[names],
          unit: p.unit,
          indikator: p.indikator.map((i) => indikatorFor(i, sheet.triwulan)),
          children: p.kegiatan.map((k) => ({
            id: k.kode,
            level: "kegiatan",
            kode: k.kode,
            name: k[names],
            unit: p.unit,
            indikator: k.indikator.map((i) => indikatorFor(i, sheet.triwulan)),
            children: k.subKegiatan.map((x) => ({
              id: x.kode,
              level: "subKegiatan",
              kode: x.kode,
              name: x[names],
              unit: p.unit,
              ket: x.ket,
              indikator: x.indikator.map((i) => indikatorFor(i, sheet.triwulan)),
              children: [],
              anggaran: {
                renstraTarget: x.anggaran.renstraTarget,
                renstraLalu: x.anggaran.renstraLalu,
                pagu: x.anggaran[sheet.pagu],
                realisasi: x.anggaran.realisasi.map((v, q) => (q < sheet.triwulan ? v : null)),
              },
            })),
          })),
        };
        out.push({ node, context: { tujuan: t.name, sasaran: s.name } });
      }
  return out;
}
