/**
 * The office's hand-made Evaluasi Renja sheet: title rows, a four-row merged header (group titles, triwulan I–IV,
 * the column numbers with their equations, K / Rp), Tujuan PD and Sasaran PD on the first row of their block, levels
 * shown by fill colour and bold, parents as SUM formulas over their children, a JUMLAH row, the seed's two formula
 * slips, scratch checks right of the table, then the faktor lines and the signature.
 */
import { evaluateSheet } from "../er/evaluate";
import { Formula } from "../er/formula";
import { box, line } from "../er/header";
import {
  ColumnMap,
  consecutiveGroups,
  fitRowHeights,
  Group,
  GROUPS,
  nodeItems,
  RenderOptions,
  renderBody,
  RenderResult,
  RowItem,
} from "../er/render";
import { CellStyle, ErSheet } from "../er/sheet";
import { ErData, ErDataSheet, programsFor } from "./data";

export const HANDMADE_MAP: ColumnMap = {
  roles: { no: 1, tujuan: 2, sasaran: 3, nama: 4, indikator: 5, satuan: 6, unit: 27, ket: 28 },
  groups: consecutiveGroups(7),
  first: 1,
  last: 28,
};
export const HANDMADE_FIRST_ROW = 12;

const HEADER: CellStyle = {
  bold: true,
  h: "center",
  v: "middle",
  wrap: true,
  border: true,
  size: 9,
  fill: { theme: 0, tint: -0.1499984740745262 },
};
const NUMBERS: CellStyle = { ...HEADER, bold: false, italic: true, size: 8 };
const TITLE: CellStyle = { bold: true, h: "center", v: "middle", size: 12 };

export const HANDMADE_OPTIONS: Omit<RenderOptions, "triwulan"> = {
  numbers: "number",
  formulas: true,
  context: "firstRow",
  mergeName: true,
  numbering: "program",
  iferror: true,
  levelStyle: {
    // Accent 3 (olive green), lighter 60%: a theme colour the reader has to resolve.
    program: { bold: true, fill: { theme: 6, tint: 0.5999938962981048 } },
    // Accent 5 (aqua), lighter 80%, as an explicit ARGB.
    kegiatan: { fill: { argb: "FFDAEEF3" } },
    subKegiatan: {},
  },
  headingStyle: { bold: true },
  totalStyle: { bold: true, fill: { theme: 7, tint: 0.7999816888943144 } },
  fontSize: 9,
};

const WIDTHS = [5, 22, 22, 40, 30, 10, ...GROUPS.flatMap(() => [8, 17]), 16, 16, 2, 12, 14];

function groupTitles(data: ErData): Record<Exclude<Group, "tw1" | "tw2" | "tw3" | "tw4">, string> {
  const y = data.tahun;
  return {
    renstraTarget: `Target Renstra PD pada Tahun ${data.renstra.akhir} (Akhir Periode Renstra PD)`,
    renstraLalu: `Realisasi Capaian Kinerja Renstra PD s/d Renja PD Tahun Lalu (${y - 1})`,
    target: `Target Kinerja dan Anggaran Renja PD Tahun Berjalan (${y}) yang Dievaluasi`,
    total: `Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (${y})`,
    renstraNow: `Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun ${y} (Akhir Tahun Pelaksanaan Renja PD Tahun ${y})`,
    capaian: `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun ${y} (%)`,
  };
}

const ROMAN = ["I", "II", "III", "IV"];

function writeHeader(sheet: ErSheet, data: ErData, top: number): void {
  const m = HANDMADE_MAP;
  const [titles, quarters, numbers, units] = [top, top + 1, top + 2, top + 3];
  const single: [number, string, string][] = [
    [m.roles.no!, "No", "1"],
    [m.roles.tujuan!, "Tujuan PD", "2"],
    [m.roles.sasaran!, "Sasaran PD", "3"],
    [m.roles.nama!, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "4"],
    [m.roles.unit!, "Unit PD Penanggung Jawab", "16"],
    [m.roles.ket!, "Keterangan", "17"],
  ];
  for (const [col, title, n] of single) {
    box(sheet, titles, col, quarters, col, title, HEADER);
    box(sheet, numbers, col, units, col, n, NUMBERS);
  }
  const ind = m.roles.indikator!;
  box(
    sheet,
    titles,
    ind,
    quarters,
    ind + 1,
    "Indikator Kinerja Program (outcome)/ Kegiatan (output)/ Sub Kegiatan (output)",
    HEADER,
  );
  box(sheet, numbers, ind, numbers, ind + 1, "5", NUMBERS);
  box(sheet, units, ind, units, ind, "Uraian", HEADER);
  box(sheet, units, ind + 1, units, ind + 1, "Satuan", HEADER);
  const t = groupTitles(data);
  const numberText: Record<Group, string> = {
    renstraTarget: "6",
    renstraLalu: "7",
    target: "8",
    tw1: "9",
    tw2: "10",
    tw3: "11",
    tw4: "12",
    total: "13 = 9 + 10 + 11 + 12",
    renstraNow: "14 = 7 + 13",
    capaian: "15 = 14 / 6 x 100",
  };
  const g = m.groups;
  box(sheet, titles, g.tw1.k, titles, g.tw4.rp, "Realisasi Kinerja Pada Triwulan", HEADER);
  for (const group of GROUPS) {
    const { k, rp } = g[group];
    const q = ["tw1", "tw2", "tw3", "tw4"].indexOf(group);
    if (q >= 0) box(sheet, quarters, k, quarters, rp, ROMAN[q], HEADER);
    else box(sheet, titles, k, quarters, rp, t[group as keyof typeof t], HEADER);
    box(sheet, numbers, k, numbers, rp, numberText[group], NUMBERS);
    box(sheet, units, k, units, k, "K", HEADER);
    box(sheet, units, rp, units, rp, "Rp", HEADER);
  }
}

function slip(sheet: ErSheet, data: ErData, sheetData: ErDataSheet, result: RenderResult): void {
  for (const s of data.formulaSlips) {
    if (!s.sheets.includes(sheetData.name)) continue;
    const program = result.placed.get(s.program)!;
    const kept = program.node.children.filter((c) => c.kode !== s.leavesOut).map((c) => result.placed.get(c.id)!);
    for (const group of s.columns) {
      const col = HANDMADE_MAP.groups[group].rp;
      const cell = sheet.get(program.row, col)!;
      cell.formula = { kind: "sum", terms: kept.map((k) => ({ ref: { row: k.row, col } })) };
    }
  }
}

/** Right of the table, outside it: the office's own checks (serapan %, pagu minus the kegiatan). */
function scratch(sheet: ErSheet, result: RenderResult, headerUnitsRow: number): void {
  const serapan = 30;
  const selisih = 31;
  const note: CellStyle = { italic: true, size: 8, h: "center", wrap: true };
  sheet.set(headerUnitsRow, serapan, { value: "cek serapan %", style: note });
  sheet.set(headerUnitsRow, selisih, { value: "cek pagu - keg", style: note });
  const pagu = HANDMADE_MAP.groups.target.rp;
  const total = HANDMADE_MAP.groups.total.rp;
  for (const p of result.order) {
    if (p.level !== "program") continue;
    const percent: Formula = {
      kind: "percent",
      num: { row: p.row, col: total },
      den: { row: p.row, col: pagu },
      iferror: true,
    };
    sheet.set(p.row, serapan, { value: 0, formula: percent, numFmt: "0.00", style: { size: 8, h: "right" } });
    const kegiatan = p.node.children.map((c) => ({ ref: { row: result.placed.get(c.id)!.row, col: pagu } }));
    const diff: Formula = { kind: "diff", left: { row: p.row, col: pagu }, terms: kegiatan };
    sheet.set(p.row, selisih, { value: 0, formula: diff, numFmt: "#,##0", style: { size: 8, h: "right" } });
  }
}

export function handmadeSheet(data: ErData, sheetData: ErDataSheet): { sheet: ErSheet; result: RenderResult } {
  const sheet = new ErSheet(sheetData.name);
  sheet.widths = WIDTHS;
  const last = HANDMADE_MAP.last;
  const roman = ROMAN[sheetData.triwulan - 1];
  line(sheet, 1, 1, last, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", TITLE);
  line(sheet, 2, 1, last, `PEMERINTAH ${data.pemda}`, TITLE);
  line(sheet, 3, 1, last, `Periode Pelaksanaan : Triwulan ${roman} Tahun ${data.tahun}`, {
    ...TITLE,
    bold: false,
    size: 11,
  });
  line(sheet, 5, 1, 12, `Perangkat Daerah : ${data.perangkatDaerah}`, { bold: true, size: 10 });
  line(sheet, 6, 1, 12, `Sasaran Pembangunan Tahunan Kota : ${data.sasaranPembangunan}`, { size: 10 });
  writeHeader(sheet, data, 8);

  const items: RowItem[] = programsFor(data, sheetData, "uraian").flatMap((p) => nodeItems(p.node, p.context));
  items.push({ type: "total", label: "JUMLAH" });
  const result = renderBody(sheet, HANDMADE_MAP, items, HANDMADE_FIRST_ROW, {
    ...HANDMADE_OPTIONS,
    triwulan: sheetData.triwulan,
  });
  slip(sheet, data, sheetData, result);
  scratch(sheet, result, 11);

  let row = result.lastRow + 2;
  const faktor = [
    "Faktor pendorong keberhasilan pencapaian: koordinasi lintas bidang dan layanan perizinan daring.",
    "Faktor penghambat pencapaian kinerja: perubahan anggaran dan jadwal pelatihan yang bergeser.",
    "Tindak lanjut yang diperlukan dalam triwulan berikutnya: percepatan pelaksanaan kegiatan fisik dan pelatihan.",
  ];
  for (const text of faktor) line(sheet, row++, 1, 16, text, { size: 9 });
  row++;
  const signature = sheetData.signature;
  signature.forEach((text, i) => line(sheet, row + i, 22, last, text, { h: "center", size: 10, bold: i > 0 && i < 4 }));
  evaluateSheet(sheet);
  fitRowHeights(sheet, HANDMADE_FIRST_ROW, result.lastRow);
  sheet.heights.set(8, 60);
  sheet.heights.set(9, 30);
  return { sheet, result };
}
