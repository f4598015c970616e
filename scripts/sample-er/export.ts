/**
 * The same office and triwulan as a SIPD-fed app exports it: every cell text (`1.234.567` for Rp, `12,97` or
 * `12.97` for decimals), a KODE column, urusan and bidang rows above the programs in code order, a Sasaran column
 * repeated on every row, hierarchical numbers, no fills, and a total row with no label at the foot.
 */
import { box, line } from "../er/header";
import { NumberMode } from "../er/numberText";
import {
  ColumnMap,
  consecutiveGroups,
  fitRowHeights,
  Group,
  GROUPS,
  nodeItems,
  renderBody,
  RenderResult,
  RowItem,
} from "../er/render";
import { CellStyle, ErSheet } from "../er/sheet";
import { ErData, programsFor } from "./data";

export const EXPORT_MAP: ColumnMap = {
  roles: { no: 1, sasaran: 2, kode: 3, nama: 4, indikator: 5, satuan: 6, unit: 27, ket: 28 },
  groups: consecutiveGroups(7),
  first: 1,
  last: 28,
};
export const EXPORT_FIRST_ROW = 10;

const HEADER: CellStyle = { bold: true, h: "center", v: "middle", wrap: true, border: true, size: 9 };
const ROMAN = ["I", "II", "III", "IV"];

function writeHeader(sheet: ErSheet, data: ErData, top: number): void {
  const m = EXPORT_MAP;
  const [titles, quarters, units, numbers] = [top, top + 1, top + 2, top + 3];
  const y = data.tahun;
  const single: [number, string, string][] = [
    [m.roles.no!, "No", "1"],
    [m.roles.sasaran!, "Sasaran", "2"],
    [m.roles.kode!, "Kode", "3"],
    [m.roles.nama!, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "4"],
    [m.roles.unit!, "Unit Perangkat Daerah Penanggung Jawab", "16"],
    [m.roles.ket!, "Keterangan", "17"],
  ];
  for (const [col, title, n] of single) {
    box(sheet, titles, col, units, col, title, HEADER);
    box(sheet, numbers, col, numbers, col, n, HEADER);
  }
  const ind = m.roles.indikator!;
  box(sheet, titles, ind, quarters, ind + 1, "Indikator Kinerja Program (outcome)/Kegiatan (output)", HEADER);
  box(sheet, units, ind, units, ind, "Indikator", HEADER);
  box(sheet, units, ind + 1, units, ind + 1, "Satuan", HEADER);
  box(sheet, numbers, ind, numbers, ind + 1, "5", HEADER);
  const titlesOf: Partial<Record<Group, string>> = {
    renstraTarget: `Target Renstra Perangkat Daerah pada Tahun ${data.renstra.akhir} (Akhir Periode Renstra Perangkat Daerah)`,
    renstraLalu: `Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (${y - 1})`,
    target: `Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (${y}) yang Dievaluasi`,
    total: `Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi (${y})`,
    renstraNow: `Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun ${y}`,
    capaian: `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun ${y} (%)`,
  };
  const numberText: Record<Group, string> = {
    renstraTarget: "6",
    renstraLalu: "7",
    target: "8",
    tw1: "9",
    tw2: "10",
    tw3: "11",
    tw4: "12",
    total: "13 = 9+10+11+12",
    renstraNow: "14 = 7+13",
    capaian: "15 = 14/6*100%",
  };
  const g = m.groups;
  box(sheet, titles, g.tw1.k, titles, g.tw4.rp, "Realisasi Kinerja Pada Triwulan", HEADER);
  for (const group of GROUPS) {
    const { k, rp } = g[group];
    const q = ["tw1", "tw2", "tw3", "tw4"].indexOf(group);
    if (q >= 0) box(sheet, quarters, k, quarters, rp, ROMAN[q], HEADER);
    else box(sheet, titles, k, quarters, rp, titlesOf[group]!, HEADER);
    box(sheet, units, k, units, k, "K", HEADER);
    box(sheet, units, rp, units, rp, "Rp", HEADER);
    box(sheet, numbers, k, numbers, rp, numberText[group], HEADER);
  }
}

export function exportSheet(data: ErData, numbers: NumberMode): { sheet: ErSheet; result: RenderResult } {
  const source = data.sheets.find((s) => s.name === data.export.fromSheet)!;
  const sheet = new ErSheet(data.export.sheet);
  sheet.widths = [6, 26, 18, 46, 34, 10, ...GROUPS.flatMap(() => [8, 17]), 22, 16];
  const last = EXPORT_MAP.last;
  const title: CellStyle = { bold: true, h: "center", size: 11 };
  line(sheet, 1, 1, last, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", title);
  line(sheet, 2, 1, last, data.pemda, title);
  line(sheet, 3, 1, last, `PERIODE PELAKSANAAN : TRIWULAN ${ROMAN[source.triwulan - 1]} TAHUN ${data.tahun}`, title);
  line(sheet, 4, 1, last, `Perangkat Daerah : ${data.kodeUnit} ${data.perangkatDaerah.toUpperCase()}`, { size: 10 });
  writeHeader(sheet, data, 6);

  const programs = programsFor(data, source, "nomenklatur").sort((a, b) =>
    a.node.kode.localeCompare(b.node.kode, "en", { numeric: true }),
  );
  const items: RowItem[] = [];
  for (const u of data.urusan) {
    items.push({ type: "heading", level: "urusan", kode: u.kode, name: u.nama });
    for (const b of data.bidang.filter((x) => x.kode.startsWith(`${u.kode}.`))) {
      items.push({ type: "heading", level: "bidang", kode: b.kode, name: b.nama });
      for (const p of programs.filter((x) => x.node.kode.startsWith(`${b.kode}.`)))
        items.push(...nodeItems(p.node, { sasaran: p.context.sasaran }));
    }
  }
  items.push({ type: "total", label: null });
  const result = renderBody(sheet, EXPORT_MAP, items, EXPORT_FIRST_ROW, {
    triwulan: source.triwulan,
    numbers,
    formulas: false,
    context: "everyRow",
    mergeName: false,
    numbering: "hierarchical",
    iferror: false,
    levelStyle: { program: {}, kegiatan: {}, subKegiatan: {} },
    headingStyle: { bold: true },
    totalStyle: { bold: true },
    fontSize: 9,
  });
  fitRowHeights(sheet, EXPORT_FIRST_ROW, result.lastRow);
  return { sheet, result };
}
