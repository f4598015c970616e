import { periodeText } from "./periode";
import { columnLetters } from "../../core/grid/address";
import { countModel } from "../../core/model/counts";
import { ErIndikator, ErNode, EvaluasiRenjaModel } from "../../core/model/evaluasiRenja";
import { nilaiOf, rupiahOf } from "./angka";
import { ER_TRIWULAN_K_KEYS } from "../../core/model/columns";

const LEVEL_LABEL: Record<ErNode["level"], string> = {
  urusan: "Urusan",
  bidang: "Bidang urusan",
  program: "Program",
  kegiatan: "Kegiatan",
  subKegiatan: "Sub kegiatan",
};

/**
 * A readable outline of a recognised Evaluasi Renja sheet: Tujuan and Sasaran PD, then the budget tree down to
 * sub kegiatan with the pagu (target Renja Rp), the year's realisasi and each indikator, written the Indonesian way.
 */
export function formatEvaluasiRenjaTree(model: EvaluasiRenjaModel): string[] {
  const c = countModel(model);
  const lines = [
    `Lembar "${model.sheet}" (Evaluasi Renja; ${periodeText(model)})`,
    ...(model.perangkatDaerah ? [`  Perangkat Daerah: ${model.perangkatDaerah}`] : []),
    `  ${c.tujuan} tujuan, ${c.sasaran} sasaran, ${c.urusan ?? 0} urusan, ${c.bidang ?? 0} bidang urusan, ${c.program} program, ${c.kegiatan} kegiatan, ${c.subKegiatan} sub kegiatan, ${c.indikator} indikator`,
  ];
  for (const t of model.tujuan) {
    lines.push(`  Tujuan [${t.cell}] ${t.name}`);
    for (const s of t.sasaran) lines.push(`    Sasaran [${s.cell}] ${s.name}`);
  }
  for (const s of model.sasaran) lines.push(`  Sasaran [${s.cell}] ${s.name}`);
  const visit = (node: ErNode, depth: number): void => {
    const pad = "  ".repeat(depth + 1);
    const kode = node.kode ? `${node.kode} ` : "";
    const sasaran = node.sasaranCell ? `; sasaran ${node.sasaranCell}` : "";
    const outside = node.outsideTotals ? " [di luar jumlah]" : "";
    lines.push(
      `${pad}${LEVEL_LABEL[node.level]} [${node.cell}] ${kode}${node.name || "(tanpa nama)"}: pagu ${rupiahOf(node.pagu)}; realisasi ${rupiahOf(node.realisasi)}${sasaran}${outside}`,
    );
    for (const ind of node.indikator)
      lines.push(`${pad}  Indikator [${ind.cell}] ${describeIndikator(ind, model.semester === true)}`);
    const children: ErNode[] =
      node.level === "urusan"
        ? [...node.bidang, ...node.program]
        : node.level === "bidang"
          ? node.program
          : node.level === "program"
            ? node.kegiatan
            : node.level === "kegiatan"
              ? node.subKegiatan
              : [];
    for (const child of children) visit(child, depth + 1);
  };
  for (const root of [...model.urusan, ...model.bidang, ...model.program].sort((a, b) => a.row - b.row)) visit(root, 0);
  for (const t of model.totals) lines.push(`  Jumlah [${t.cell}]: pagu ${rupiahOf(t.pagu)}`);
  for (const b of model.outsideTotals)
    lines.push(`  Baris ${b.rows[0] + 1}–${b.rows[1] + 1} ada di bawah jumlah ${b.totalCell}, di luar jumlah itu`);
  for (const a of model.ambiguousColumns)
    lines.push(
      `  Kolom ${columnLetters(a.col)}: titik/koma pada ${a.examples.join(", ")} bisa ribuan atau desimal; dibaca sebagai ${a.reading}`,
    );
  return lines;
}

function describeIndikator(ind: ErIndikator, semester: boolean): string {
  const name = ind.name || "(tanpa nama)";
  const satuan = ind.satuan ? ` (${ind.satuan})` : "";
  const k = ind.kualitatif;
  // A semester form holds its halves in the places of TW II and TW IV.
  const quarters = semester ? [1, 3] : [0, 1, 2, 3];
  const tw = quarters
    .map((q) => k?.[ER_TRIWULAN_K_KEYS[q]]?.nilai ?? nilaiOf(ind.realisasiTriwulan[q], ind.persen))
    .join(" | ");
  // A range, a bound or a value on a scale as written (`90-95`, `≥ 80`, `BB`).
  const target =
    k?.targetRenjaK?.nilai ?? ind.targetRentang?.text ?? ind.targetBatas?.text ?? nilaiOf(ind.targetRenja, ind.persen);
  return `${name}${satuan}: target ${target}; realisasi ${semester ? "Semester I–II" : "TW I–IV"} ${tw}`;
}
